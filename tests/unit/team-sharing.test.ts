import { describe, expect, it } from 'vitest';
import { emptyRun, type Run } from '../../src/components/checklist/run-record.ts';
import { markStep, mergeRun, runValue } from '../../src/components/checklist/run-changes.ts';
import { readTeamConfig, teamConfigText } from '../../src/components/team/team-config.ts';
import { readWriterFile, writeWriterFile } from '../../src/components/team/writer-file.ts';
import { mergeTeam, mergeWriters, ownPart } from '../../src/components/team/team-merge.ts';
import { parseAutoindexJson, parseMultistatus } from '../../src/components/team/dav-listing.ts';
import { afterSync, initialStatus, problemOfError, problemOfStatus } from '../../src/components/team/team-status.ts';

const T0 = '2026-11-25T08:00:00.000Z';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-25T10:30:00.000Z';
const T3 = '2026-11-25T11:00:00.000Z';
const NOW = new Date('2026-11-25T12:00:00.000Z');

const run = (id = 'run-abc'): Run => emptyRun(id, 'Pool A', T0);
const mark = (r: Run, step: string, at: string, logId: string, who: string, outcome: 'done' | 'failed' = 'done') =>
  markStep(r, step, { outcome, who }, at, logId, who);

describe('team.json: the shared folder', () => {
  it('is off when the file is missing, empty or sets no folder', () => {
    expect(readTeamConfig(null)).toEqual({ kind: 'off' });
    expect(readTeamConfig('  ')).toEqual({ kind: 'off' });
    expect(readTeamConfig('{"folder": ""}')).toEqual({ kind: 'off' });
    expect(readTeamConfig('{}')).toEqual({ kind: 'off' });
  });

  it('turns sharing on for a same-origin folder path, with its final slash', () => {
    expect(readTeamConfig('{"folder": "/guides/lync-progress/"}')).toEqual({
      kind: 'on',
      folder: '/guides/lync-progress/',
    });
    expect(readTeamConfig('{"folder": "/progress"}')).toEqual({ kind: 'on', folder: '/progress/' });
  });

  it.each([
    ['{"folder": "https://evil.example/x/"}', 'field "folder" must be a path on this same site'],
    ['{"folder": "//evil.example/x/"}', 'field "folder" must be a path on this same site'],
    ['{"folder": "/a/../b/"}', '".." segments'],
    ['{"folder": "/a/?x=1"}', 'without "?"'],
    ['{"folder": "/"}', 'not "/" itself'],
    ['{"folder": 3}', 'field "folder" must be a string'],
    ['{"folder": "/a/", "user": "x"}', 'unknown field "user"'],
    ['[1]', 'expected an object'],
    ['{"folder": ', 'not valid JSON'],
  ])('refuses %s with a message naming the file and the field', (text, part) => {
    const config = readTeamConfig(text);
    expect(config.kind).toBe('invalid');
    expect(config.kind === 'invalid' && config.message).toContain('team.json:');
    expect(config.kind === 'invalid' && config.message).toContain(part);
  });
});

describe("a writer's file", () => {
  const written = mark(mark(run(), 'p4-a', T1, 'l1', 'JD'), 'p4-b', T2, 'l2', 'JD', 'failed');
  const text = writeWriterFile(
    { ...written, drafts: new Map([['pool', 'half-typed']]) },
    'w-jd-1',
    'JD',
    '2026-11-25T10:31:00.000Z',
  );
  const where = { run: 'run-abc', writer: 'w-jd-1' };

  it('holds the run id, the writer, their initials and the run with its marks, evidence, times and log', () => {
    const result = readWriterFile(text, where, NOW);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.writer).toBe('w-jd-1');
    expect(result.who).toBe('JD');
    expect(result.run.marks.get('p4-a')).toMatchObject({ state: 'ticked', at: T1, who: 'JD' });
    expect(result.run.marks.get('p4-b')).toMatchObject({ state: 'failed', at: T2 });
    expect(result.run.log.map((entry) => entry.id)).toEqual(['l1', 'l2']);
    expect(runValue(result.run)).toEqual(runValue(written));
  });

  it('keeps drafts (values a parameter refused) in the browser', () => {
    expect(text).not.toContain('half-typed');
  });

  const tamper = (change: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(text) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };
  const data = (file: Record<string, unknown>) => file['data'] as Record<string, unknown>;

  it.each([
    ['not JSON', '{"format": "runbook-team-run", ', 'not JSON'],
    ['another format', tamper((f) => (f['format'] = 'other')), '"format"'],
    ['a newer version', tamper((f) => (f['version'] = 2)), 'newer'],
    ['another run than its folder', tamper((f) => (f['run'] = 'run-other')), 'folder of "run-abc"'],
    ['another writer than its name', tamper((f) => (f['writer'] = 'w-someone')), 'w-jd-1.json'],
    ['an unknown field', tamper((f) => (f['script'] = '<script>')), 'unknown fields: script'],
    [
      'a mark with markup as its state',
      tamper((f) => {
        (data(f)['steps'] as Record<string, unknown>)['p4-a'] = { state: '<img onerror=x>', at: T1 };
      }),
      'steps.p4-a',
    ],
    [
      'a step id that is not one',
      text.replace('"steps":{', `"steps":{"__proto__":{"state":"ticked","at":"${T1}"},`),
      'steps.__proto__',
    ],
    [
      'a change dated in the future, which would win every merge',
      tamper((f) => {
        (data(f)['steps'] as Record<string, unknown>)['p4-c'] = { state: 'ticked', at: '2099-01-01T00:00:00.000Z' };
      }),
      'future',
    ],
    ['a huge file', tamper((f) => (f['who'] = 'x'.repeat(2_100_000))), 'larger than'],
  ])('is refused whole when it has %s', (_name, bad, reason) => {
    const result = readWriterFile(bad, where, NOW);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.reason).toContain(reason);
  });
});

describe('merging the writers of a run', () => {
  const local = mark(run(), 'p4-a', T1, 'a1', 'JD');
  const other = mark(run(), 'p4-b', T1, 'b1', 'ML');

  it("keeps each writer's marks of different steps, with who marked them", () => {
    const merged = mergeWriters(local, [other]);
    expect(merged?.marks.get('p4-a')?.who).toBe('JD');
    expect(merged?.marks.get('p4-b')?.who).toBe('ML');
  });

  it('keeps the later change of a step both changed, and logs both changes', () => {
    const mine = mark(run(), 'p4-a', T2, 'a2', 'JD', 'failed');
    const theirs = mark(run(), 'p4-a', T3, 'b2', 'ML');
    for (const merged of [mergeWriters(mine, [theirs]), mergeWriters(theirs, [mine])]) {
      expect(merged?.marks.get('p4-a')).toMatchObject({ state: 'ticked', who: 'ML', at: T3 });
      expect(merged?.log.map((entry) => entry.id)).toEqual(['a2', 'b2']);
    }
  });

  it('unites logs without duplicates, whatever the order of the files', () => {
    const third = mark(other, 'p4-c', T2, 'c1', 'SQL');
    const one = mergeWriters(local, [other, third, other]);
    const two = mergeWriters(third, [local, other]);
    expect(one?.log.map((entry) => entry.id)).toEqual(['a1', 'b1', 'c1']);
    expect(runValue(one as Run)).toEqual(runValue(two as Run));
  });

  it('deletes nothing: a step another writer never saw stays marked; an opening is a change like a mark', () => {
    const reopened = markStep(mark(run(), 'p4-a', T1, 'a1', 'JD'), 'p4-a', undefined, T2, 'a2', 'JD');
    const stale = mark(run(), 'p4-b', T0, 'b0', 'ML');
    const merged = mergeWriters(reopened, [stale, local]);
    expect(merged?.marks.has('p4-a')).toBe(false);
    expect(merged?.open.get('p4-a')).toBe(T2);
    expect(merged?.marks.has('p4-b')).toBe(true);
  });

  it("gives what folding the progress record's own merge over the files gives", () => {
    const files = [
      mark(mark(run(), 'p4-a', T2, 'x1', 'AD'), 'p4-b', T0, 'x2', 'AD'),
      markStep(mark(run(), 'p4-b', T1, 'y1', 'NET'), 'p4-b', undefined, T3, 'y2', 'NET'),
      {
        ...mark(run(), 'p4-c', T1, 'z1', 'SQL'),
        values: new Map([['pool', 'a']]),
        valueTimes: new Map([['pool', T2]]),
      },
    ];
    const folded = files.reduce((a, b) => mergeRun(a, b), local);
    expect(runValue(mergeWriters(local, files) as Run)).toEqual(runValue(folded));
  });

  it("writes in a writer's file only what no other writer's file holds alike", () => {
    const mine = mark(mergeWriters(local, [other]) as Run, 'p4-c', T2, 'a2', 'JD');
    const own = ownPart(mine, [other]);
    expect([...own.marks.keys()].sort()).toEqual(['p4-a', 'p4-c']);
    expect(own.log.map((entry) => entry.id)).toEqual(['a1', 'a2']);
    // Joined again with the others, nothing is missing.
    expect(runValue(mergeWriters(own, [other]) as Run)).toEqual(runValue(mine));
  });

  it('adds runs the browser did not have, and keeps the runs no writer shares', () => {
    const locals = new Map([['mine', run('mine')]]);
    const merged = mergeTeam(locals, [other, mark(run(), 'p4-d', T2, 'd1', 'AD')]);
    expect([...merged.keys()].sort()).toEqual(['mine', 'run-abc']);
    expect([...(merged.get('run-abc')?.marks.keys() ?? [])].sort()).toEqual(['p4-b', 'p4-d']);
  });
});

describe('listing the team folder', () => {
  it("reads Apache's PROPFIND answer: the folder's children, folders told apart", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:"><D:href>/guides/progress/run-abc/</D:href>
<D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>/guides/progress/run-abc/w-jd-1.json</D:href>
<D:propstat><D:prop><lp1:resourcetype/></D:prop></D:propstat></D:response>
<D:response><D:href>/guides/progress/run-abc/w%20ml%C3%A9.json</D:href><D:propstat><D:prop><lp1:resourcetype/></D:prop></D:propstat></D:response>
<D:response><D:href>/guides/progress/run-abc/sub/</D:href><D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop></D:propstat></D:response>
</D:multistatus>`;
    expect(parseMultistatus(xml, '/guides/progress/run-abc/')).toEqual([
      { name: 'w-jd-1.json', folder: false },
      { name: 'w mlé.json', folder: false },
      { name: 'sub', folder: true },
    ]);
  });

  it("reads IIS's answer: absolute hrefs, another prefix, collections without a final slash", () => {
    const xml = `<?xml version="1.0"?><a:multistatus xmlns:a="DAV:"><a:response><a:href>http://intranet/progress/</a:href>
<a:propstat><a:prop><a:resourcetype><a:collection/></a:resourcetype></a:prop></a:propstat></a:response>
<a:response><a:href>http://intranet/progress/run-1</a:href><a:propstat><a:prop><a:resourcetype><a:collection/></a:resourcetype></a:prop></a:propstat></a:response>
<a:response><a:href>http://intranet/progress/a&amp;b.json</a:href><a:propstat><a:prop><a:resourcetype/></a:prop></a:propstat></a:response></a:multistatus>`;
    expect(parseMultistatus(xml, '/progress/')).toEqual([
      { name: 'run-1', folder: true },
      { name: 'a&b.json', folder: false },
    ]);
  });

  it('says when an answer is not a multistatus document (an HTML error page)', () => {
    expect(parseMultistatus('<html><body>Method not allowed</body></html>', '/p/')).toBeUndefined();
  });

  it("reads nginx's JSON autoindex, skipping what is not a plain child", () => {
    const json = JSON.stringify([
      { name: 'run-1', type: 'directory', mtime: 'Wed, 25 Nov 2026 10:00:00 GMT' },
      { name: 'w-jd-1.json', type: 'file', mtime: 'Wed, 25 Nov 2026 10:00:00 GMT', size: 120 },
      { name: '../etc', type: 'file' },
      'junk',
    ]);
    expect(parseAutoindexJson(json)).toEqual([
      { name: 'run-1', folder: true },
      { name: 'w-jd-1.json', folder: false },
    ]);
    expect(parseAutoindexJson('<html>')).toBeUndefined();
  });
});

describe('the sharing status', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server'],
    [503, 'server'],
    [504, 'timeout'],
    [405, 'refused'],
  ] as const)('HTTP %i means %s', (status, problem) => {
    expect(problemOfStatus(status)).toBe(problem);
  });

  it('a network failure is offline, an abort a timeout', () => {
    expect(problemOfError(new TypeError('Failed to fetch'))).toBe('offline');
    expect(problemOfError(new DOMException('timed out', 'TimeoutError'))).toBe('timeout');
  });

  it('keeps the last shared time while sharing fails, and clears the problem once it works again', () => {
    const shared = afterSync(initialStatus, { at: T1 });
    const failing = afterSync(shared, { at: T2, problem: 'offline' });
    expect(failing).toMatchObject({ lastShared: T1, problem: 'offline' });
    expect(afterSync(failing, { at: T3 })).toEqual({ lastShared: T3, ignored: [], busy: false });
  });
});

describe("the build's team.json", () => {
  it('turns sharing off until whoever hosts names a folder, and says how in the file', () => {
    expect(readTeamConfig(teamConfigText())).toEqual({ kind: 'off' });
    expect(teamConfigText()).toContain('"folder": ""');
    expect(readTeamConfig(teamConfigText('/guides/p/'))).toEqual({ kind: 'on', folder: '/guides/p/' });
  });
});
