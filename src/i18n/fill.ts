/**
 * Fills `{{name}}` placeholders. Kept apart from the dictionaries so that browser code can format a
 * message it received through a data-* attribute without bundling every language's strings.
 */
export type Vars = Readonly<Record<string, string | number>>;

export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {{${name}}}`);
    return String(value);
  });
}
