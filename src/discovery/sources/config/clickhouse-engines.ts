/**
 * ClickHouse DDL whose engine connects the server to another system (core/discovery/clickhouse-engines.ts):
 * `.sql` files (an init script, a migration) and the strings of migration code in Ruby, Python,
 * Go, JavaScript/TypeScript, Java, Kotlin, C# and PHP (`execute <<~SQL … SQL` in a Rails
 * `db/clickhouse_migrate/` file). A Kafka, RabbitMQ or NATS engine is the server consuming the
 * broker; a PostgreSQL, MySQL, MongoDB or Redis engine is the server reading that database. The
 * connection is the ClickHouse server's whoever's folder holds the file, so it names the server
 * (CLICKHOUSE_SERVER), never the file's owner. Test code and documentation are not read;
 * commented-out DDL is not there. Passwords written as arguments are masked in the evidence.
 */
import { CLICKHOUSE_SERVER, engineUses, type CommentStyle } from '../../../core/discovery/clickhouse-engines.js';
import { CONFIDENCE, type ConnectionFact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { MASK } from '../../../core/discovery/redact.js';
import type { Source } from '../../source.js';
import { extensionOf } from '../../source-dispatch.js';
import { neverThrows } from './emit.js';

/** The comment style of each extension read. */
const STYLES: Record<string, CommentStyle> = {
  '.sql': 'sql',
  '.rb': 'hash',
  '.py': 'hash',
  '.go': 'slash',
  '.js': 'slash',
  '.mjs': 'slash',
  '.cjs': 'slash',
  '.ts': 'slash',
  '.java': 'slash',
  '.kt': 'slash',
  '.cs': 'slash',
  '.php': 'slash',
};

/** The ClickHouse engine source. */
export const clickhouseEnginesSource: Source = {
  name: 'clickhouse-engines',
  extensions: Object.keys(STYLES),
  accepts: (path) => STYLES[extensionOf(path)] !== undefined && !isTestCode(path) && !/(^|\/)node_modules\//.test(path),
  // No sniff: a migration's DDL may sit past the first bytes; read() tests the text first.
  read: neverThrows((file: SourceFile, context) => {
    const style = STYLES[extensionOf(file.path)];
    if (!style || !/\bENGINE\s*=/i.test(file.text)) return [];
    const facts: ConnectionFact[] = [];
    for (const use of engineUses(file.text, style)) {
      const evidence = context.evidenceAt(use.line);
      const excerpt = use.secrets.reduce((text, secret) => text.split(secret).join(MASK), evidence.excerpt);
      const base = {
        type: 'connection' as const,
        component: CLICKHOUSE_SERVER,
        target: use.address ?? {},
        mechanism: use.mechanism,
        technology: use.technology,
        evidence: { ...evidence, excerpt },
        confidence: CONFIDENCE.literal,
      };
      if (use.mechanism === 'database') facts.push({ ...base, role: 'uses', targetKind: 'database' });
      else for (const channel of use.channels.length > 0 ? use.channels : [undefined]) facts.push({ ...base, role: 'consumes', targetKind: 'message-broker', ...(channel ? { channel } : {}) });
    }
    return facts;
  }),
};
