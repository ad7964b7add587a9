import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { heldType, renamed, settingsPathKey } from './rust-settings.js';
import { rustCodeSource } from './rust-source.js';

describe('rust settings structs', () => {
  it.each([
    ['smtp_server', undefined, 'smtp_server'],
    ['smtp_server', 'kebab-case', 'smtp-server'],
    ['smtp_server', 'camelCase', 'smtpServer'],
    ['smtp_server', 'PascalCase', 'SmtpServer'],
    ['smtp_server', 'SCREAMING_SNAKE_CASE', 'SMTP_SERVER'],
    ['api_key', 'lowercase', 'api_key'],
  ])('%s under rename_all %s is %s', (name, rule, key) => {
    expect(renamed(name, rule)).toBe(key);
  });

  it.each([
    ['PictrsConfig', 'PictrsConfig'],
    ['Option<PictrsConfig>', 'PictrsConfig'],
    ['Option<Box<crate::settings::EmailConfig>>', 'EmailConfig'],
    ['Vec<PeerConfig>', undefined],
    ['HashMap<String, Upstream>', undefined],
    ['String', 'String'],
    ['u16', undefined],
  ])('a field of type %s holds %s', (type, held) => {
    expect(heldType(type)).toBe(held);
  });

  it('binds each field of the structs it can place to its settings-file key, renames and flattening applied', async () => {
    const facts = await readSnippet(
      rustCodeSource,
      'crates/utils/src/settings/structs.rs',
      code`
        use serde::Deserialize;
        #[derive(Debug, Deserialize, Clone)]
        pub struct Settings {
            pub database: DatabaseConfig,
            pub pictrs: Option<PictrsConfig>,
            #[serde(rename = "mail")]
            pub email: Option<EmailConfig>,
            #[serde(flatten)]
            pub server: ServerConfig,
        }
        #[derive(Debug, Deserialize, Clone)]
        pub struct DatabaseConfig { pub connection: String }
        #[derive(Debug, Deserialize, Clone)]
        pub struct PictrsConfig { pub url: Url, pub api_key: Option<String> }
        #[derive(Debug, Deserialize, Clone)]
        #[serde(rename_all = "kebab-case")]
        pub struct EmailConfig { pub smtp_server: String }
        #[derive(Debug, Deserialize, Clone)]
        pub struct ServerConfig { pub bind: String }
        #[derive(Debug, Serialize)]
        pub struct Reply { pub url: String }`,
    );
    const bound = bindingsOf(facts);
    expect(Object.fromEntries(Object.entries(bound).filter(([key]) => key.startsWith('code:RustSettings.')))).toEqual({
      'code:RustSettings.Settings.database': '$ref:database',
      'code:RustSettings.Settings.pictrs': '$ref:pictrs',
      'code:RustSettings.Settings.email': '$ref:mail',
      'code:RustSettings.DatabaseConfig.connection': '$ref:database.connection',
      'code:RustSettings.PictrsConfig.url': '$ref:pictrs.url',
      'code:RustSettings.PictrsConfig.api_key': '$ref:pictrs.api_key',
      'code:RustSettings.EmailConfig.smtp_server': '$ref:mail.smtp-server',
      'code:RustSettings.ServerConfig.bind': '$ref:bind',
    });
    expect(facts.filter((fact) => fact.type === 'binding' && fact.key.startsWith('code:RustSettings.')).every((fact) => fact.type === 'binding' && fact.scope === '')).toBe(true);
  });

  const targets = async (text: string): Promise<unknown[]> => (await readSnippet(rustCodeSource, 'crates/api/src/images.rs', text)).flatMap((fact) => (fact.type === 'connection' ? [(fact as ConnectionFact).target] : []));

  it.each([
    [
      'a getter named after its type, read in a format!',
      code`
        use reqwest::Client;
        async fn fetch(client: &Client, context: &Context) {
            let pictrs_config = context.settings().pictrs_config()?;
            client.get(format!("{}image/{}", pictrs_config.url, alias)).send().await?;
        }`,
      'code:RustSettings.PictrsConfig.url',
    ],
    [
      'a chain from the settings static',
      code`
        use diesel_async::{AsyncConnection, AsyncPgConnection};
        async fn connect() { AsyncPgConnection::establish(&SETTINGS.database.connection).await }`,
      'code:RustSettings.Settings.database.connection',
    ],
    [
      'a parameter of a declared section type, through clone and ok_or',
      code`
        use lettre::{AsyncSmtpTransport, Tokio1Executor};
        fn mailer(settings: &Settings) {
            let email_config = settings.email.clone().ok_or(Error::NoEmail)?;
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&email_config.smtp_server).build();
        }`,
      'code:RustSettings.EmailConfig.smtp_server',
    ],
  ])('%s reads the settings key before the field by name', async (_name, text, key) => {
    const [target] = await targets(text);
    expect((target as { key: string }).key.split(/[|,]/)[0]).toContain(key);
  });

  it('reads a field of a value of a declared type by its typed key (a settings section, if one binds it), else by name', async () => {
    const [target] = await targets(code`
      use reqwest::Client;
      async fn fetch(client: &Client, upstream: &Upstream) { client.get(&upstream.base_url).send().await?; }`);
    expect(target).toEqual({ key: 'env-chain:code:RustSettings.Upstream.base_url|code:base_url' });
  });

  it('reads a field of an undeclared value not named like settings by name only', async () => {
    const [target] = await targets(code`
      use reqwest::Client;
      async fn fetch(client: &Client) { let upstream = load(); client.get(&upstream.base_url).send().await?; }`);
    expect(JSON.stringify(target)).not.toContain('RustSettings');
  });

  it('reads lettre transports on a literal host as SMTP', async () => {
    const facts = await readSnippet(rustCodeSource, 'src/mail.rs', code`
      use lettre::SmtpTransport;
      fn mailer() { SmtpTransport::relay("smtp.quillmoot.example")?.build(); SmtpTransport::builder_dangerous("postfix").port(25).build(); }`);
    expect(facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.mechanism} ${fact.technology} ${JSON.stringify(fact.target)}`] : []))).toEqual(['email SMTP {"host":"smtp.quillmoot.example"}', 'email SMTP {"host":"postfix"}']);
  });
});

describe('lettre transports behind a type alias, on a host split from its port', () => {
  const smtpTargets = async (text: string): Promise<string[]> =>
    (await readSnippet(rustCodeSource, 'crates/email/src/lib.rs', text)).flatMap((fact) => (fact.type === 'connection' && fact.mechanism === 'email' ? [JSON.stringify((fact as ConnectionFact).target)] : []));
  const SETTINGS_HOST = 'RustSettings.EmailConfig.smtp_server';

  it.each([
    [
      'a block splitting the setting, `[0]` for the host and `[1]` for the port, through a type alias',
      code`
        use lettre::{AsyncSmtpTransport, Tokio1Executor};
        type MailTransport = AsyncSmtpTransport<Tokio1Executor>;
        fn mailer(settings: &Settings) -> Result<MailTransport, Error> {
            let email_config = settings.email.clone().ok_or(Error::NoEmail)?;
            let (smtp_server, smtp_port) = {
                let email_and_port = email_config.smtp_server.split(':').collect::<Vec<&str>>();
                (email_and_port[0], email_and_port[1].parse::<u16>()?)
            };
            Ok(MailTransport::builder_dangerous(smtp_server).port(smtp_port).build())
        }`,
      [SETTINGS_HOST],
    ],
    [
      'the first piece taken by `*….first().ok_or(…)?`, by relay and starttls_relay of the alias',
      code`
        use lettre::{AsyncSmtpTransport, Tokio1Executor};
        type MailTransport = AsyncSmtpTransport<Tokio1Executor>;
        fn mailer(email_config: &EmailConfig) -> Result<MailTransport, Error> {
            let (smtp_server, smtp_port) = {
                let email_and_port = email_config.smtp_server.split(':').collect::<Vec<&str>>();
                let email = *email_and_port.first().ok_or(Error::MissingAnEmail)?;
                let port = email_and_port.get(1).ok_or(Error::NeedsAPort)?.parse::<u16>()?;
                (email, port)
            };
            let builder = match email_config.tls_type.as_str() {
                "tls" => MailTransport::relay(smtp_server)?,
                _ => MailTransport::starttls_relay(smtp_server)?,
            };
            Ok(builder.port(smtp_port).build())
        }`,
      [SETTINGS_HOST, SETTINGS_HOST],
    ],
    [
      'a `use … as` rename of the transport and `split_once` into a tuple',
      code`
        use lettre::SmtpTransport as Relay;
        fn mailer(email_config: &EmailConfig) -> Relay {
            let (host, _port) = email_config.smtp_server.split_once(':').unwrap();
            Relay::builder_dangerous(host).build()
        }`,
      [SETTINGS_HOST],
    ],
    [
      'a literal tuple written in a block',
      code`
        use lettre::{AsyncSmtpTransport, Tokio1Executor};
        type MailTransport = AsyncSmtpTransport<Tokio1Executor>;
        fn mailer() -> MailTransport {
            let (host, port) = { ("postfix", 25) };
            MailTransport::builder_dangerous(host).port(port).build()
        }`,
      ['"host":"postfix"'],
    ],
  ])('%s', async (_name, text, wanted) => {
    const found = await smtpTargets(text);
    expect(found).toHaveLength(wanted.length);
    wanted.forEach((piece, index) => expect(found[index]).toContain(piece));
  });

  it.each([
    [
      'the port piece of a split is no host',
      code`
        use lettre::SmtpTransport;
        type Mailer = SmtpTransport;
        fn mailer(email_config: &EmailConfig) -> Mailer {
            let email_and_port = email_config.smtp_server.split(':').collect::<Vec<&str>>();
            Mailer::builder_dangerous(email_and_port[1]).build()
        }`,
    ],
    [
      'an alias of the stub transport of lettre makes no SMTP connection',
      code`
        use lettre::transport::stub::AsyncStubTransport;
        type MailTransport = AsyncStubTransport;
        fn mailer() -> MailTransport { MailTransport::new_ok() }`,
    ],
  ])('%s', async (_name, text) => {
    expect((await smtpTargets(text)).join(' ')).not.toMatch(/RustSettings|"host"/);
  });
});

describe('the settings key of a path read in a macro', () => {
  const declared = new Map([
    ['connectors', 'Connectors'],
    ['email_config', 'EmailConfig'],
  ]);
  it.each([
    { names: ['connectors', 'stripe', 'base_url'], key: 'RustSettings.Connectors.stripe.base_url' },
    { names: ['email_config', 'smtp_server'], key: 'RustSettings.EmailConfig.smtp_server' },
    // Named like settings without a declaration: the type its name says.
    { names: ['pictrs_config', 'url'], key: 'RustSettings.PictrsConfig.url' },
    // Neither declared nor named like settings: no key.
    { names: ['request', 'url'], key: undefined },
    { names: ['self', 'base_url'], key: undefined },
    { names: ['connectors'], key: undefined },
  ])('$names', ({ names, key }) => {
    expect(settingsPathKey(names, (name) => declared.get(name))).toBe(key);
  });
});
