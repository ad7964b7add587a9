/**
 * ClickHouse table and database engines that make the ClickHouse server a client of another
 * system: `ENGINE = Kafka`, `RabbitMQ` and `NATS` tables consume a broker's topic, exchange or
 * subjects themselves (the broker → clickhouse), and `PostgreSQL`, `MySQL`, `MongoDB` and `Redis`
 * tables and databases (and the `Materialized…` replicas) read another database (clickhouse → that
 * database). Whoever runs the DDL (a Rails migration, an init script) only creates the table: the
 * connection is the server's, so the facts name no file owner (CLICKHOUSE_SERVER).
 *
 * Hand-written rather than through an SQL parser: the project has none, the general ones do not
 * know ClickHouse's `ENGINE = … SETTINGS …` clause, and the DDL sits as often inside another
 * language's string (a Ruby heredoc, a Python triple-quoted string, a Go raw string) with that
 * language's interpolations in its literals (`'#{ENV.fetch('X', 'kafka:9092')}'`). The clause's
 * grammar is small: a name, optional arguments, optional `key = value` settings. Pure: no I/O.
 */
import { namesNoSystem, parseAddress } from './addresses.js';

/**
 * The component of an engine's connections: resolution gives them to the scan's one ClickHouse
 * server, else to a system of this name, as a connector's go to the Kafka Connect worker.
 */
export const CLICKHOUSE_SERVER = 'clickhouse';

/** The technology of a deployed ClickHouse server (images.ts). */
export const CLICKHOUSE_TECHNOLOGY = 'ClickHouse';

/** What an engine reaches, and how its arguments and settings name it. */
interface EngineKind {
  technology: string;
  mechanism: 'messaging' | 'database';
  /** The positional argument holding the address, and the settings that may hold it instead. */
  addressArgument?: number;
  addressSettings: readonly string[];
  /** The positional argument and settings naming the topics, exchanges or subjects consumed. */
  channelArgument?: number;
  channelSettings: readonly string[];
  /** The positional argument holding a password, never to be shown. */
  passwordArgument?: number;
}

const ENGINES: Record<string, EngineKind> = {
  Kafka: { technology: 'Kafka', mechanism: 'messaging', addressArgument: 0, addressSettings: ['kafka_broker_list'], channelArgument: 1, channelSettings: ['kafka_topic_list'] },
  RabbitMQ: { technology: 'RabbitMQ', mechanism: 'messaging', addressSettings: ['rabbitmq_host_port', 'rabbitmq_address'], channelSettings: ['rabbitmq_exchange_name'] },
  NATS: { technology: 'NATS', mechanism: 'messaging', addressSettings: ['nats_url'], channelSettings: ['nats_subjects'] },
  PostgreSQL: { technology: 'PostgreSQL', mechanism: 'database', addressArgument: 0, addressSettings: ['host'], channelSettings: [], passwordArgument: 4 },
  MaterializedPostgreSQL: { technology: 'PostgreSQL', mechanism: 'database', addressArgument: 0, addressSettings: ['host'], channelSettings: [], passwordArgument: 3 },
  MySQL: { technology: 'MySQL', mechanism: 'database', addressArgument: 0, addressSettings: ['host'], channelSettings: [], passwordArgument: 4 },
  MaterializedMySQL: { technology: 'MySQL', mechanism: 'database', addressArgument: 0, addressSettings: ['host'], channelSettings: [], passwordArgument: 3 },
  MongoDB: { technology: 'MongoDB', mechanism: 'database', addressArgument: 0, addressSettings: ['host', 'uri'], channelSettings: [], passwordArgument: 4 },
  Redis: { technology: 'Redis', mechanism: 'database', addressArgument: 0, addressSettings: [], channelSettings: [], passwordArgument: 2 },
};

/** Engine names are case-sensitive in ClickHouse; the keyword is not. */
const ENGINE_CLAUSE = new RegExp(String.raw`\bENGINE\s*=\s*(${Object.keys(ENGINES).join('|')})\b`, 'gi');

/** A statement making a table or database, which an ENGINE clause must belong to (not `'ENGINE': 'django…'`). */
const CREATE = /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMPORARY\s+)?(?:TABLE|DATABASE)\b/gi;

/** How a file marks comments: SQL's `--`, or a language's own line comment besides. */
export type CommentStyle = 'sql' | 'hash' | 'slash';

/** One engine clause whose server connects out. */
export interface EngineUse {
  /** The engine as written (`Kafka`, `MaterializedPostgreSQL`). */
  engine: string;
  technology: string;
  mechanism: 'messaging' | 'database';
  /** Where it connects, when written as a literal (or a literal default of an interpolation). */
  address?: { host: string; port?: number };
  /** Topics, exchanges or subjects consumed. */
  channels: string[];
  /** The 1-based line of the address, else of the ENGINE keyword. */
  line: number;
  /** Literals that are passwords, to mask wherever they are shown. */
  secrets: string[];
}

/** One argument or setting value: its text, whether it was quoted, and where it starts. */
interface Value {
  text: string;
  quoted: boolean;
  offset: number;
}

/**
 * The text with comments blanked out (offsets and lines kept). A whole-line comment of the
 * language (`# execute "…ENGINE = Kafka(…)"`), SQL's `--` comments and `/* … *\/` blocks started
 * at a word's edge. Only line-start `#` and `//`: inside a line they are as often a URL's `//`
 * or a Ruby interpolation's `#{`.
 */
export function withoutComments(text: string, style: CommentStyle): string {
  const blank = (match: string): string => match.replace(/[^\n]/g, ' ');
  let result = text.replace(/(^|[\s(,;])\/\*[\s\S]*?(?:\*\/|$)/g, (match, lead: string) => lead + blank(match.slice(lead.length)));
  const lineStart = style === 'hash' ? /^[ \t]*#.*$/gm : style === 'slash' ? /^[ \t]*\/\/.*$/gm : undefined;
  if (lineStart) result = result.replace(lineStart, blank);
  return result.replace(/(^|[\s,;(])--.*$/gm, (match, lead: string) => lead + blank(match.slice(lead.length)));
}

/** The offset just past an interpolation opening at `start` (`#{…}`, `${…}`, `{…}`), braces balanced. */
function pastBraces(text: string, start: number): number {
  let depth = 0;
  for (let index = text.indexOf('{', start); index < text.length; index += 1) {
    const char = text[index];
    if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index + 1;
    else if (char === '\n' && depth === 0) return index;
  }
  return text.length;
}

/** The quoted literal starting at `start` (a quote), interpolations kept whole though they hold quotes; with the offset past it. */
function readQuoted(text: string, start: number): { text: string; end: number } {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === quote) return { text: text.slice(start + 1, index), end: index + 1 };
    else if ((char === '#' || char === '$') && text[index + 1] === '{') index = pastBraces(text, index);
    else if (char === '\n') break;
    else index += 1;
  }
  return { text: text.slice(start + 1, index), end: index };
}

/** A bare value's characters, matched where readValue puts lastIndex. */
const BARE_VALUE = /[^\s,()]*/y;

/** One value at `start`: a quoted literal, or a bare word, number or identifier; with the offset past it. */
function readValue(text: string, start: number): { value: Value; end: number } {
  const char = text[start];
  if (char === "'" || char === '"') {
    const quoted = readQuoted(text, start);
    return { value: { text: quoted.text, quoted: true, offset: start + 1 }, end: quoted.end };
  }
  // Sticky, from `start`: not a copy of the rest of the file for each value.
  BARE_VALUE.lastIndex = start;
  const bare = BARE_VALUE.exec(text)?.[0] ?? '';
  return { value: { text: bare, quoted: false, offset: start }, end: start + bare.length };
}

const skipSpace = (text: string, index: number): number => {
  while (index < text.length && /\s/.test(text[index] as string)) index += 1;
  return index;
};

/** `(arg, arg, key = value)`: positional arguments and named ones, from the offset past `(`; with the offset past `)`. */
function readArguments(text: string, start: number): { positional: Value[]; named: Map<string, Value>; end: number } {
  const positional: Value[] = [];
  const named = new Map<string, Value>();
  let index = start;
  while (index < text.length) {
    index = skipSpace(text, index);
    if (text[index] === ')') return { positional, named, end: index + 1 };
    const key = /^([A-Za-z_]\w*)\s*=\s*/.exec(text.slice(index, index + 200));
    if (key) index += key[0].length;
    const { value, end } = readValue(text, index);
    if (key) named.set(key[1] as string, value);
    else positional.push(value);
    index = skipSpace(text, end);
    // Anything else (a nested call) ends what can be read.
    if (text[index] === ',') index += 1;
    else if (text[index] !== ')') return { positional, named, end: index };
  }
  return { positional, named, end: index };
}

/** `SETTINGS key = value, …` following the clause in the same statement. */
function readSettings(text: string, start: number): Map<string, Value> {
  const settings = new Map<string, Value>();
  // The statement ends at `;`, the next statement, or the end of its string.
  const rest = text.slice(start, start + 4000);
  const stop = rest.search(/;|\bCREATE\b|\bENGINE\s*=|^\s*(?:SQL|EOS|EOF|"""|''')\s*$|`/m);
  const statement = stop < 0 ? rest : rest.slice(0, stop);
  const keyword = /\bSETTINGS\b/i.exec(statement);
  if (!keyword) return settings;
  let index = start + keyword.index + keyword[0].length;
  const limit = start + statement.length;
  while (index < limit) {
    index = skipSpace(text, index);
    const key = /^([A-Za-z_]\w*)\s*=\s*/.exec(text.slice(index, index + 200));
    if (!key) break;
    index += key[0].length;
    const { value, end } = readValue(text, index);
    settings.set((key[1] as string).toLowerCase(), value);
    index = skipSpace(text, end);
    if (text[index] !== ',') break;
    index += 1;
  }
  return settings;
}

/**
 * A written address out of a value, or the literal default an interpolation falls back on
 * (`#{ENV.fetch('KAFKA', 'redpanda:9092')}`, `${KAFKA:-redpanda:9092}`, `os.getenv("X", "kafka:9092")`).
 * A macro (`{kafka_broker_list}`), a format verb (`%s`) or a variable with no default is undefined:
 * the server's configuration or the deployment says, which the technology alone stands for.
 */
export function engineAddress(value: string): { host: string; port?: number } | undefined {
  const interpolated = /[#$]?\{[^}]*\}|%[sv]|%\(\w+\)s/.test(value);
  const candidates = interpolated ? [...value.matchAll(/["']([^"'\s]+)["']|:-([^}\s]+)\}/g)].map((match) => (match[1] ?? match[2]) as string).reverse() : [value];
  for (const candidate of candidates) {
    const first = candidate.split(/[,\s]+/).find((item) => item !== '') ?? '';
    const hostPort = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?::(\d{1,5}))?$/.exec(first);
    if (hostPort && /[.:-]|^[a-z]/i.test(first) && (hostPort[2] !== undefined || !interpolated)) {
      const port = Number(hostPort[2]);
      return { host: (hostPort[1] as string).toLowerCase(), ...(Number.isInteger(port) && port > 0 ? { port } : {}) };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(first)) {
      const parsed = parseAddress(first);
      if (parsed) return { host: parsed.host, ...(parsed.port ? { port: parsed.port } : {}) };
    }
  }
  return undefined;
}

/**
 * The 1-based line of an offset of a text, its newlines found once: a DDL file with thousands of
 * engine clauses is not counted from its top for each.
 */
function lineFinder(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) newlines.push(index);
  return (offset) => {
    // The number of newlines before the offset, by binary search.
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((newlines[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

/** The engines of a file's DDL whose server connects to another system. */
export function engineUses(text: string, style: CommentStyle): EngineUse[] {
  if (!/\bENGINE\s*=/i.test(text)) return [];
  const code = withoutComments(text, style);
  const creates = [...code.matchAll(CREATE)].map((match) => match.index);
  const lineAt = lineFinder(text);
  const uses: EngineUse[] = [];
  let previous = -1;
  // The CREATEs before the clause being read: clauses come in order, so the count only grows.
  let before = 0;
  for (const match of code.matchAll(ENGINE_CLAUSE)) {
    const name = Object.hasOwn(ENGINES, match[1] as string) ? match[1] : undefined;
    const kind = name ? ENGINES[name] : undefined;
    const at = match.index;
    while (before < creates.length && (creates[before] as number) < at) before += 1;
    // A clause belongs to a statement when a CREATE opens after the previous clause, and near
    // (8,000 characters): the nearest CREATE before it is the one to ask.
    const nearest = before > 0 ? (creates[before - 1] as number) : -1;
    const opened = nearest > previous && at - nearest < 8000;
    previous = at;
    if (!name || !kind || !opened) continue;
    let index = skipSpace(code, at + match[0].length);
    const args = code[index] === '(' ? readArguments(code, index + 1) : undefined;
    if (args) index = args.end;
    const settings = new Map([...(args?.named ?? new Map<string, Value>())].map(([key, value]) => [key.toLowerCase(), value] as const));
    for (const [key, value] of readSettings(code, index)) settings.set(key, value);
    const written = (kind.addressArgument !== undefined ? args?.positional[kind.addressArgument] : undefined) ?? kind.addressSettings.map((key) => settings.get(key)).find((value) => value !== undefined);
    // A named collection (`Kafka(events_kafka)`) or a bare identifier names no address here.
    const address = written?.quoted ? engineAddress(written.text) : undefined;
    if (address && namesNoSystem(address.host)) continue;
    const channelValue = (kind.channelArgument !== undefined ? args?.positional[kind.channelArgument] : undefined) ?? kind.channelSettings.map((key) => settings.get(key)).find((value) => value !== undefined);
    const channels = channelValue?.quoted && !/[{}%]/.test(channelValue.text) ? channelValue.text.split(',').map((item) => item.trim()).filter((item) => item !== '') : [];
    const password = kind.passwordArgument !== undefined ? args?.positional[kind.passwordArgument] : undefined;
    const secrets = [password?.quoted ? password.text : undefined, ...[...settings].filter(([key]) => /password|secret/i.test(key)).map(([, value]) => value.text)].filter((secret): secret is string => secret !== undefined && secret !== '');
    uses.push({ engine: name, technology: kind.technology, mechanism: kind.mechanism, ...(address ? { address } : {}), channels, line: lineAt(written?.quoted ? written.offset : at), secrets });
  }
  return uses;
}
