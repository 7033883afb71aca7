/**
 * The guide's parameters as the browser gets them: the page's `#guide-parameters` element
 * (ParametersData.astro) holds, in `data-parameters`, id → kind, label in the page's language and optional
 * pattern. A stored value is used only when it is valid for its parameter now (kinds.ts), so that a value
 * the guide no longer accepts falls back to the example instead of reaching a command.
 */
import { invalidReason, type ParameterKind } from '../../../parameters/kinds.ts';

export interface DeclaredParameter {
  readonly kind: ParameterKind;
  readonly label: string;
  readonly pattern?: string;
}

let declared: ReadonlyMap<string, DeclaredParameter> | undefined;

export function declaredParameters(): ReadonlyMap<string, DeclaredParameter> {
  if (declared) return declared;
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(document.getElementById('guide-parameters')?.dataset['parameters'] ?? '{}');
  } catch {
    // A page built without the element: no parameters.
  }
  declared = new Map(Object.entries(parsed as Record<string, DeclaredParameter>));
  return declared;
}

/** The reader's value of a parameter when it is valid for it, else undefined (the example is used). */
export function usableValue(parameter: DeclaredParameter | undefined, value: string | undefined): string | undefined {
  if (!parameter || value === undefined) return undefined;
  return invalidReason(parameter.kind, value, parameter.pattern) === undefined ? value : undefined;
}
