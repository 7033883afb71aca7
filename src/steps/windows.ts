/**
 * The guide's change windows for pages (build time), read once from `<content>/windows.yaml` (absent: the
 * guide has none), and which phase and steps each window holds. The build fails with the file and field of
 * a mistake; `npm run check` reports the same mistakes with their lines (src/checks/windows.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../i18n/locales.ts';
import { windowsSchema } from '../schemas/windows.ts';

export const WINDOWS_FILE = 'windows.yaml';

export interface ChangeWindow {
  readonly id: string;
  readonly wording: Readonly<Record<Lang, { readonly title: string; readonly outage: string }>>;
}

/** The windows of the guide in `contentDir`, in the file's order; throws a clear error when it is not valid. */
export function readWindows(contentDir: string): readonly ChangeWindow[] {
  const path = join(contentDir, WINDOWS_FILE);
  if (!existsSync(path)) return [];
  const result = windowsSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`${path} is not a valid list of change windows:\n${details}`);
  }
  return result.data.windows.map((window) => ({
    id: window.id,
    wording: window as unknown as ChangeWindow['wording'],
  }));
}

export interface WindowedGroup {
  readonly id: string;
  readonly window?: string | undefined;
  readonly items: readonly { readonly id: string }[];
}

/** The ids of the windows a phase's groups name, in the order of their first group. */
export function windowsOf(checklist: readonly WindowedGroup[]): string[] {
  return [...new Set(checklist.flatMap((group) => (group.window ? [group.window] : [])))];
}

/** The item ids of a window in a phase's checklist, in order. */
export function windowItems(checklist: readonly WindowedGroup[], window: string): string[] {
  return checklist.filter((group) => group.window === window).flatMap((group) => group.items.map((item) => item.id));
}
