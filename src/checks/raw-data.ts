/**
 * Reads the parts of a document's data that the checks need, straight from the YAML, without trusting that
 * the whole document is valid: a document with one wrong field must still have its ids, links and
 * prerequisites checked. Each value comes with its field path, for the line number.
 */
import type { FieldPath } from './yaml-source.ts';

export interface Located<T> {
  readonly value: T;
  readonly path: FieldPath;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(data: unknown, key: string): unknown {
  return isRecord(data) ? data[key] : undefined;
}

export interface ChecklistId extends Located<string> {
  readonly kind: 'group' | 'item';
}

/** The ids of the checklist groups and items, in document order. */
export function checklistIds(data: unknown): ChecklistId[] {
  const ids: ChecklistId[] = [];
  list(field(data, 'checklist')).forEach((group, groupIndex) => {
    const groupId = field(group, 'id');
    if (typeof groupId === 'string') ids.push({ value: groupId, path: ['checklist', groupIndex, 'id'], kind: 'group' });
    list(field(group, 'items')).forEach((item, itemIndex) => {
      const itemId = field(item, 'id');
      if (typeof itemId === 'string')
        ids.push({ value: itemId, path: ['checklist', groupIndex, 'items', itemIndex, 'id'], kind: 'item' });
    });
  });
  return ids;
}

/** The items' waits (`wait.time` as written), by item id, for comparing languages. */
export function checklistWaits(data: unknown): Map<string, { time: string | undefined; path: PropertyKey[] }> {
  const waits = new Map<string, { time: string | undefined; path: PropertyKey[] }>();
  list(field(data, 'checklist')).forEach((group, groupIndex) => {
    list(field(group, 'items')).forEach((item, itemIndex) => {
      const id = field(item, 'id');
      const wait = field(item, 'wait');
      if (typeof id !== 'string' || wait === undefined) return;
      const time = field(wait, 'time');
      waits.set(id, {
        time: typeof time === 'string' ? time : undefined,
        path: ['checklist', groupIndex, 'items', itemIndex, 'wait'],
      });
    });
  });
  return waits;
}

/** The Markdown texts of the checklist: every group's `when`, every item's `label`, `verify` and `when`, and the reasons of waits. */
export function checklistTexts(data: unknown): Located<string>[] {
  const texts: Located<string>[] = [];
  list(field(data, 'checklist')).forEach((group, groupIndex) => {
    const groupWhen = field(group, 'when');
    if (typeof groupWhen === 'string') texts.push({ value: groupWhen, path: ['checklist', groupIndex, 'when'] });
    list(field(group, 'items')).forEach((item, itemIndex) => {
      for (const key of ['label', 'verify', 'when']) {
        const text = field(item, key);
        if (typeof text === 'string')
          texts.push({ value: text, path: ['checklist', groupIndex, 'items', itemIndex, key] });
      }
      const reason = field(field(item, 'wait'), 'reason');
      if (typeof reason === 'string')
        texts.push({ value: reason, path: ['checklist', groupIndex, 'items', itemIndex, 'wait', 'reason'] });
    });
  });
  return texts;
}

/** The phase number, when it is a whole number. */
export function phaseNumber(data: unknown): number | undefined {
  const value = field(data, 'phase');
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function prerequisites(data: unknown): Located<string>[] {
  return list(field(data, 'prerequisites')).flatMap((slug, index) =>
    typeof slug === 'string' ? [{ value: slug, path: ['prerequisites', index] }] : [],
  );
}

/** The `updated` date (YYYY-MM-DD) as a day string, when it is one. */
export function updatedDay(data: unknown): string | undefined {
  const value = field(data, 'updated');
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The glossary's terms: their ids and definitions. */
export function glossaryTerms(
  data: unknown,
): { id: Located<string> | undefined; definition: Located<string> | undefined }[] {
  return list(field(data, 'terms')).map((term, index) => {
    const id = field(term, 'id');
    const definition = field(term, 'definition');
    return {
      id: typeof id === 'string' ? { value: id, path: ['terms', index, 'id'] } : undefined,
      definition:
        typeof definition === 'string' ? { value: definition, path: ['terms', index, 'definition'] } : undefined,
    };
  });
}

/** The keys of the role vocabulary. */
export function roleIds(data: unknown): string[] {
  return isRecord(data) ? Object.keys(data) : [];
}
