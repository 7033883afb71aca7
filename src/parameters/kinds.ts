/**
 * The kinds of value a guide's parameter may take, and what a valid value of each is. Pure and small: the
 * build (checking each parameter's example) and the browser (checking what the reader types) use the same
 * rules. A validator returns undefined for a valid value, else the reason, as a key of the UI dictionaries
 * (`environment.invalid.<reason>`), so that the reader gets it in the page's language.
 *
 * The rules refuse anything a shell or a script could read as more than one value: quotes, semicolons,
 * angle brackets, `$`, backticks, spaces (except in free text and paths), control characters.
 */

export const PARAMETER_KINDS = [
  'fqdn',
  'sip-domain',
  'sip-address',
  'host-name',
  'ipv4',
  'port',
  'windows-path',
  'unc-path',
  'sql-instance',
  'text',
] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

/** Why a value is refused (a key suffix of `environment.invalid.*`). */
export type InvalidReason = 'empty' | 'tooLong' | 'unsafe' | 'pattern' | ParameterKind;

/** One DNS label: letters, digits, hyphens inside, at most 63 characters. */
const LABEL = '(?!-)[A-Za-z0-9-]{1,63}(?<!-)';
const HOST = new RegExp(`^${LABEL}$`);
/** A fully qualified name: at least two labels, the last not all digits, 253 characters at most. */
const FQDN = new RegExp(`^(?:${LABEL}\\.)+(?!\\d+$)${LABEL}$`);
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** Local part of a SIP address: the characters of an e-mail address that no shell treats specially. */
const SIP_USER = /^[A-Za-z0-9._+-]+$/;
/** A Windows file or folder name: none of <>:"/\|?* and no control character. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
const WIN_NAME = /^[^<>:"/\\|?*\u0000-\u001f;$`]+$/;
/** A SQL Server instance name: letters, digits, `_`, `$`-free (a `$` would be read by PowerShell), at most 16. */
const SQL_INSTANCE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,15}$/;
/** Characters no value may hold: markup, quotes and what a shell or PowerShell would interpret. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern refuses
const UNSAFE = /[<>"'`;$&|\u0000-\u001f\u007f]/;

export const MAX_LENGTH = 253;

function fqdn(value: string): boolean {
  return value.length <= 253 && FQDN.test(value);
}

function windowsPath(value: string): boolean {
  const match = /^[A-Za-z]:\\(.*)$/.exec(value);
  if (!match) return false;
  const rest = (match[1] ?? '').replace(/\\$/, '');
  return (
    rest === '' || rest.split('\\').every((part) => WIN_NAME.test(part) && part.trim() === part && !part.endsWith('.'))
  );
}

function uncPath(value: string): boolean {
  const match = /^\\\\([^\\]+)\\(.+)$/.exec(value);
  if (!match) return false;
  const [, host = '', rest = ''] = match;
  if (!(fqdn(host) || HOST.test(host) || IPV4.test(host))) return false;
  return rest
    .replace(/\\$/, '')
    .split('\\')
    .every((part) => WIN_NAME.test(part) && part.trim() === part);
}

function sqlInstance(value: string): boolean {
  const [server = '', instance, ...more] = value.split('\\');
  if (more.length > 0) return false;
  if (!(fqdn(server) || HOST.test(server))) return false;
  return instance === undefined || SQL_INSTANCE_NAME.test(instance);
}

const VALID: Readonly<Record<ParameterKind, (value: string) => boolean>> = {
  fqdn,
  'sip-domain': fqdn,
  'sip-address': (value) => {
    // Without the `sip:` prefix, which documents write before the parameter (`sip:⟦test-user⟧`).
    const match = /^([^@]+)@(.+)$/.exec(value);
    return match !== null && SIP_USER.test(match[1] ?? '') && !(match[1] ?? '').startsWith('.') && fqdn(match[2] ?? '');
  },
  'host-name': (value) => HOST.test(value) && !/^\d+$/.test(value) && value.length <= 15,
  ipv4: (value) => IPV4.test(value),
  port: (value) => /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535,
  'windows-path': windowsPath,
  'unc-path': uncPath,
  'sql-instance': sqlInstance,
  text: (value) => value.trim() === value,
};

export function isParameterKind(value: unknown): value is ParameterKind {
  return typeof value === 'string' && (PARAMETER_KINDS as readonly string[]).includes(value);
}

/**
 * Why `value` is not a valid value of `kind` (and of `pattern`, a regular expression the whole value must
 * match, when given), or undefined when it is.
 */
export function invalidReason(kind: ParameterKind, value: string, pattern?: string): InvalidReason | undefined {
  if (value.trim() === '') return 'empty';
  if (value.length > MAX_LENGTH) return 'tooLong';
  if (UNSAFE.test(value)) return 'unsafe';
  if (!VALID[kind](value)) return kind;
  if (pattern !== undefined && !new RegExp(`^(?:${pattern})$`, 'u').test(value)) return 'pattern';
  return undefined;
}
