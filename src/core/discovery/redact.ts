/**
 * Masking secrets in what discovery reads. Every excerpt and every bound value passes through
 * here before it leaves a source, so a password in a connection string, a token in a config file
 * or a private key in code is never stored, printed or sent. Masking keeps the shape (host, port,
 * user, key name) because that is what resolution and a reviewer need.
 *
 * Written here because the secret scanners on npm either run external binaries or report
 * findings without rewriting text; Patchbay needs the text back with the secret replaced.
 */
import { parseAddress } from './addresses.js';

/** What a masked secret is replaced by. */
export const MASK = '***';

/** Key names whose values are secrets in `key=value`, `key: value`, JSON and connection strings. */
const SECRET_KEY = String.raw`(?:pass(?:word|wd|phrase)?|pwd|pw|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret[_-]?access[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|token|private[_-]?key|credentials?|sas(?:[_-]?token)?|sharedaccesskey|accountkey|connection[_-]?string)`;

/** Patterns of secrets that are recognisable by their own shape, wherever they appear. */
const SHAPED_SECRETS: RegExp[] = [
  // PEM private keys (one line of an excerpt, or a whole block in a value)
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  // AWS access key ids
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g,
  // GitHub tokens
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  // GitLab, Slack, Stripe, SendGrid, Google API keys, npm tokens, Patchbay's own tokens
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/g,
  // OpenAI (`sk-proj-…`, `sk-…`) and Anthropic (`sk-ant-api03-…`) keys, Twilio API key secrets, Mailgun keys
  /\bsk-[A-Za-z0-9_-]{20,}/g,
  /\bSK[0-9a-fA-F]{32}\b/g,
  /\bkey-[0-9a-f]{32}\b/g,
  // A quoted run of exactly 32 hex digits is a token (Twilio auth tokens, Datadog and Mailgun keys),
  // passed positionally where no key name says so: `twilio(sid, "f3…")`.
  /(?<=["'`])[0-9a-f]{32}(?=["'`])/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bpbt_[A-Za-z0-9_-]{20,}\b/g,
  // JSON Web Tokens
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  // Authorization headers
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g,
];

/**
 * `scheme://user:password@host` → `scheme://user:***@host`. The scheme starts a word (the
 * look-behind): tried at every letter of a long word, the scheme's run to the word's end made a
 * minified line of 200 KB take minutes (the same for KEY_COLON's key names).
 */
const URL_PASSWORD = /((?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]*:)([^\s@'"/]+)(@)/gi;

/**
 * The go-sql-driver (MySQL) data source name: `user:password@tcp(host:3306)/db` → `user:***@tcp(host:3306)/db`.
 * The password runs to the last `@` before the network (`tcp(`, `unix(`…), since it may hold `@`.
 */
const DSN_PASSWORD = /((?:^|[\s"'`=,(\[])[^\s:@/"'`=,(\[]*:)(\S*?)(@(?:tcp[46]?|unix|udp|memcache)\()/gi;

/** `Password=secret;` in ADO.NET, JDBC and ODBC connection strings, and `key=value` pairs generally. */
const KEY_VALUE = new RegExp(String.raw`(\b${SECRET_KEY}\b\s*=\s*)("[^"]*"|'[^']*'|\$\{[^}]*\}|[^;&\s,'"]+)`, 'gi');

/** `password: secret`, `"password": "secret"`, `PASSWORD=secret` in env files, `password := "x"` in code. */
const KEY_COLON = new RegExp(String.raw`((?:["']?)(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*${SECRET_KEY}["']?\s*(?::=|:|=)\s*)("[^"]*"|'[^']*'|\$\{[^}]*\}|[^\s,;#}]+)`, 'gi');

/** `name: API_KEY, value: x` on one line (Kubernetes env entries written inline). */
const NAMED_VALUE = new RegExp(String.raw`(name["']?\s*:\s*["']?[A-Za-z0-9_.-]*${SECRET_KEY}[A-Za-z0-9_.-]*["']?\s*,\s*["']?value["']?\s*:\s*)("[^"]*"|'[^']*'|[^\s,}]+)`, 'gi');

/**
 * A value a template ships for the operator to replace (`globalSettings__events__connectionString=SECRET`,
 * `REPLACE`, `CHANGEME`, `<your-key>`): no secret, and nothing configured (conditions.ts).
 */
export const PLACEHOLDER_VALUE = /^(?:secret|replace|replace[-_]?me|change[-_]?me|todo|<[^<>]*>)$/i;

/** Masks a quoted or bare value, keeping its quotes so the excerpt still reads as code. */
function maskValue(value: string): string {
  if (value === MASK || value.length === 0) return value;
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  const inner = quote ? value.slice(1, -1) : value;
  // A reference with a default (${DB_PASSWORD:hunter2}) keeps the reference and loses the default.
  const withDefault = /^\$\{([^:}]+):-?([^}]*)\}$/.exec(inner);
  if (withDefault) return withDefault[2] === '' ? value : `${quote}\${${withDefault[1]}:${MASK}}${quote}`;
  // An empty value or a reference to another setting (${DB_PASSWORD}, $(SECRET), {{ .Values.x }}, env(...)) holds no secret.
  if (inner === '' || PLACEHOLDER_VALUE.test(inner) || /^(?:\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|%[A-Z_]+%|env\(|process\.env|os\.environ|secretKeyRef)/.test(inner)) return value;
  return `${quote}${MASK}${quote}`;
}

/** Returns the text with every secret it can recognise replaced by ***. */
export function redact(text: string): string {
  let result = text;
  for (const pattern of SHAPED_SECRETS) {
    result = result.replace(pattern, (match: string, scheme?: string) => (scheme && /^(Bearer|Basic)$/.test(scheme) ? `${scheme} ${MASK}` : MASK));
  }
  result = result.replace(URL_PASSWORD, (_match, before: string, _password: string, at: string) => `${before}${MASK}${at}`);
  result = result.replace(DSN_PASSWORD, (_match, before: string, password: string, at: string) => `${before}${password === '' ? '' : MASK}${at}`);
  result = result.replace(KEY_VALUE, (_match, before: string, value: string) => `${before}${maskValue(value)}`);
  result = result.replace(KEY_COLON, (_match, before: string, value: string) => `${before}${maskValue(value)}`);
  result = result.replace(NAMED_VALUE, (_match, before: string, value: string) => `${before}${maskValue(value)}`);
  return result;
}

const SECRET_KEY_WORD = new RegExp(String.raw`(?:^|[^A-Za-z])${SECRET_KEY}(?:$|[^A-Za-z])`, 'i');
const SECRET_KEY_WHOLE = new RegExp(`^${SECRET_KEY}$`, 'i');

/** Whether a key names a secret (`DB_PASSWORD`, `stripe.api-key`), so its whole value is masked. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_WORD.test(key) || SECRET_KEY_WHOLE.test(key);
}

/**
 * Masks a bound value: the whole of it when its key names a secret, otherwise only the secrets
 * inside it (a connection string keeps its host and port, loses its password).
 */
export function redactBinding(key: string, value: string): string {
  // A secret key's value is masked whole, unless it is a URL or a `key=value;` connection string,
  // whose host and port resolution needs (base64 padding such as `c2Vj==` is not a connection string).
  const structured = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[^=;]+=[^;]*;/.test(value);
  if (isSecretKey(key) && !structured) return maskValue(value);
  return redact(value);
}

/**
 * A bound value as every source stores it. redactBinding keeps a value whole when it holds `=` or
 * `;` (so a connection string keeps its shape), which would let `JWT_SECRET=c2VjcmV0==` through; a
 * value of a secret key that is not an address, nor a placeholder for a value held elsewhere
 * (`isPlaceholder`: which values are depends on the file format), is therefore masked whole.
 */
export function maskSetting(key: string, value: string, isPlaceholder: (value: string) => boolean): string {
  const masked = redactBinding(key, value);
  if (masked === value && isSecretKey(key) && value.trim() !== '' && !isPlaceholder(value) && !PLACEHOLDER_VALUE.test(value.trim()) && !parseAddress(value)) return MASK;
  return masked;
}

/** The longest excerpt evidence carries. */
export const MAX_EXCERPT = 200;

/** One line of a file as evidence: trimmed, shortened, secrets masked. */
export function excerptOf(line: string): string {
  const trimmed = redact(line.trim());
  return trimmed.length > MAX_EXCERPT ? `${trimmed.slice(0, MAX_EXCERPT - 1)}…` : trimmed;
}
