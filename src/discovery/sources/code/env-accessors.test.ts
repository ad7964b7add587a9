import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

/**
 * In-house configuration accessors: a call given an ENV_NAME first reads that variable (resolution
 * then needs a deployment binding it for the component); a later argument is its default only when
 * it is an address, and the last of several (the others name a property).
 */
describe('in-house configuration accessors named by an environment variable', () => {
  it.each<[string, Source, string, string, object[], string[]]>([
    ['Java config.get(ENV, property, default)', jvmCodeSource, 'Mailer.java', `import javax.mail.*;\nimport java.util.Properties;\nclass Mailer {\n  Session open(ServiceConfig config) {\n    Properties props = new Properties();\n    props.put("mail.smtp.host", config.get("SMTP_HOST", "smtp.host", "localhost"));\n    return Session.getInstance(props);\n  }\n}\n`, [{ key: 'SMTP_HOST' }], []],
    ['Java Config.getString(ENV) on a URL', jvmCodeSource, 'Orders.java', `import java.net.http.*;\nimport java.net.URI;\nclass Orders {\n  void call(HttpClient http) throws Exception {\n    http.send(HttpRequest.newBuilder(URI.create(Config.getString("ORDERS_URL") + "/orders")).build(), HttpResponse.BodyHandlers.ofString());\n  }\n}\n`, [{ key: 'ORDERS_URL' }], []],
    ['Go cfg.Env(ENV, host:port default)', goCodeSource, 'cache.go', `package cache\nimport "github.com/redis/go-redis/v9"\nfunc New(cfg *Config) *redis.Client { return redis.NewClient(&redis.Options{Addr: cfg.Env("REDIS_ADDR", "cache:6379")}) }\n`, [{ key: 'REDIS_ADDR' }], ['REDIS_ADDR=cache:6379']],
    ['Python settings.value(ENV)', pythonCodeSource, 'pay.py', `import requests\nfrom app import settings\ndef pay():\n    return requests.post(settings.value('PAYMENT_URL') + '/charge')\n`, [{ key: 'PAYMENT_URL' }], []],
    ['TypeScript getConfig(ENV, URL default)', typescriptCodeSource, 'catalog.ts', `import axios from 'axios';\nexport const items = () => axios.get(getConfig('CATALOG_URL', 'http://catalog:3000') + '/items');\n`, [{ key: 'CATALOG_URL' }], ['CATALOG_URL=http://catalog:3000']],
    ['TypeScript lookup(ENV, word): the word is no default', typescriptCodeSource, 'inventory.ts', `import axios from 'axios';\nexport const stock = () => axios.get(appProps.lookup('INVENTORY_URL', 'inventory') + '/stock');\n`, [{ key: 'INVENTORY_URL' }], []],
  ])('%s', async (_label, source, path, text, targets, bindings) => {
    const facts = await readSnippet(source, path, text);
    expect(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => fact.target)).toEqual(targets);
    expect(facts.filter((fact): fact is BindingFact => fact.type === 'binding' && !fact.key.startsWith('code:')).map((fact) => `${fact.key}=${fact.value}`)).toEqual(bindings);
  });

  it.each<[string, Source, string, string]>([
    ['a Redis key', typescriptCodeSource, 'session.ts', `import axios from 'axios';\nexport const go = async () => axios.get(await redis.get('SESSION_URL'));\n`],
    ['a request header', typescriptCodeSource, 'proxy.ts', `import axios from 'axios';\nexport const go = (req) => axios.get(req.header('X_FORWARDED_URL'));\n`],
  ])('does not read %s as configuration', async (_label, source, path, text) => {
    const facts = await readSnippet(source, path, text);
    expect(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => fact.target)).not.toContainEqual(expect.objectContaining({ key: expect.any(String) }));
  });
});
