/**
 * A stored value is used only when it is valid for its parameter now (src/parameters/kinds.ts), so that a
 * value the guide no longer accepts, or one typed but refused, falls back to the example instead of reaching
 * a command. Loaded by the pages only once the reader has values (fill.ts), by the form always.
 */
import { invalidReason } from '../../../parameters/kinds.ts';
import type { DeclaredParameter } from './declared.ts';

/** The reader's value of a parameter when it is valid for it, else undefined (the example is used). */
export function usableValue(parameter: DeclaredParameter | undefined, value: string | undefined): string | undefined {
  if (!parameter || value === undefined) return undefined;
  return invalidReason(parameter.kind, value, parameter.pattern) === undefined ? value : undefined;
}
