/**
 * The guide's parameters as the browser gets them: the page's `#guide-parameters` element
 * (ParametersData.astro) holds, in `data-parameters`, id → kind, label in the page's language and optional
 * pattern. The pages need no validator: the store's values are those valid when typed (form-element.ts).
 */
import type { ParameterKind } from '../../../parameters/kinds.ts';

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
