/**
 * Turning a followed value into a connection target: a literal URL, connection string or
 * host:port becomes host, port and masked URL (via parseAddress and redact); an env or config
 * key becomes `key`; a Spring `${placeholder}` literal is a config key too. Nothing from a
 * literal leaves here unmasked.
 */
import { parseAddress } from '../../../core/discovery/addresses.js';
import { redact } from '../../../core/discovery/redact.js';
import { chainKey } from '../../../core/discovery/env-helper-keys.js';
import type { ReadTarget, Value } from './code-model.js';

/** Driver, dialect and scheme names to the technology they mean. */
const DIALECTS: Record<string, string> = {
  postgres: 'PostgreSQL',
  postgresql: 'PostgreSQL',
  pg: 'PostgreSQL',
  pgx: 'PostgreSQL',
  psycopg: 'PostgreSQL',
  psycopg2: 'PostgreSQL',
  asyncpg: 'PostgreSQL',
  npgsql: 'PostgreSQL',
  cockroachdb: 'CockroachDB',
  mysql: 'MySQL',
  mysql2: 'MySQL',
  mariadb: 'MariaDB',
  mssql: 'SQL Server',
  sqlserver: 'SQL Server',
  tedious: 'SQL Server',
  oracle: 'Oracle',
  oracledb: 'Oracle',
  godror: 'Oracle',
  sqlite: 'SQLite',
  sqlite3: 'SQLite',
  'better-sqlite3': 'SQLite',
  mongodb: 'MongoDB',
  mongo: 'MongoDB',
  'mongodb+srv': 'MongoDB',
  redis: 'Redis',
  rediss: 'Redis',
  cassandra: 'Cassandra',
  clickhouse: 'ClickHouse',
  snowflake: 'Snowflake',
  sqlalchemy: 'SQL',
};

/** The technology a dialect, driver or URL scheme names (`postgresql+psycopg2` → PostgreSQL). */
export function technologyOf(word: string): string | undefined {
  const lower = word.trim().toLowerCase();
  return DIALECTS[lower] ?? DIALECTS[lower.split(/[+:]/)[0] ?? ''];
}

const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*$/;

/** Spring and .NET style placeholders: `${orders.url}`, `${ORDERS_URL:http://localhost}`. */
const PLACEHOLDER = /^\$\{([A-Za-z0-9_.:-]+?)(?::[^}]*)?\}$/;

/** The first literal item of a value (lists name several brokers; the first names the cluster). */
export function firstOf(value: Value): Value {
  if (value.kind !== 'list') return value;
  // Nested lists (Python's `[(host, port)]` of stomp.py) name their first host the same way.
  const first = value.items.find((item) => item.kind !== 'unknown');
  return first ? firstOf(first) : { kind: 'unknown' };
}

/** Reads a target out of a value; `bareHost` accepts a plain host name, `port` adds a separate port. */
export function readTarget(input: Value, options: { bareHost?: boolean; port?: Value } = {}): ReadTarget {
  const value = firstOf(input);
  // Variables read in turn, the first set winning (a Go fallback chain, a ternary on a flag): all of them, in order.
  // The path written after the variable (`url + "/graphql"`) says what is called at the address.
  const after = (value.kind === 'env' || value.kind === 'ref') && value.path !== undefined ? { path: value.path } : {};
  if (value.kind === 'env') return { target: { key: value.otherKeys?.length ? chainKey([value.key, ...value.otherKeys]) : value.key }, known: 'key', ...after };
  if (value.kind === 'ref') return { target: { key: `code:${value.name}` }, known: 'key', ...after };
  if (value.kind !== 'literal' && value.kind !== 'prefix') return { target: {}, known: 'none' };
  const original = value.text.trim();
  let text = original;
  // A path on the site that served the code (`/api/documents`, not `//cdn.example.com/x`).
  if (/^\/(?!\/)/.test(text)) return { target: {}, known: 'none', path: text.replace(/[?#].*$/, '') };
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder?.[1]) return { target: { key: placeholder[1] }, known: 'key' };
  if (value.kind === 'prefix') {
    // A prefix names a host only once the host is complete: `http://cart:` or `http://cart/…`, not `http://cart-`.
    const scheme = text.indexOf('://');
    const authority = scheme >= 0 ? text.slice(scheme + 3) : text;
    if (!/[/:]/.test(authority)) return { target: {}, known: 'none' };
    text = text.replace(/:$/, '');
  }
  // Go's MySQL driver writes `user:pass@tcp(host:port)/db`.
  const goMysql = /^(?:[^@\s]*@)?(?:tcp|unix)\(([^)]+)\)/.exec(text)?.[1];
  let parsed = parseAddress(text) ?? (goMysql ? parseAddress(goMysql) : undefined);
  if (goMysql && parsed) parsed = { ...parsed, technology: 'MySQL' };
  if (!parsed && text.includes(',')) parsed = parseAddress(text.split(',')[0] ?? '');
  const port = options.port ? firstOf(options.port) : undefined;
  const portNumber = port?.kind === 'literal' && /^\d{1,5}$/.test(port.text) ? Number(port.text) : undefined;
  if (parsed) {
    const isUrl = /:\/\/|^jdbc:|[;=]/i.test(text) || goMysql !== undefined;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
    const technology = parsed.technology ?? (scheme ? technologyOf(scheme) : undefined);
    const path = isUrl ? /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(text)?.[1] : undefined;
    const target = {
      host: parsed.host,
      ...(parsed.port !== undefined ? { port: parsed.port } : portNumber !== undefined ? { port: portNumber } : {}),
      ...(isUrl ? { url: redact(value.kind === 'prefix' ? text : original) } : {}),
      ...(value.kind === 'literal' && value.unlessSet !== undefined ? { unlessSet: value.unlessSet } : {}),
    };
    return { target, known: 'literal', ...(technology ? { technology } : {}), ...(path ? { path } : {}) };
  }
  // A bare host, or the first entry of a list of options (`redis,abortConnect=false`).
  const bare = text.split(',')[0]?.trim() ?? '';
  if (options.bareHost && value.kind === 'literal' && HOST_NAME.test(bare) && !/^\d+$/.test(bare)) {
    return { target: { host: bare.toLowerCase(), ...(portNumber !== undefined ? { port: portNumber } : {}) }, known: 'literal' };
  }
  return { target: {}, known: 'none' };
}

/**
 * The channel names a value gives: literals (several for a list of topics), with a queue URL or
 * an ARN reduced to the queue or topic name it ends in.
 */
export function channelNames(input: Value): string[] {
  if (input.kind === 'list') return input.items.flatMap(channelNames);
  if (input.kind !== 'literal') return [];
  const text = input.text.trim();
  if (text === '' || PLACEHOLDER.test(text)) return [];
  if (/^arn:/i.test(text)) return [text.split(':').pop() ?? text];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const segments = text.replace(/[?#].*$/, '').split('/').slice(3).filter((segment) => segment !== '');
    return segments.length > 0 ? [segments[segments.length - 1] as string] : [];
  }
  return [text];
}
