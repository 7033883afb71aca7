/**
 * Team runs shared through the intranet's own web server (issue 14), behind real Apache httpd (mod_dav,
 * mod_dav_fs) and real nginx (dav module, JSON autoindex), each serving the built site under its sub-path
 * and a WebDAV folder behind Basic auth, with `team.json` edited after deployment to name that folder.
 * Two browser contexts are two team members with their own accounts; the server is never mocked.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';
import { startServer, type RunningServer, type ServerKind } from '../../scripts/web-servers.ts';
import { DEFAULT_RUN } from '../../src/components/checklist/run-record.ts';
import { checkboxOf, checklistItemIds, CHECKLIST_PHASE, progressKey, recordErrors } from './checklist-helpers.ts';

const SITE = new URL('../../dist-e2e/', import.meta.url).pathname;
const FOLDER = E2E_BASE.replace(/\/$/, '-progress/');
const USERS = { ann: 'ann-secret', bob: 'bob-secret' } as const;
/** Three steps of one phase (the example guide's checklist phase has three). */
const STEPS = checklistItemIds('fr', CHECKLIST_PHASE);

test.describe.configure({ mode: 'serial' });

interface Member {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

async function member(
  browser: Browser,
  server: RunningServer,
  lang: 'fr' | 'en',
  user?: keyof typeof USERS,
  password?: string,
): Promise<Member> {
  const context = await browser.newContext(
    user ? { httpCredentials: { username: user, password: password ?? USERS[user] } } : {},
  );
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(`${server.url}${lang}/${CHECKLIST_PHASE}/`);
  return { context, page, errors };
}

const status = (page: Page) => page.locator('guide-team-status').first();

/** Makes the page sync now, as it does when the reader comes back to its window. */
async function syncNow(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

/** Whether a step is ticked on `page`, once the page has synced (it syncs again until the other's file is there). */
async function tickedAfterSync(page: Page, step: string, expected: boolean): Promise<void> {
  await expect
    .poll(async () => {
      await syncNow(page);
      return checkboxOf(page, step).isChecked();
    })
    .toBe(expected);
}

/** The page's stored runs (the progress record, version 4). */
async function storedRun(page: Page): Promise<{ steps: Record<string, { state: string }>; log: { step?: string }[] }> {
  const key = progressKey(page.url().replace(/(fr|en)\/.*$/, ''));
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  const record = JSON.parse(raw ?? '{}') as { runs?: Record<string, { steps: never; log: never }> };
  return record.runs?.[DEFAULT_RUN] ?? { steps: {}, log: [] };
}

/** The writer files of the default run on the server's disk. */
function filesOnServer(server: RunningServer): string[] {
  const folder = join(server.davDir, DEFAULT_RUN);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith('.json'));
}

for (const kind of ['apache', 'nginx'] as const satisfies readonly ServerKind[]) {
  test.describe(`team runs through a WebDAV folder of ${kind === 'apache' ? 'Apache httpd' : 'nginx'}`, () => {
    let server: RunningServer;

    test.beforeAll(async () => {
      server = await startServer(kind, {
        site: SITE,
        base: E2E_BASE,
        dav: { path: FOLDER, users: USERS },
        files: { 'team.json': JSON.stringify({ folder: FOLDER }) },
      });
    });

    test.afterAll(async () => {
      await server?.stop();
    });

    test('two members tick different steps of one run, and each sees the other’s marks after a sync, in either language', async ({
      browser,
    }) => {
      const ann = await member(browser, server, 'fr', 'ann');
      const bob = await member(browser, server, 'en', 'bob');
      await checkboxOf(ann.page, STEPS[0]!).check();
      await checkboxOf(bob.page, STEPS[1]!).check();
      // Each change goes out on its own (2 s after it): both writers' files land in the run's folder.
      await expect(status(ann.page)).toHaveAttribute('data-state', 'shared');
      await expect(status(bob.page)).toHaveAttribute('data-state', 'shared');
      await expect.poll(() => filesOnServer(server).length).toBe(2);
      await tickedAfterSync(ann.page, STEPS[1]!, true);
      await tickedAfterSync(bob.page, STEPS[0]!, true);
      await expect(status(ann.page)).toContainText('Dernier partage avec l’équipe\u202f:');
      await expect(status(bob.page)).toContainText('Last shared with the team:');
      // nginx has no PROPFIND: the one 405 of each page's first listing (Chromium logs it) says so, then its JSON autoindex is used.
      const unexpected = [...ann.errors, ...bob.errors].filter(
        (error) => !(kind === 'nginx' && /status of 405 \(Not Allowed\)/.test(error)),
      );
      expect(unexpected).toEqual([]);
      expect([...ann.errors, ...bob.errors].length).toBeLessThanOrEqual(kind === 'nginx' ? 2 : 0);
      await ann.context.close();
      await bob.context.close();
    });

    test('the same step changed by both keeps the later change, and the log keeps both', async ({ browser }) => {
      const ann = await member(browser, server, 'fr', 'ann');
      const bob = await member(browser, server, 'en', 'bob');
      const step = STEPS[2]!;
      await checkboxOf(ann.page, step).check();
      // Later, Bob ticks it and opens it again: his opening is the step's latest change.
      await checkboxOf(bob.page, step).check();
      await checkboxOf(bob.page, step).uncheck();
      await expect(status(ann.page)).toHaveAttribute('data-state', 'shared');
      await expect(status(bob.page)).toHaveAttribute('data-state', 'shared');
      await tickedAfterSync(ann.page, step, false);
      await tickedAfterSync(bob.page, step, false);
      // Ann's tick and Bob's tick and opening: three changes, in both browsers' logs.
      for (const { page } of [ann, bob])
        await expect
          .poll(async () => {
            await syncNow(page);
            return (await storedRun(page)).log.filter((entry) => entry.step === step).length;
          })
          .toBe(3);
      await ann.context.close();
      await bob.context.close();
    });

    test('the server stopped mid-run: marks are kept, the status says why, and they are shared once it is back', async ({
      browser,
    }) => {
      const ann = await member(browser, server, 'en', 'ann');
      await expect(status(ann.page)).toHaveAttribute('data-state', 'shared');
      const step = STEPS[0]!; // ticked by Ann in the first test: shared, so her new browser has it
      await expect(checkboxOf(ann.page, step)).toBeChecked();
      await server.halt();
      try {
        await checkboxOf(ann.page, step).uncheck();
        await expect(status(ann.page)).toHaveAttribute('data-state', 'offline');
        await expect(status(ann.page)).toContainText('Not shared now: the server cannot be reached');
        await expect(status(ann.page)).toContainText('Last shared with the team:');
        await expect(checkboxOf(ann.page, step)).not.toBeChecked();
        expect((await storedRun(ann.page)).steps[step]).toBeUndefined();
      } finally {
        await server.resume();
      }
      await syncNow(ann.page);
      await expect(status(ann.page)).toHaveAttribute('data-state', 'shared');
      const bob = await member(browser, server, 'fr', 'bob');
      await expect(checkboxOf(bob.page, step)).not.toBeChecked();
      await ann.context.close();
      await bob.context.close();
    });

    test('a sign-in the server refuses (401): a clear notice, and nothing lost', async ({ browser }) => {
      for (const lang of ['fr', 'en'] as const) {
        const stranger = await member(browser, server, lang, 'ann', 'wrong-password');
        await checkboxOf(stranger.page, STEPS[2]!).check();
        await expect(status(stranger.page)).toHaveAttribute('data-state', 'unauthorized');
        await expect(status(stranger.page)).toContainText(
          lang === 'fr' ? 'le serveur a refusé l’identification (401)' : 'the server refused the sign-in (401)',
        );
        await stranger.page.reload();
        await expect(checkboxOf(stranger.page, STEPS[2]!)).toBeChecked();
        await stranger.context.close();
      }
    });

    test('a damaged or hostile file in the folder is ignored with a notice, never merged', async ({ browser }) => {
      const folder = join(server.davDir, DEFAULT_RUN);
      mkdirSync(folder, { recursive: true });
      const step = STEPS[2]!; // opened again by Bob in the second test
      writeFileSync(join(folder, 'w-damaged.json'), '{"format": "runbook-team-run", "version": 1, "run": ');
      const hostile = {
        format: 'runbook-team-run',
        version: 1,
        run: DEFAULT_RUN,
        writer: 'w-hostile',
        who: 'X',
        saved: '2026-01-01T00:00:00.000Z',
        // A mark dated far ahead would win every merge; a second one carries markup.
        data: {
          name: '',
          created: '2026-01-01T00:00:00.000Z',
          steps: {
            [step]: { state: 'ticked', at: '2099-01-01T00:00:00.000Z', who: '<img src=x onerror=alert(1)>' },
          },
          values: {},
          log: [],
        },
      };
      writeFileSync(join(folder, 'w-hostile.json'), JSON.stringify(hostile));
      const ann = await member(browser, server, 'en', 'ann');
      await expect(status(ann.page)).toContainText('Files of the team folder ignored');
      await expect(status(ann.page)).toContainText('default/w-damaged.json');
      await expect(status(ann.page)).toContainText('default/w-hostile.json');
      await expect(checkboxOf(ann.page, step)).not.toBeChecked();
      expect((await storedRun(ann.page)).steps[step]).toBeUndefined();
      await ann.context.close();
    });
  });
}
