import { describe, expect, it } from 'vitest';
import { addressList, addressOrHost, peerList, libpqConnectionString, namesNoSystem, parseAddress } from './addresses.js';

describe('parseAddress', () => {
  // A port given by a variable nothing set: the host is still named, the port unknown.
  it.each([
    ['currency:${CURRENCY_PORT}', { host: 'currency' }],
    ['http://email:${EMAIL_PORT}', { host: 'email', technology: 'HTTP', mechanism: 'rest' }],
    ['http://email:${EMAIL_PORT}/send_order_confirmation', { host: 'email', mechanism: 'rest' }],
    ['jdbc:postgresql://db:$PG_PORT/orders', { host: 'db', technology: 'PostgreSQL', resource: 'orders' }],
    ['kafka:$(KAFKA_PORT)', { host: 'kafka' }],
    ['${CART_HOST}:${CART_PORT}', undefined],
    ['postgres://app:${DB_PASSWORD}@db:5432/x', { host: 'db', port: 5432 }],
    ['plain:${X}text', undefined],
  ])('reads %s with its port unresolved', (value, expected) => {
    if (expected === undefined) expect(parseAddress(value)).toBeUndefined();
    else expect(parseAddress(value)).toEqual(expect.objectContaining(expected));
    if (expected !== undefined) expect(parseAddress(value)).not.toHaveProperty(value.includes('5432') ? 'nothing' : 'port');
  });

  it.each([
    ['http://cart:8080/api/cart', { host: 'cart', port: 8080, technology: 'HTTP', mechanism: 'rest' }],
    ['https+http://catalog', { host: 'catalog', mechanism: 'rest' }],
    ['https://api.stripe.com/v1/charges', { host: 'api.stripe.com', mechanism: 'rest' }],
    ['postgres://orders:***@db:5432/orders?sslmode=disable', { host: 'db', port: 5432, resource: 'orders', kind: 'database', technology: 'PostgreSQL' }],
    ['jdbc:postgresql://pg.internal:5432/inventory', { host: 'pg.internal', port: 5432, resource: 'inventory', technology: 'PostgreSQL' }],
    ['jdbc:mysql://mysql:3306/catalog', { host: 'mysql', port: 3306, technology: 'MySQL' }],
    ['jdbc:sqlserver://sql01:1433;databaseName=orders', { host: 'sql01', port: 1433, technology: 'SQL Server' }],
    ['jdbc:oracle:thin:@ora-host:1521/ORCL', { host: 'ora-host', port: 1521, technology: 'Oracle' }],
    ['mongodb+srv://user:***@cluster0.example.net/shop', { host: 'cluster0.example.net', technology: 'MongoDB' }],
    ['redis://:***@cache:6379/0', { host: 'cache', port: 6379, technology: 'Redis' }],
    ['amqp://guest:***@rabbitmq:5672/', { host: 'rabbitmq', port: 5672, technology: 'RabbitMQ', kind: 'message-broker' }],
    ['nats://nats:4222', { host: 'nats', port: 4222, technology: 'NATS' }],
    ['kafka-1:9092,kafka-2:9092', { host: 'kafka-1', port: 9092 }],
    ['cart:7070', { host: 'cart', port: 7070 }],
    ['failover:(tcp://mq1:61616,tcp://mq2:61616)?randomize=false', { host: 'mq1', port: 61616 }],
    ['failover://(ssl://mq1.corp.net:61617)', { host: 'mq1.corp.net', port: 61617 }],
    ['stomp://activemq:61613', { host: 'activemq', port: 61613, technology: 'STOMP', kind: 'message-broker' }],
    ['activemq:61613', { host: 'activemq', port: 61613, technology: 'STOMP' }],
    ['Server=sql01,1433;Database=orders;User Id=app;Password=***;', { host: 'sql01', port: 1433, resource: 'orders', technology: 'SQL Server' }],
    ['Data Source=tcp:db.example.org,1433;Initial Catalog=billing', { host: 'db.example.org', port: 1433, resource: 'billing' }],
    ['Host=pg;Port=5432;Database=shop;Username=app;Password=***', { host: 'pg', port: 5432, resource: 'shop', technology: 'PostgreSQL' }],
    ['Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=x;SharedAccessKey=***', { host: 'orders-bus.servicebus.windows.net', technology: 'Azure Service Bus', kind: 'message-broker' }],
    ['DefaultEndpointsProtocol=https;AccountName=Invoices;AccountKey=***', { host: 'invoices.blob.core.windows.net', kind: 'file-store' }],
    ['smtp://mailer:***@smtp.example.org:587', { host: 'smtp.example.org', port: 587, mechanism: 'email' }],
    ['sftp://partner.example.com/outbound', { host: 'partner.example.com', mechanism: 'file-transfer' }],
    ['catalogue_user:***@tcp(catalogue-db:3306)/socksdb', { host: 'catalogue-db', port: 3306, resource: 'socksdb', technology: 'MySQL', kind: 'database' }],
    ['app@tcp(mysql.shop.svc)/orders?parseTime=true&loc=UTC', { host: 'mysql.shop.svc', port: 3306, resource: 'orders', technology: 'MySQL' }],
    ['tcp(db:3307)/x', { host: 'db', port: 3307, technology: 'MySQL' }],
  ])('reads %s', (value, expected) => {
    expect(parseAddress(value)).toMatchObject(expected);
  });

  it.each([
    ['mongodb://app:***@m1:27017,m2:27017,m3:27017/shop?replicaSet=rs0', { host: 'm1', port: 27017, resource: 'shop', technology: 'MongoDB' }],
    ['jdbc:postgresql://pg1:5432,pg2:5432/orders?targetServerType=primary', { host: 'pg1', port: 5432, resource: 'orders', technology: 'PostgreSQL' }],
    ['jdbc:sqlserver://sql01:1433;databaseName=orders;encrypt=true', { host: 'sql01', port: 1433, resource: 'orders', technology: 'SQL Server' }],
    ['jdbc:sqlserver://sql01\\ORDERS:1433', { host: 'sql01', port: 1433, technology: 'SQL Server' }],
    ['jdbc:jtds:sqlserver://legacy-sql:1433/billing', { host: 'legacy-sql', port: 1433, resource: 'billing', technology: 'SQL Server' }],
    ['jdbc:mariadb://maria:3306/shop', { host: 'maria', port: 3306, technology: 'MariaDB' }],
    ['jdbc:db2://db2host:50000/SAMPLE', { host: 'db2host', port: 50000, resource: 'SAMPLE', technology: 'Db2' }],
    ['jdbc:oracle:thin:@//ora-scan:1521/ORCLPDB', { host: 'ora-scan', port: 1521, resource: 'ORCLPDB', technology: 'Oracle' }],
    ['jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora-tns)(PORT=1522))(CONNECT_DATA=(SERVICE_NAME=SALES)))', { host: 'ora-tns', port: 1522, resource: 'SALES', technology: 'Oracle', kind: 'database' }],
    ['Data Source=(DESCRIPTION=(ADDRESS=(HOST=ora2)(PORT=1521))(CONNECT_DATA=(SID=XE)));User Id=app;Password=***', { host: 'ora2', port: 1521, resource: 'XE', technology: 'Oracle' }],
    ['jdbc:h2:tcp://h2server:9092/~/test', { host: 'h2server', port: 9092, technology: 'H2' }],
    ['r2dbc:postgresql://pg:5432/orders', { host: 'pg', port: 5432, resource: 'orders', technology: 'PostgreSQL' }],
    ['r2dbc:pool:mysql://mysql:3306/catalog', { host: 'mysql', port: 3306, technology: 'MySQL' }],
    ['Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql02,1433;Database=hr', { host: 'sql02', port: 1433, resource: 'hr', technology: 'SQL Server' }],
    ['Driver={PostgreSQL Unicode};Server=pg3;Port=5432;Database=ledger', { host: 'pg3', port: 5432, resource: 'ledger', technology: 'PostgreSQL' }],
    ['Server=mysql;Port=3306;Database=shop;Uid=app;Pwd=***', { host: 'mysql', port: 3306, technology: 'MySQL' }],
    ['Server=sql01\\SQLEXPRESS;Database=orders', { host: 'sql01', technology: 'SQL Server' }],
    ['cache:6379,password=***,ssl=False,abortConnect=False', { host: 'cache', port: 6379, technology: 'Redis', kind: 'database' }],
    ['redis-primary,abortConnect=false', { host: 'redis-primary', technology: 'Redis' }],
    ['SASL_SSL://broker-1:9093,SASL_SSL://broker-2:9093', { host: 'broker-1', port: 9093, technology: 'Kafka', kind: 'message-broker' }],
    ['PLAINTEXT://kafka:29092', { host: 'kafka', port: 29092, technology: 'Kafka' }],
    ['cassandra-1:9042,cassandra-2:9042', { host: 'cassandra-1', port: 9042, technology: 'Cassandra', kind: 'database' }],
    ['cache:6379', { host: 'cache', port: 6379, technology: 'Redis' }],
    ['kafka:9092', { host: 'kafka', port: 9092, technology: 'Kafka', kind: 'message-broker' }],
    ['http://elasticsearch:9200', { host: 'elasticsearch', port: 9200, technology: 'HTTP' }],
    ['bolt://neo4j:7687', { host: 'neo4j', port: 7687, technology: 'Neo4j', kind: 'database' }],
    ['couchbase://cb1,cb2/bucket', { host: 'cb1', technology: 'Couchbase' }],
  ])('reads the further shape %s', (value, expected) => {
    expect(parseAddress(value)).toMatchObject(expected);
  });

  it('keeps a port that names no product as a bare address', () => {
    expect(parseAddress('cart:7070')).toEqual({ host: 'cart', port: 7070 });
  });

  it.each([
    'jdbc:h2:mem:testdb',
    'jdbc:h2:file:./data/app',
    'jdbc:sqlite:app.db',
    'jdbc:hsqldb:mem:test',
    'jdbc:derby:memory:db;create=true',
    'Data Source=app.db',
    'Data Source=|DataDirectory|\\app.sdf',
    'Filename=./data/app.db',
    'DSN=orders_dsn;Uid=app',
    'Server=(localdb)\\MSSQLLocalDB;Database=x',
  ])('finds no other system in the embedded or machine-local %s', (value) => {
    expect(parseAddress(value)).toBeUndefined();
  });

  it.each(['', 'hello', '/var/data', '42', 'true', 'some text with spaces', 'user:***@unix(/var/run/mysqld/mysqld.sock)/db', 'user:***@/db'])('finds no address in %j', (value) => {
    expect(parseAddress(value)).toBeUndefined();
  });
});

describe('parseAddress: libpq keyword/value connection strings', () => {
  const pg = { technology: 'PostgreSQL', mechanism: 'database', kind: 'database' };
  it.each([
    ['host=product-db port=5432 user=app password=*** dbname=products sslmode=disable', { host: 'product-db', port: 5432, resource: 'products', ...pg }],
    ['dbname=products host=product-db user=app', { host: 'product-db', resource: 'products', ...pg }],
    ['hostaddr=10.0.4.12 port=6432 dbname=ledger', { host: '10.0.4.12', port: 6432, resource: 'ledger', ...pg }],
    ['host=orders-db hostaddr=10.0.4.12 dbname=orders', { host: 'orders-db', resource: 'orders', ...pg }],
    ["host = 'orders-db' port = '5432' password = 'two words' dbname='orders'", { host: 'orders-db', port: 5432, resource: 'orders', ...pg }],
    ["host=orders-db password='it\\'s' dbname=orders", { host: 'orders-db', resource: 'orders', ...pg }],
    ['host=pg-1,pg-2 port=5432,5433 dbname=x target_session_attrs=read-write', { host: 'pg-1', port: 5432, resource: 'x', ...pg }],
    ['  host=Product-DB.larder.svc.cluster.local   sslmode=require  ', { host: 'product-db.larder.svc.cluster.local', ...pg }],
    ['"host=product-db dbname=products"', { host: 'product-db', resource: 'products', ...pg }],
    ["host=product-db dbname=products password='x'", { host: 'product-db', resource: 'products', ...pg }],
  ])('reads %j', (value, expected) => {
    expect(parseAddress(value)).toEqual(expected);
  });

  it.each([
    // A Unix socket folder, or no host at all: this machine.
    'host=/var/run/postgresql dbname=products',
    'dbname=products user=app',
  ])('finds no other system in %j', (value) => {
    expect(parseAddress(value)).toBeUndefined();
  });

  it.each([
    // Not libpq: an unknown keyword, `;` separators, words without `=`.
    'server=db user=app',
    'host=db; dbname=x',
    'HOST=db and more words',
  ])('leaves %j to the other readers', (value) => {
    expect(libpqConnectionString(value)).toBeNull();
  });
});

describe('namesNoSystem: the one rule for hosts that name no other system', () => {
  it.each([
    // this machine
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['[::1]', true],
    ['host.docker.internal', true],
    // RFC 2606 / 6761 reserved top-level domains
    ['fax-gateway.legacy.example', true],
    ['example', false],
    ['api.shop.test', true],
    ['nowhere.invalid', true],
    ['app.localhost', true],
    ['Fax-Gateway.Legacy.EXAMPLE.', true],
    // RFC 2606 second-level documentation domains and their subdomains
    ['example.com', true],
    ['example.org', true],
    ['example.net', true],
    ['api.example.com', true],
    ['smtp.mailrelay.example.net', true],
    ['sftp.partner-bank.example.org', true],
    // real names that only look alike
    ['examples.com', false],
    ['myexample.com', false],
    ['example.io', false],
    ['api.example.io', false],
    ['example.com.au', false],
    ['testing.internal', false],
    ['latest', false],
    ['test', false],
    ['contest.io', false],
    ['cart', false],
    ['cart.shop.svc.cluster.local', false],
    ['orders.local', false],
    ['10.0.0.12', false],
    ['api.stripe.com', false],
  ])('%s → %s', (host, expected) => {
    expect(namesNoSystem(host)).toBe(expected);
  });
});

describe('addressOrHost', () => {
  it.each([
    ['amqp://guest:guest@rabbitmq:5672/', { host: 'rabbitmq', port: 5672 }],
    ['kafka:9092', { host: 'kafka', port: 9092 }],
    ['AxonServer', { host: 'axonserver' }],
    ['kafka-0.kafka.svc', { host: 'kafka-0.kafka.svc' }],
    // A compose service's name, which Docker's DNS resolves, may hold an underscore.
    ['ssrf_proxy', { host: 'ssrf_proxy' }],
    ['not a host', undefined],
    ['', undefined],
  ])('%j → %j', (value, expected) => {
    const found = addressOrHost(value);
    expect(found === undefined ? undefined : { host: found.host, ...(found.port !== undefined ? { port: found.port } : {}) }).toEqual(expected);
  });
});

describe('addressList: servers one of which each request picks', () => {
  it.each<[string, string, string[] | undefined]>([
    ['space-separated host:port', 'gitserver-0:3178 gitserver-1:3178', ['gitserver-0:3178', 'gitserver-1:3178']],
    ['space-separated URLs', 'http://searcher-0:3181 http://searcher-1:3181', ['http://searcher-0:3181', 'http://searcher-1:3181']],
    ['comma-separated, spaces around', 'zoekt-0:6070, zoekt-1:6070', ['zoekt-0:6070', 'zoekt-1:6070']],
    ['one address is no list', 'http://searcher:3181', undefined],
    ['StackExchange.Redis options', 'cache:6379,password=x', undefined],
    ['a connection string', 'Server=db;Port=5432', undefined],
    ['words without ports', 'alpha beta', undefined],
  ])('%s', (_name, value, expected) => {
    expect(addressList(value)).toEqual(expected);
  });
});

describe('peerList: peers code splits from a setting and picks one of', () => {
  it.each<[string, string, string[] | undefined]>([
    ['compose service names', 'opbeans-node,opbeans-java', ['opbeans-node', 'opbeans-java']],
    ['spaces after commas, quoted', '"orders, billing"', ['orders', 'billing']],
    ['names, host:port and URLs mixed', 'orders:3000,billing,http://ledger:8080/api', ['orders:3000', 'billing', 'http://ledger:8080/api']],
    ['trailing comma', 'orders,billing,', ['orders', 'billing']],
    ['one URL is no list', 'http://opbeans-go:3000', undefined],
    ['one name is no list', 'opbeans-node', undefined],
    ['StackExchange.Redis options', 'cache:6379,password=x', undefined],
    ['a connection string', 'Server=db;Port=5432', undefined],
    ['words separated by spaces', 'alpha beta', undefined],
    ['a sentence with a comma', 'hello world, again', undefined],
  ])('%s', (_name, value, expected) => {
    expect(peerList(value)).toEqual(expected);
  });
});
