import { describe, expect, it } from 'vitest';
import { engineAddress, engineUses, withoutComments, type CommentStyle } from './clickhouse-engines.js';

/** What a test case expects of one engine use: technology, host or undefined, channels. */
type Seen = [string, string | undefined, string[]];

const seen = (text: string, style: CommentStyle = 'sql'): Seen[] => engineUses(text, style).map((use) => [use.technology, use.address ? `${use.address.host}${use.address.port ? `:${use.address.port}` : ''}` : undefined, use.channels]);

describe('engineUses', () => {
  it.each<[string, string, CommentStyle, Seen[]]>([
    ['Kafka with settings', "CREATE TABLE q (a String) ENGINE = Kafka SETTINGS kafka_broker_list = 'redpanda:9092', kafka_topic_list = 'events_enriched', kafka_group_name = 'clickhouse'", 'sql', [['Kafka', 'redpanda:9092', ['events_enriched']]]],
    ['Kafka positional', "CREATE TABLE q (a String)\nENGINE = Kafka('kafka:9092', 'topic', 'group', 'JSONEachRow');", 'sql', [['Kafka', 'kafka:9092', ['topic']]]],
    ['a broker list: its first broker', "CREATE TABLE q (a String) ENGINE = Kafka('k1:9092,k2:9092', 't1,t2', 'g', 'JSONEachRow')", 'sql', [['Kafka', 'k1:9092', ['t1', 't2']]]],
    ['a macro: Kafka, broker unknown', "CREATE TABLE q (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '{kafka_broker_list}', kafka_topic_list = 'events'", 'sql', [['Kafka', undefined, ['events']]]],
    ['a named collection: Kafka, broker unknown', 'CREATE TABLE q (a String) ENGINE = Kafka(events_kafka)', 'sql', [['Kafka', undefined, []]]],
    ['RabbitMQ', "CREATE TABLE q (a String) ENGINE = RabbitMQ SETTINGS rabbitmq_host_port = 'rabbitmq:5672', rabbitmq_exchange_name = 'audit'", 'sql', [['RabbitMQ', 'rabbitmq:5672', ['audit']]]],
    ['RabbitMQ by address', "CREATE TABLE q (a String) ENGINE = RabbitMQ SETTINGS rabbitmq_address = 'amqp://u:p@mq:5672/v', rabbitmq_exchange_name = 'x'", 'sql', [['RabbitMQ', 'mq:5672', ['x']]]],
    ['NATS', "CREATE TABLE q (a String) ENGINE = NATS SETTINGS nats_url = 'nats:4222', nats_subjects = 'audit.*'", 'sql', [['NATS', 'nats:4222', ['audit.*']]]],
    ['PostgreSQL table', "CREATE TABLE m (id UInt64) ENGINE = PostgreSQL('billing-db:5432', 'billing', 'invoices', 'reader', 'pw')", 'sql', [['PostgreSQL', 'billing-db:5432', []]]],
    ['MySQL database', "CREATE DATABASE legacy ENGINE = MySQL('mysql:3306', 'shop', 'ro', 'pw')", 'sql', [['MySQL', 'mysql:3306', []]]],
    ['MaterializedPostgreSQL', "CREATE DATABASE r ENGINE = MaterializedPostgreSQL('pg:5432', 'app', 'u', 'pw')", 'sql', [['PostgreSQL', 'pg:5432', []]]],
    ['MergeTree is no connection', 'CREATE TABLE t (a String) ENGINE = MergeTree ORDER BY a', 'sql', []],
    ['a loopback broker names nobody', "CREATE TABLE q (a String) ENGINE = Kafka('localhost:9092', 't', 'g', 'JSONEachRow')", 'sql', []],
    ['no CREATE: a Django-like setting is no DDL', "ENGINE = MySQL('db:3306')", 'sql', []],
    ['lower-case engine name is no engine', "CREATE TABLE q (a String) ENGINE = kafka('k:9092', 't', 'g', 'f')", 'sql', []],
    ['-- comment', "-- CREATE TABLE q (a String) ENGINE = Kafka('old:9092', 't', 'g', 'f');\nCREATE TABLE t (a String) ENGINE = MergeTree ORDER BY a;", 'sql', []],
    ['/* */ comment', "/* retired:\nCREATE TABLE q (a String)\nENGINE = RabbitMQ SETTINGS rabbitmq_host_port = 'old-mq:5672';\n*/", 'sql', []],
    ['a Ruby heredoc, the broker an ENV.fetch default', "execute <<~SQL\n  CREATE TABLE q (a String)\n  ENGINE = Kafka\n  SETTINGS kafka_broker_list = '#{ENV.fetch('X_KAFKA_BOOTSTRAP_SERVERS', 'redpanda:9092')}',\n           kafka_topic_list = 'views'\nSQL\n", 'hash', [['Kafka', 'redpanda:9092', ['views']]]],
    ['a Ruby interpolation with no default', "execute <<~SQL\n  CREATE TABLE q (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '#{ENV['X_KAFKA_BOOTSTRAP_SERVERS']}', kafka_topic_list = 'views'\nSQL\n", 'hash', [['Kafka', undefined, ['views']]]],
    ['a Ruby comment', "# execute \"CREATE TABLE q (a String) ENGINE = Kafka('legacy:9092', 'v', 'g', 'f')\"\n", 'hash', []],
    ['a Python string', 'DDL = """\nCREATE TABLE m (id UInt64)\nENGINE = PostgreSQL(\'billing-db:5432\', \'billing\', \'invoices\', \'u\', \'pw\')\n"""\n', 'hash', [['PostgreSQL', 'billing-db:5432', []]]],
    ['a shell-style default', "CREATE TABLE q (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '${KAFKA_BROKERS:-kafka:9092}', kafka_topic_list = 't'", 'sql', [['Kafka', 'kafka:9092', ['t']]]],
    ['a Go format verb', "db.Exec(fmt.Sprintf(`CREATE TABLE q (a String) ENGINE = Kafka SETTINGS kafka_broker_list = '%s', kafka_topic_list = 'clicks'`, brokers))", 'slash', [['Kafka', undefined, ['clicks']]]],
    ['a Go comment', "// db.Exec(`CREATE TABLE q (a String) ENGINE = Kafka('old:9092', 't', 'g', 'f')`)\n", 'slash', []],
    ['two statements, one engine each', "CREATE TABLE a (x String) ENGINE = Kafka('k:9092', 'ta', 'g', 'f');\nCREATE TABLE b (x String) ENGINE = MergeTree ORDER BY x;\nCREATE TABLE c (x String) ENGINE = PostgreSQL('pg:5432', 'd', 't', 'u', 'p');", 'sql', [['Kafka', 'k:9092', ['ta']], ['PostgreSQL', 'pg:5432', []]]],
  ])('%s', (_, text, style, expected) => {
    expect(seen(text, style)).toEqual(expected);
  });

  it('gives the line of the address and the passwords to mask', () => {
    const [use] = engineUses("CREATE TABLE m (id UInt64)\nENGINE = PostgreSQL(\n  'pg:5432', 'app', 'invoices', 'reader', 'hunter2')", 'sql');
    expect(use?.line).toBe(3);
    expect(use?.secrets).toEqual(['hunter2']);
  });

  it.each<[string, string, Seen[]]>([
    ['a second clause after one CREATE is not that statement\'s', "CREATE TABLE a (x String) ENGINE = Kafka('k:9092', 't', 'g', 'f')\nENGINE = PostgreSQL('pg:5432', 'd', 't', 'u', 'p')", [['Kafka', 'k:9092', ['t']]]],
    ['a CREATE 8,000 characters or more before the clause opens nothing', `CREATE TABLE a (${'x '.repeat(4000)}) ENGINE = Kafka('k:9092', 't', 'g', 'f')`, []],
    ['a CREATE just under 8,000 characters before it does', `CREATE TABLE a (${'x '.repeat(3980)}) ENGINE = Kafka('k:9092', 't', 'g', 'f')`, [['Kafka', 'k:9092', ['t']]]],
    ['two CREATEs before one clause: the nearer decides', `CREATE TABLE a (${'x '.repeat(4000)});\nCREATE TABLE b (x String) ENGINE = Kafka('k:9092', 't', 'g', 'f')`, [['Kafka', 'k:9092', ['t']]]],
  ])('which CREATE a clause belongs to: %s', (_, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it('reads a file of 20,000 statements whole, each use at its own line', () => {
    const statements = Array.from({ length: 20_000 }, (_, index) => (index % 2 === 0 ? `CREATE TABLE t${index} (a String)\nENGINE = Kafka('k${index}:9092', 'topic${index}', 'g', 'f');` : `CREATE TABLE t${index} (a String) ENGINE = MergeTree ORDER BY a;`));
    const uses = engineUses(statements.join('\n'), 'sql');
    expect(uses).toHaveLength(10_000);
    // Statement i starts at line 1 + 1.5 i (Kafka ones take two lines); its address is on its second line.
    expect(uses.map((use) => use.line).slice(-2)).toEqual([29_996, 29_999]);
    expect(uses.at(-1)?.address).toEqual({ host: 'k19998', port: 9092 });
    expect(uses.at(-1)?.channels).toEqual(['topic19998']);
  });
});

describe('engineAddress', () => {
  it.each<[string, string | undefined]>([
    ['redpanda:9092', 'redpanda'],
    ['kafka-0.kafka:9092,kafka-1.kafka:9092', 'kafka-0.kafka'],
    ["#{ENV.fetch('K', 'broker:9092')}", 'broker'],
    ['{kafka_broker_list}', undefined],
    ['%s', undefined],
    ['nats://nats:4222', 'nats'],
  ])('%s', (value, host) => {
    expect(engineAddress(value)?.host).toBe(host);
  });
});

describe('withoutComments', () => {
  it('keeps lines and offsets', () => {
    const text = "a -- b\n/* c\nd */ e\n# f\n";
    const cleaned = withoutComments(text, 'hash');
    expect(cleaned.length).toBe(text.length);
    expect(cleaned.split('\n').map((line) => line.trim())).toEqual(['a', '', 'e', '', '']);
  });

  it('keeps a URL and a Ruby interpolation inside a line', () => {
    expect(withoutComments("url = 'http://x:1/' # note", 'slash')).toContain('http://x:1/');
    expect(withoutComments("  '#{ENV['A']}'", 'hash')).toContain("#{ENV['A']}");
  });
});
