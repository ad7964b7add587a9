import { describe, expect, it } from 'vitest';
import { MASK, excerptOf, isSecretKey, redact, redactBinding } from './redact.js';

// Canary secrets of every common shape; none of them may survive redaction.
const CANARIES: [string, string, string][] = [
  ['URL password', 'postgres://orders:Canary-Pw-1@db:5432/orders', 'Canary-Pw-1'],
  ['AMQP password', 'amqp://guest:Canary-Pw-2@rabbitmq:5672/', 'Canary-Pw-2'],
  ['Redis password only', 'redis://:Canary-Pw-3@cache:6379/0', 'Canary-Pw-3'],
  ['ADO.NET Password', 'Server=sql;Database=orders;User Id=app;Password=Canary-Pw-4;', 'Canary-Pw-4'],
  ['ADO.NET Pwd quoted', 'Server=sql;Pwd="Canary Pw 5";', 'Canary Pw 5'],
  ['Azure SharedAccessKey', 'Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Canary/Key+6=', 'Canary/Key+6='],
  ['Azure storage AccountKey', 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=CanaryKey7==;', 'CanaryKey7=='],
  ['env file', 'DB_PASSWORD=Canary-Pw-8', 'Canary-Pw-8'],
  ['YAML key', 'password: Canary-Pw-9', 'Canary-Pw-9'],
  ['JSON key', '"clientSecret": "Canary-Pw-10"', 'Canary-Pw-10'],
  ['Go assignment', 'apiKey := "Canary-Key-11"', 'Canary-Key-11'],
  ['Python kwarg', 'client = Client(api_key="Canary-Key-12")', 'Canary-Key-12'],
  ['AWS key id', 'aws_access_key_id = AKIACANARY1234567890', 'AKIACANARY1234567890'],
  ['AWS secret', 'aws_secret_access_key = Canary/Secret/13/abcdEFGHijkl', 'Canary/Secret/13/abcdEFGHijkl'],
  ['GitHub token', 'token ghp_Canary14abcdefghijklmnopqrstuvwxyz0123', 'ghp_Canary14abcdefghijklmnopqrstuvwxyz0123'],
  ['Slack token', 'SLACK=xoxb-123456789012-Canary15abcdef', 'xoxb-123456789012-Canary15abcdef'],
  ['Stripe key', 'Stripe.apiKey = "sk_live_Canary16abcdefghijklmn";', 'sk_live_Canary16abcdefghijklmn'],
  ['JWT', 'auth: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkxNyJ9.Canary17SignatureXYZ', 'Canary17SignatureXYZ'],
  ['Bearer header', 'headers: { Authorization: "Bearer Canary18TokenValue" }', 'Canary18TokenValue'],
  ['private key', '-----BEGIN RSA PRIVATE KEY-----MIICanary19-----END RSA PRIVATE KEY-----', 'MIICanary19'],
  ['Spring property', 'spring.datasource.password=Canary-Pw-20', 'Canary-Pw-20'],
  ['Kafka SASL JAAS', 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="Canary-Pw-21";', 'Canary-Pw-21'],
  ['Patchbay token', 'PATCHBAY_TOKEN=pbt_Canary22abcdefghijklmnopqrstu', 'pbt_Canary22abcdefghijklmnopqrstu'],
  ['SMTP URL', 'smtp://mailer:Canary-Pw-23@smtp.example.org:587', 'Canary-Pw-23'],
  ['placeholder default', 'password: ${DB_PASSWORD:Canary-Pw-24}', 'Canary-Pw-24'],
  ['short key name', 'DB_PW=Canary-Pw-25', 'Canary-Pw-25'],
  ['inline Kubernetes env', '- {name: API_KEY, value: Canary-Key-26}', 'Canary-Key-26'],
  ['go-sql-driver DSN', 'sqlx.Open("mysql", "catalogue_user:Canary-Pw-27@tcp(catalogue-db:3306)/socksdb")', 'Canary-Pw-27'],
  ['go-sql-driver DSN flag', 'CMD ["/app", "-DSN=app:Canary@Pw-28@tcp(db:3306)/x?parseTime=true"]', 'Canary@Pw-28'],
  ['OpenAI key passed positionally', 'new ChatClient("gpt-4o", "sk-proj-Canary30abcdefghijklmnop");', 'sk-proj-Canary30abcdefghijklmnop'],
  ['Anthropic key passed positionally', 'Anthropic("sk-ant-api03-Canary31abcdefghijklmnop")', 'sk-ant-api03-Canary31abcdefghijklmnop'],
  ['Twilio API key secret', 'twilio(sid, "SK0123456789abcdef0123456789abcdef")', 'SK0123456789abcdef0123456789abcdef'],
  ['Twilio auth token passed positionally', "const client = twilio(accountSid, '0123456789abcdef0123456789abcdef');", '0123456789abcdef0123456789abcdef'],
  ['Mailgun key', "mailgun({ domain, key: 'key-0123456789abcdef0123456789abcdef' })", 'key-0123456789abcdef0123456789abcdef'],
  ['SendGrid key passed positionally', 'new SendGridClient("SG.Canary33abcdefghijk.Canary33lmnopqrstuvwxyz")', 'SG.Canary33abcdefghijk.Canary33lmnopqrstuvwxyz'],
  ['go-sql-driver DSN in a shell command', 'command: /app -dsn inv:Canary-Pw-29@tcp(inventory-db)/inventory', 'Canary-Pw-29'],
];

describe('redact', () => {
  it.each(CANARIES)('masks a %s', (_shape, text, secret) => {
    const masked = redact(text);
    expect(masked).not.toContain(secret);
    expect(masked).toContain(MASK);
  });

  it.each([
    ['a host and port', 'postgres://orders@db:5432/orders', 'db:5432'],
    ['a user name', 'postgres://orders:pw@db:5432/orders', 'orders:***@db:5432'],
    ['the host of a go-sql-driver DSN', 'user:pw@tcp(catalogue-db:3306)/socksdb', 'user:***@tcp(catalogue-db:3306)/socksdb'],
    ['a reference to another setting', 'password: ${DB_PASSWORD}', '${DB_PASSWORD}'],
    ['a Kubernetes secret reference', 'password: secretKeyRef', 'secretKeyRef'],
    ['ordinary code', 'const url = `${base}/cart/${id}`', '`${base}/cart/${id}`'],
    ['a commit hash (40 hex digits) and an unquoted checksum', 'ref: "0123456789abcdef0123456789abcdef01234567" md5 0123456789abcdef0123456789abcdef', '"0123456789abcdef0123456789abcdef01234567" md5 0123456789abcdef0123456789abcdef'],
  ])('keeps %s', (_case, text, kept) => {
    expect(redact(text)).toContain(kept);
  });

  it('keeps the shape of a connection string bound to a secret-looking key', () => {
    expect(redactBinding('ConnectionStrings:Orders', 'Server=sql;Database=orders;Password=x1;')).toBe('Server=sql;Database=orders;Password=***;');
    expect(redactBinding('DB_PASSWORD', 'hunter2')).toBe(MASK);
    expect(redactBinding('CART_ADDR', 'cart:7070')).toBe('cart:7070');
    expect(redactBinding('JWT_SECRET', 'c2VjcmV0Q2FuYXJ5==')).toBe(MASK);
    expect(redactBinding('DB_PASSWORD', '${DB_PASSWORD:Canary}')).toBe('${DB_PASSWORD:***}');
  });

  it.each([
    ['DB_PASSWORD', true],
    ['stripe.api-key', true],
    ['ClientSecret', true],
    ['CART_ADDR', false],
    ['PASSPORT_URL', false],
    ['TOKENIZER_HOST', false],
  ])('knows whether %s names a secret', (key, secret) => {
    expect(isSecretKey(key)).toBe(secret);
  });

  it('shortens long excerpts after masking', () => {
    const excerpt = excerptOf(`   url: "postgres://u:Canary@db/x" ${'x'.repeat(400)}`);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt).not.toContain('Canary');
    expect(excerpt.startsWith('url:')).toBe(true);
  });

  // A minified file's one line: each pattern must run through it once, not once per letter.
  it.each([
    ['one long word', 'x'.repeat(200_000), 'x'.repeat(199)],
    ['a long dotted name', 'ab.'.repeat(70_000), 'ab.'.repeat(67)],
    ['a long name ending in a secret key', `${'k'.repeat(200_000)}_password: hunter2`, 'k'.repeat(199)],
    ['a URL with a password after a long word', `${'s'.repeat(200_000)} redis://u:hunter2@cache:6379`, 's'.repeat(199)],
  ])('masks and shortens %s', (_name, line, start) => {
    const excerpt = excerptOf(line);
    expect(excerpt).toBe(`${start.slice(0, 199)}…`);
    expect(redact(line)).not.toContain('hunter2');
  });
});
