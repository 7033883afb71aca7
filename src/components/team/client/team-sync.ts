/**
 * Sharing the runs with the team through the folder `team.json` names, over WebDAV (loaded by
 * team-start.ts only when a folder is set). Local first: marks are stored in the browser at once,
 * as always; this exchanges them with the team's files:
 *
 * - when: on load, when the window gets the focus or the page becomes visible again, every 30 s while it
 *   is visible, when the browser is back online, and 2 s after each change;
 * - how: list the folder (PROPFIND depth 1; where the server has none, nginx's JSON autoindex), GET the
 *   other writers' files of each run (revalidated, so unchanged files cost a 304), read them
 *   (writer-file.ts refuses damaged or hostile ones whole, named in the status), join them with the local
 *   runs (team-merge.ts), then PUT this browser's own part of each run to `<run-id>/<writer-id>.json`
 *   (creating the run's folder with MKCOL where the server asks for it);
 * - credentials are never stored or asked: same-origin requests carry what the browser has (Windows
 *   integrated sign-in, Basic, Kerberos), and the server decides;
 * - failing (offline, 401, 403, 404, 5xx, timeout): the status says when the run was last shared and why
 *   it is not now; nothing local is touched, and the next sync sends what waits.
 */
import { fill } from '../../../i18n/fill.ts';
import { storageKey } from '../../../utils/storage-keys.ts';
import { readStored, writeStored } from '../../../client/storage.ts';
import { writableProgressStore } from '../../checklist/client/store.ts';
import type { Run } from '../../checklist/run-record.ts';
import { parseAutoindexJson, parseMultistatus, type FolderEntry } from '../dav-listing.ts';
import { readTeamConfig } from '../team-config.ts';
import { mergeWriters, ownPart } from '../team-merge.ts';
import {
  afterSync,
  initialStatus,
  problemOfError,
  problemOfStatus,
  type SyncProblem,
  type SyncStatus,
} from '../team-status.ts';
import { readWriterFile, writeWriterFile, writerFileName, WRITER_ID } from '../writer-file.ts';

const EVERY_MS = 30_000;
const AFTER_CHANGE_MS = 2_000;
const TIMEOUT_MS = 15_000;
const RUN_FOLDER = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>';

/** A refused exchange: the problem it stands for. */
class SyncError extends Error {
  constructor(readonly problem: SyncProblem) {
    super(problem);
  }
}

function request(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    credentials: 'same-origin',
    cache: 'no-cache',
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    ...init,
  }).catch((error: unknown) => {
    throw new SyncError(problemOfError(error));
  });
}

function fail(response: Response): never {
  throw new SyncError(problemOfStatus(response.status) ?? 'refused');
}

/** Set once the server answered that it has no PROPFIND (nginx): its JSON autoindex is used from then on. */
let noPropfind = false;

/** The folder's children; an empty list when the folder does not exist yet (`missingOk`). */
async function list(folder: string, missingOk: boolean): Promise<FolderEntry[]> {
  if (!noPropfind) {
    const response = await request(folder, {
      method: 'PROPFIND',
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
    });
    if (response.status === 207) {
      const entries = parseMultistatus(await response.text(), folder);
      if (entries) return entries;
    } else if (response.status === 404 && missingOk) return [];
    else if (response.status === 405 || response.status === 501 || response.status === 400) noPropfind = true;
    else fail(response);
  }
  // No PROPFIND here (nginx): its JSON autoindex.
  const index = await request(folder, { headers: { Accept: 'application/json' } });
  if (index.status === 404 && missingOk) return [];
  if (!index.ok) fail(index);
  const entries = parseAutoindexJson(await index.text());
  if (!entries) throw new SyncError('refused');
  return entries;
}

function writerId(): string {
  const key = storageKey(import.meta.env.BASE_URL, 'writer');
  const known = readStored(key);
  if (known && WRITER_ID.test(known)) return known;
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const id = `w-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  writeStored(key, id);
  return id;
}

export async function startTeamSync(element: HTMLElement, value: unknown): Promise<void> {
  const config = readTeamConfig(JSON.stringify(value));
  const data = element.dataset;
  element.hidden = false;
  const show = (text: string) => {
    if (element.textContent !== text) element.textContent = text;
  };
  if (config.kind !== 'on') {
    if (config.kind === 'invalid') {
      console.error(config.message);
      show(fill(data['invalid'] ?? '', { detail: config.message }));
    }
    return;
  }
  const folder = config.folder;
  // The full store (loaded with import() by store.ts): the sync joins what the team shared into it.
  const store = await writableProgressStore();
  const writer = writerId();
  const intl = data['intl'] ?? 'en';
  const dayAndTime = new Intl.DateTimeFormat(intl, { dateStyle: 'short', timeStyle: 'short' });
  const timeOnly = new Intl.DateTimeFormat(intl, { timeStyle: 'short' });
  /** The time alone today, with the date before. */
  const format = (time: string) => {
    const date = new Date(time);
    return (date.toDateString() === new Date().toDateString() ? timeOnly : dayAndTime).format(date);
  };
  /** Run id → the own file last sent (without its time), so that an unchanged run is not sent again. */
  const sent = new Map<string, string>();
  let status: SyncStatus = initialStatus;
  let running: Promise<void> | undefined;
  let again = false;
  let joining = false;

  function render(): void {
    const parts: string[] = [];
    const last = status.lastShared ? fill(data['shared'] ?? '', { time: format(status.lastShared) }) : '';
    if (status.problem) {
      const reason =
        data[`reason${status.problem.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`] ?? '';
      parts.push(fill(data['notNow'] ?? '', { reason }), last || (data['never'] ?? ''));
    } else if (last) parts.push(last);
    else parts.push(data['sharing'] ?? '');
    if (status.ignored.length > 0) parts.push(fill(data['ignored'] ?? '', { files: status.ignored.join(', ') }));
    element.dataset['state'] = status.problem ?? (status.lastShared ? 'shared' : 'pending');
    show(parts.filter(Boolean).join(' '));
  }

  async function exchange(): Promise<string[]> {
    const ignored: string[] = [];
    const shared = new Set(
      (await list(folder, false)).filter((entry) => entry.folder && RUN_FOLDER.test(entry.name)).map((e) => e.name),
    );
    const others = new Map<string, Run[]>();
    for (const runId of shared) {
      const runFolder = `${folder}${runId}/`;
      const files = (await list(runFolder, true)).filter(
        (entry) => !entry.folder && entry.name.endsWith('.json') && entry.name !== writerFileName(writer),
      );
      const runs: Run[] = [];
      for (const file of files) {
        const name = file.name.slice(0, -'.json'.length);
        const response = await request(`${runFolder}${encodeURIComponent(file.name)}`);
        if (response.status === 404) continue; // removed between the listing and now
        if (!response.ok) fail(response);
        const read = readWriterFile(await response.text(), { run: runId, writer: name }, new Date());
        if (read.kind === 'ok') runs.push(read.run);
        else {
          ignored.push(`${runId}/${file.name}`);
          console.warn(`Team folder: ${runFolder}${file.name} ignored, never merged: ${read.reason}`);
        }
      }
      others.set(runId, runs);
    }
    const incoming = new Map<string, Run>();
    for (const [runId, runs] of others) {
      const merged = mergeWriters(undefined, runs);
      if (merged) incoming.set(runId, merged);
    }
    joining = true;
    try {
      store.joinRuns(incoming);
    } finally {
      joining = false;
    }
    for (const [runId, run] of store.allRuns()) {
      const own = ownPart(run, others.get(runId) ?? []);
      const who = [...own.log].reverse().find((entry) => entry.who)?.who ?? '';
      const body = writeWriterFile(own, writer, who, new Date().toISOString());
      const unchanged = body.replace(/"saved":"[^"]*"/, '');
      if (sent.get(runId) === unchanged) continue;
      const url = `${folder}${runId}/${writerFileName(writer)}`;
      const put = () => request(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body });
      // A run nobody shared yet: its folder is made first (Apache and IIS write only into existing folders).
      const makeFolder = async () => {
        const made = await request(`${folder}${runId}/`, { method: 'MKCOL' });
        if (!made.ok && made.status !== 405) fail(made);
        shared.add(runId);
      };
      if (!shared.has(runId)) await makeFolder();
      let response = await put();
      if (response.status === 409) {
        await makeFolder();
        response = await put();
      }
      if (!response.ok) fail(response);
      sent.set(runId, unchanged);
    }
    return ignored;
  }

  function sync(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    status = { ...status, busy: true };
    running = exchange()
      .then((ignored) => {
        status = afterSync(status, { at: new Date().toISOString(), ignored });
      })
      .catch((error: unknown) => {
        const problem = error instanceof SyncError ? error.problem : 'refused';
        if (!(error instanceof SyncError)) console.error('Team sharing failed', error);
        status = afterSync(status, { at: new Date().toISOString(), problem });
      })
      .finally(() => {
        running = undefined;
        render();
        if (again) {
          again = false;
          void sync();
        }
      });
    return running;
  }

  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe(() => {
    if (joining) return;
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => void sync(), AFTER_CHANGE_MS);
  });
  const visible = () => document.visibilityState === 'visible';
  window.addEventListener('focus', () => void sync());
  window.addEventListener('online', () => void sync());
  document.addEventListener('visibilitychange', () => {
    if (visible()) void sync();
  });
  setInterval(() => {
    if (visible()) void sync();
  }, EVERY_MS);
  render();
  void sync();
}
