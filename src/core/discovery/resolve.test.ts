import { describe, expect, it } from 'vitest';
import { CONFIDENCE, NETWORK_PEER_KEY, type Evidence, type Fact } from './facts.js';
import { relocateEmptyRoots, resolveFacts, shareBuiltImages } from './resolve.js';
import { prefixedReadKey } from './env-helper-keys.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
const component = (name: string, extra: Partial<Extract<Fact, { type: 'component' }>> = {}): Fact => ({
  type: 'component', name, kind: 'application', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared, ...extra,
});
const connection = (file: string, extra: Partial<Extract<Fact, { type: 'connection' }>>): Fact => ({
  type: 'connection', target: {}, role: 'calls', mechanism: 'rest', evidence: at(file, 7), confidence: CONFIDENCE.literal, ...extra,
});

/** The edges as `source -> target (mechanism)`, for compact expectations. */
function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism}${item.channel ? ` ${item.channel}` : ''})`);
}

describe('resolveFacts: a project folder a deployment roots', () => {
  const project = (name: string, root: string): Fact => component(name, { root, project: true, confidence: CONFIDENCE.weak, evidence: at(`${root}/requirements.txt`) });
  const stack = (name: string, roots: string[]): Fact[] => roots.map((root) => component(name, { root, evidence: at(`${name}/template.yaml`) }));
  const table: Fact = component('OrdersTable', { kind: 'database', evidence: at('orders/template.yaml', 3) });

  it.each<[string, Fact[], string[], string[]]>([
    [
      'is that deployment\'s code (a SAM function\'s CodeUri holding a requirements.txt)',
      [...stack('orders', ['orders', 'orders/src/create_order']), project('create_order', 'orders/src/create_order'), table, connection('orders/src/create_order/app.py', { target: { component: 'OrdersTable' }, role: 'uses', mechanism: 'database' })],
      ['orders:application', 'orderstable:database'],
      ['orders -> orderstable (database)'],
    ],
    [
      'of one name in two deployments stays each deployment\'s (hello_world/ in two stacks)',
      [...stack('orders', ['orders', 'orders/hello_world']), ...stack('billing', ['billing', 'billing/hello_world']), project('hello_world', 'orders/hello_world'), project('hello_world', 'billing/hello_world'), table, connection('billing/hello_world/app.py', { target: { component: 'OrdersTable' }, role: 'uses', mechanism: 'database' })],
      ['billing:application', 'orders:application', 'orderstable:database'],
      ['billing -> orderstable (database)'],
    ],
    [
      'is the code each runs when two deployments root it (one image run twice)',
      [component('api', { root: 'app' }), component('worker', { root: 'app' }), project('app-project', 'app'), table, connection('app/jobs.py', { target: { component: 'OrdersTable' }, role: 'uses', mechanism: 'database' })],
      ['api:application', 'orderstable:database', 'worker:application'],
      ['api -> orderstable (database)', 'worker -> orderstable (database)'],
    ],
    [
      'is the code each runs when two deployments root it, even in a folder named like the project (kiln/ of the project kiln)',
      [component('api', { root: '' }), component('worker', { root: '' }), project('kiln', ''), table, connection('kiln/jobs.py', { target: { component: 'OrdersTable' }, role: 'uses', mechanism: 'database' })],
      ['api:application', 'orderstable:database', 'worker:application'],
      ['api -> orderstable (database)', 'worker -> orderstable (database)'],
    ],
  ])('%s', (_name, facts, systems, expected) => {
    expect(resolveFacts(facts).systems.map((system) => `${system.id}:${system.kind}`).sort()).toEqual(systems);
    expect(edges(facts)).toEqual(expected);
  });
});

describe('resolveFacts', () => {
  it('merges a component defined before a later one names it as an alias, whichever comes first', () => {
    const facts: Fact[] = [
      component('ingress-nginx-controller', { labels: { app: 'controller' }, aliases: ['registry.k8s.io/ingress-nginx/controller:v1'] }),
      component('ingress-nginx', { kind: 'gateway', aliases: ['ingress-nginx-controller', 'ingress-nginx-controller.ingress-nginx.svc.cluster.local'] }),
      component('web', { root: 'web' }),
      connection('web/api.js', { target: { url: 'http://ingress-nginx-controller.ingress-nginx.svc.cluster.local/api' } }),
    ];
    for (const order of [facts, [...facts].reverse()]) {
      const graph = resolveFacts(order);
      expect(graph.systems.map((system) => `${system.id}:${system.kind}`)).toEqual(['ingress-nginx:gateway', 'web:application']);
      expect(edges(order)).toEqual(['web -> ingress-nginx (rest)']);
    }
  });

  it.each<[string, Fact[], string[]]>([
    [
      'a folder named like the image a deployment runs holds that deployment\'s code (one module for the whole repository)',
      [
        component('emojivoto', { root: '', evidence: at('go.mod') }),
        component('web', { aliases: ['acme/emojivoto-web:v1'] }),
        component('emoji', { aliases: ['acme/emojivoto-emoji-svc:v1'] }),
        { type: 'provides', api: 'EmojiService', protocol: 'grpc', names: ['EmojiService'], evidence: at('emojivoto-emoji-svc/api/api.go', 40) },
        connection('emojivoto-web/cmd/server.go', { mechanism: 'grpc', channel: 'EmojiService' }),
      ],
      ['web -> emoji (grpc EmojiService)'],
    ],
    [
      'a call to a tracing backend or a feature-flag server is plumbing, not an integration',
      [
        component('frontend', { root: 'frontend' }),
        component('jaeger', { technology: 'Jaeger', kind: 'other' }),
        component('flagd', { technology: 'flagd', kind: 'other' }),
        component('cart'),
        connection('frontend/src/tracing.ts', { target: { url: 'http://jaeger:14268/api/traces' } }),
        connection('frontend/src/flags.ts', { target: { url: 'http://flagd:8013' } }),
        connection('frontend/src/cart.ts', { target: { url: 'http://cart:8080' } }),
      ],
      ['frontend -> cart (rest)'],
    ],
    [
      'a gRPC stub with no address followed goes to the deployed system named like its service',
      [
        component('checkout', { root: 'src/checkout' }),
        component('currency', { root: 'src/currency' }),
        connection('src/checkout/main.go', { mechanism: 'grpc', channel: 'CurrencyService' }),
        connection('src/checkout/main.go', { mechanism: 'grpc', channel: 'LedgerService' }),
      ],
      ['checkout -> currency (grpc CurrencyService)'],
    ],
    [
      'a project built into the image a deployment runs is that deployment\'s code (no build context says so)',
      [
        component('api-gateway', { aliases: ['acme/shop-api-gateway:1.0'] }),
        component('visits', { aliases: ['acme/shop-visits'] }),
        component('shop-api-gateway', { root: 'shop-api-gateway', evidence: at('shop-api-gateway/pom.xml') }),
        connection('shop-api-gateway/src/main/java/Client.java', { target: { url: 'http://visits/pets' } }),
      ],
      ['api-gateway -> visits (rest)'],
    ],
    [
      'two deployments of one image leave the project apart',
      [
        component('worker-a', { aliases: ['acme/worker'] }),
        component('worker-b', { aliases: ['acme/worker'] }),
        component('visits'),
        component('worker', { root: 'worker', evidence: at('worker/pom.xml') }),
        connection('worker/src/main/java/Client.java', { target: { url: 'http://visits/pets' } }),
      ],
      ['worker -> visits (rest)'],
    ],
    [
      'several deployables of one image take the project named like it, which is their shared code (shareProjectsAmongImageRunners)',
      [
        component('web', { aliases: ['ghcr.io/acme/shopapp:2.1'] }),
        component('worker', { aliases: ['ghcr.io/acme/shopapp:2.1'] }),
        component('visits'),
        component('server', { root: 'packages/server', project: true, aliases: ['shopapp'], confidence: CONFIDENCE.weak, evidence: at('packages/server/package.json') }),
        connection('packages/server/src/client.ts', { target: { url: 'http://visits/pets' } }),
      ],
      ['web -> visits (rest)', 'worker -> visits (rest)'],
    ],
    [
      'several deployables of a public publisher\'s image leave a folder of that name apart',
      [
        component('migrate-hook', { aliases: ['bitnami/kubectl:1.29'] }),
        component('seed-hook', { aliases: ['bitnami/kubectl:1.29'] }),
        component('visits'),
        component('kubectl', { root: 'tools/kubectl', project: true, confidence: CONFIDENCE.weak, evidence: at('tools/kubectl/pyproject.toml') }),
        connection('tools/kubectl/notify.py', { target: { url: 'http://visits/pets' } }),
      ],
      ['kubectl -> visits (rest)'],
    ],
    [
      'several deployables of one image and a project of that name with no code read: nothing is joined',
      [
        component('web', { aliases: ['ghcr.io/acme/shopapp:2.1'] }),
        component('worker', { aliases: ['ghcr.io/acme/shopapp:2.1'] }),
        component('shopapp', { root: 'shopapp', project: true, confidence: CONFIDENCE.weak, evidence: at('shopapp/package.json') }),
        component('visits'),
        connection('tools/probe.ts', { target: { url: 'http://visits/pets' } }),
      ],
      [],
    ],
    [
      'a literal URL in code resolves to the component whose name is the host',
      [component('frontend', { root: 'frontend' }), component('cart-service', { root: 'cart' }), connection('frontend/src/api.ts', { target: { url: 'http://cartservice:8080/cart' } })],
      ['frontend -> cart-service (rest)'],
    ],
    [
      'an env var read in code follows the binding of its component',
      [
        component('frontend', { root: 'web' }),
        component('cart'),
        { type: 'binding', component: 'frontend', key: 'CART_ADDR', value: 'cart:7070', evidence: at('docker-compose.yml', 12) },
        connection('web/main.go', { mechanism: 'grpc', target: { key: 'CART_ADDR' } }),
      ],
      ['frontend -> cart (grpc)'],
    ],
    [
      'a binding that names another key is followed to its value (a field set from an env var in another file)',
      [
        component('frontend', { root: 'frontend' }),
        component('cart'),
        { type: 'binding', scope: 'frontend', key: 'code:cartSvcAddr', value: '$ref:CART_SERVICE_ADDR', evidence: at('frontend/main.go', 40) },
        { type: 'binding', component: 'frontend', key: 'CART_SERVICE_ADDR', value: 'cart:7070', evidence: at('k8s/frontend.yaml', 22) },
        connection('frontend/rpc.go', { mechanism: 'grpc', target: { key: 'code:cartSvcAddr' } }),
      ],
      ['frontend -> cart (grpc)'],
    ],
    [
      'a target with a key and a host follows the key when something binds it',
      [
        component('edge', { root: 'edge' }),
        component('catalogue'),
        { type: 'binding', scope: 'edge', key: 'nginx-upstream:backend', value: 'catalogue:8080', evidence: at('edge/nginx.conf', 4) },
        connection('edge/conf.d/default.conf', { target: { key: 'nginx-upstream:backend', host: 'backend' } }),
      ],
      ['edge -> catalogue (rest)'],
    ],
    [
      'a target with a key and a host falls back to the host when nothing binds the key',
      [component('edge', { root: 'edge' }), component('catalogue'), connection('edge/conf.d/default.conf', { target: { key: 'nginx-upstream:catalogue', host: 'catalogue' } })],
      ['edge -> catalogue (rest)'],
    ],
    [
      'a binding scoped to a folder applies to code below it',
      [component('orders', { root: 'orders' }), component('db', { kind: 'database', technology: 'postgres' }), { type: 'binding', scope: 'orders', key: 'spring.datasource.url', value: 'jdbc:postgresql://db:5432/orders', evidence: at('orders/src/main/resources/application.yml', 3) }, connection('orders/src/main/java/Repo.java', { role: 'uses', mechanism: 'database', target: { key: 'SPRING_DATASOURCE_URL' } })],
      ['orders -> db (database)'],
    ],
    [
      'a dashed Spring key is found under its relaxed environment form, which the component sets over the file',
      [
        component('ui', { root: 'ui' }), component('checkout'),
        { type: 'binding', scope: 'ui', key: 'kiosk.ui.checkout-url', value: 'http://localhost:8083', evidence: at('ui/src/main/resources/application.yml', 4) },
        { type: 'binding', component: 'ui', key: 'KIOSK_UI_CHECKOUTURL', value: 'http://checkout:8080', evidence: at('docker-compose.yml', 9) },
        connection('ui/src/main/java/Clients.java', { target: { key: 'kiosk.ui.checkout-url' } }),
      ],
      ['ui -> checkout (rest)'],
    ],
    [
      'a key read in kebab case is set in camelCase in application.yml',
      [
        component('ui', { root: 'ui' }), component('checkout'),
        { type: 'binding', scope: 'ui', key: 'kiosk.ui.checkoutUrl', value: 'http://checkout:8080', evidence: at('ui/src/main/resources/application.yml', 4) },
        connection('ui/src/main/java/Clients.java', { target: { key: 'kiosk.ui.checkout-url' } }),
      ],
      ['ui -> checkout (rest)'],
    ],
    [
      'an environment variable without dots is not read in relaxed form (CART_ADDR is not CARTADDR)',
      [
        component('ui', { root: 'ui' }), component('cart'),
        { type: 'binding', component: 'ui', key: 'CARTADDR', value: 'http://cart:8080', evidence: at('docker-compose.yml', 9) },
        connection('ui/main.go', { target: { key: 'CART_ADDR' } }),
      ],
      [],
    ],
    [
      'messaging goes producer -> broker -> consumer, through the defined broker',
      [
        component('kafka', { kind: 'message-broker', technology: 'confluentinc/cp-kafka' }),
        component('labels', { root: 'labels' }),
        component('tracking', { root: 'tracking' }),
        connection('labels/app.py', { role: 'produces', mechanism: 'messaging', technology: 'Kafka', channel: 'parcel-events' }),
        connection('tracking/Consumer.kt', { role: 'consumes', mechanism: 'messaging', technology: 'Kafka', channel: 'parcel-events' }),
      ],
      ['kafka -> tracking (messaging parcel-events)', 'labels -> kafka (messaging parcel-events)'],
    ],
    [
      'a Kubernetes Service name is an alias of the workload it selects',
      [
        component('tracking-v2', { labels: { app: 'tracking' }, evidence: at('k8s/tracking.yaml') }),
        component('tracking-svc', { selector: { app: 'tracking' }, evidence: at('k8s/tracking.yaml', 20) }),
        component('shipping', { root: 'shipping' }),
        connection('shipping/Client.cs', { target: { url: 'http://tracking-svc.logistics.svc.cluster.local:8080/track' } }),
      ],
      ['shipping -> tracking-v2 (rest)'],
    ],
    [
      'a public host becomes an external system; localhost is nobody',
      [component('payments', { root: 'payments' }), connection('payments/Psp.java', { target: { url: 'https://api.psp.exampleco.com/v1' } }), connection('payments/Test.java', { target: { url: 'http://localhost:1234' } })],
      ['payments -> api-psp-exampleco-com (rest)'],
    ],
    [
      'reserved documentation hosts (RFC 2606, 6761) are nobody, written in code or bound to a key',
      [
        component('payments', { root: 'payments' }),
        connection('payments/Fax.java', { target: { url: 'http://fax-gateway.legacy.example/api' } }),
        connection('payments/Docs.java', { target: { url: 'https://api.example.com/v1' } }),
        connection('payments/Sms.java', { target: { host: 'sms.partner.example.net', port: 443 } }),
        connection('payments/Mail.java', { role: 'uses', mechanism: 'email', target: { host: 'smtp.shop.test' } }),
        connection('payments/Queue.java', { role: 'produces', mechanism: 'messaging', technology: 'AMQP', target: { url: 'amqp://bus.invalid:5672' } }),
      ],
      [],
    ],
    [
      'depends_on gives way to a more specific connection between the same pair',
      [component('web', { root: 'web' }), component('api'), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'api' } }), connection('web/x.ts', { target: { url: 'http://api:80/' } })],
      ['web -> api (rest)'],
    ],
    [
      'depends_on also gives way to a connection in the other direction (a consumer and its broker)',
      [
        component('bus', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('worker', { root: 'worker' }),
        connection('docker-compose.yml', { component: 'worker', role: 'depends', mechanism: 'other', target: { component: 'bus' } }),
        connection('worker/main.py', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ', channel: 'jobs' }),
      ],
      ['bus -> worker (messaging jobs)'],
    ],
    [
      'a producer whose broker address is followed to nothing, among two deployed brokers of its product, invents no broker',
      [
        component('celery-mq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('events-mq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('web', { root: 'web' }),
        connection('web/amqp.py', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', target: { key: 'code:init:AmqpPublisher#0' }, channel: 'events' }),
      ],
      [],
    ],
    [
      'a producer with no address at all, among two deployed brokers of its product named for their roles, invents no broker',
      [
        component('celery-mq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('events-mq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('web', { root: 'web' }),
        connection('web/amqp.py', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', channel: 'events' }),
      ],
      [],
    ],
    [
      'a producer with no address at all, beside a broker named after its product and another, is the product-named one\'s',
      [
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('events-mq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('web', { root: 'web' }),
        connection('web/amqp.py', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', channel: 'events' }),
      ],
      ['web -> rabbitmq (messaging events)'],
    ],
    [
      'with one deployed broker of its product, that one is the producer’s',
      [
        component('events-mq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('web', { root: 'web' }),
        connection('web/amqp.py', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', target: { key: 'code:init:AmqpPublisher#0' }, channel: 'events' }),
      ],
      ['web -> events-mq (messaging events)'],
    ],
    [
      'a depends_on between two services exchanging messages through one broker orders their start only',
      [
        component('bus', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('counter', { root: 'counter' }),
        component('barista', { root: 'barista' }),
        connection('docker-compose.yml', { component: 'barista', role: 'depends', mechanism: 'other', target: { component: 'counter' } }),
        connection('counter/publish.go', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', target: { component: 'bus' }, channel: 'orders' }),
        connection('barista/consume.go', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ', target: { component: 'bus' }, channel: 'orders' }),
      ],
      ['bus -> barista (messaging orders)', 'counter -> bus (messaging orders)'],
    ],
    [
      'a depends_on between two services with no broker in common says their start order only: no edge',
      [
        component('bus', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('counter', { root: 'counter' }),
        component('barista', { root: 'barista' }),
        connection('docker-compose.yml', { component: 'barista', role: 'depends', mechanism: 'other', target: { component: 'counter' } }),
        connection('counter/publish.go', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', target: { component: 'bus' }, channel: 'orders' }),
      ],
      ['counter -> bus (messaging orders)'],
    ],
    [
      'a depends_on between two services that both only wait for one broker is no call, whatever web port the other opens',
      [
        component('kafka', { kind: 'message-broker', technology: 'Kafka' }),
        component('core', { ports: [8080] }),
        component('transport'),
        connection('docker-compose.yml', { component: 'core', role: 'depends', mechanism: 'other', target: { component: 'kafka' } }),
        connection('docker-compose.yml', { component: 'transport', role: 'depends', mechanism: 'other', target: { component: 'kafka' } }),
        connection('docker-compose.yml', { component: 'transport', role: 'depends', mechanism: 'other', target: { component: 'core' } }),
      ],
      ['core -> kafka (messaging)', 'transport -> kafka (messaging)'],
    ],
    [
      'a depends_on between two services waiting for one broker is a call when the waiting one\'s own settings name the other',
      [
        component('kafka', { kind: 'message-broker', technology: 'Kafka' }),
        component('core', { ports: [8080] }),
        component('transport'),
        { type: 'binding', component: 'transport', key: 'CORE_URL', value: 'http://core:8080', evidence: at('docker-compose.yml', 20) },
        connection('docker-compose.yml', { component: 'core', role: 'depends', mechanism: 'other', target: { component: 'kafka' } }),
        connection('docker-compose.yml', { component: 'transport', role: 'depends', mechanism: 'other', target: { component: 'kafka' } }),
        connection('docker-compose.yml', { component: 'transport', role: 'depends', mechanism: 'other', target: { component: 'core' } }),
      ],
      ['core -> kafka (messaging)', 'transport -> core (rest)', 'transport -> kafka (messaging)'],
    ],
    [
      'a mail host every JVM service is given is used by the one whose code sends mail',
      [
        component('orders', { root: 'orders' }),
        component('notifier', { root: 'notifier' }),
        component('mailer', { root: 'mailer' }),
        // A Maven project whose code connects to nothing: its code is read all the same.
        component('billing', { root: 'billing' }),
        component('billing', { root: 'billing', project: true, confidence: CONFIDENCE.weak, evidence: at('billing/pom.xml') }),
        { type: 'binding', component: 'billing', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('k8s/shared-config.yaml', 9) },
        component('postgres', { kind: 'database', technology: 'PostgreSQL' }),
        { type: 'binding', component: 'orders', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('k8s/shared-config.yaml', 9) },
        { type: 'binding', component: 'notifier', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('k8s/shared-config.yaml', 9) },
        { type: 'binding', component: 'mailer', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('k8s/shared-config.yaml', 9) },
        connection('orders/src/main/java/com/acme/orders/OrderRepository.java', { role: 'uses', mechanism: 'database', target: { component: 'postgres' } }),
        connection('notifier/src/main/java/com/acme/notifier/Mails.java', { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'spring.mail.host' } }),
      ],
      // The mailer's code is not in the scan: nothing says it does not send mail.
      ['mailer -> smtp-mailrelay-io (email)', 'notifier -> smtp-mailrelay-io (email)', 'orders -> postgres (database)'],
    ],
    [
      'a mail host given to one JVM service alone is its own, whatever its code shows',
      [
        component('admin', { root: 'admin' }),
        component('admin', { root: 'admin', project: true, confidence: CONFIDENCE.weak, evidence: at('admin/pom.xml') }),
        { type: 'binding', component: 'admin', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('docker-compose.yml', 14) },
      ],
      ['admin -> smtp-mailrelay-io (email)'],
    ],
    [
      'a mail host given to one JVM service whose only mail code is switched off is not used',
      [
        component('orders', { root: 'orders' }),
        component('orders', { root: 'orders', project: true, confidence: CONFIDENCE.weak, evidence: at('orders/pom.xml') }),
        { type: 'binding', component: 'orders', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('docker-compose.yml', 14) },
        { type: 'binding', key: 'acme.invoice.mail.enabled', value: 'false', scope: 'orders', evidence: at('orders/src/main/resources/application.yml', 12) },
        connection('orders/src/main/java/com/acme/orders/InvoiceMailer.java', { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'spring.mail.host' }, conditions: [{ key: 'acme.invoice.mail.enabled', test: 'true' }] }),
      ],
      [],
    ],
    [
      'the same mailer switched on by the deployment uses it',
      [
        component('orders', { root: 'orders' }),
        component('orders', { root: 'orders', project: true, confidence: CONFIDENCE.weak, evidence: at('orders/pom.xml') }),
        { type: 'binding', component: 'orders', key: 'SPRING_MAIL_HOST', value: 'smtp.mailrelay.io', evidence: at('docker-compose.yml', 14) },
        { type: 'binding', component: 'orders', key: 'ACME_INVOICE_MAIL_ENABLED', value: 'true', evidence: at('docker-compose.yml', 15) },
        { type: 'binding', key: 'acme.invoice.mail.enabled', value: 'false', scope: 'orders', evidence: at('orders/src/main/resources/application.yml', 12) },
        connection('orders/src/main/java/com/acme/orders/InvoiceMailer.java', { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'spring.mail.host' }, conditions: [{ key: 'acme.invoice.mail.enabled', test: 'true' }] }),
      ],
      ['orders -> smtp-mailrelay-io (email)'],
    ],
    [
      'a service waiting for the gateway in front of it does not call it, whatever port the gateway opens',
      [
        component('api-gateway', { ports: [8080] }),
        component('orders', { ports: [8080] }),
        component('stock', { ports: [8080] }),
        connection('api-gateway/src/main/resources/application.yml', { component: 'api-gateway', role: 'calls', mechanism: 'rest', target: { component: 'orders' }, routed: true }),
        connection('docker-compose.yml', { component: 'orders', role: 'depends', mechanism: 'other', target: { component: 'api-gateway' } }),
        connection('docker-compose.yml', { component: 'stock', role: 'depends', mechanism: 'other', target: { component: 'api-gateway' } }),
      ],
      ['api-gateway -> orders (rest)'],
    ],
    [
      'a service waiting for its gateway calls it when its own settings name the gateway',
      [
        component('api-gateway', { ports: [8080] }),
        component('orders', { ports: [8080] }),
        component('stock', { ports: [8080] }),
        { type: 'binding', component: 'stock', key: 'CATALOG_URL', value: 'http://api-gateway:8080/catalog', evidence: at('docker-compose.yml', 30) },
        connection('api-gateway/src/main/resources/application.yml', { component: 'api-gateway', role: 'calls', mechanism: 'rest', target: { component: 'orders' }, routed: true }),
        connection('docker-compose.yml', { component: 'stock', role: 'depends', mechanism: 'other', target: { component: 'api-gateway' } }),
      ],
      ['api-gateway -> orders (rest)', 'stock -> api-gateway (rest)'],
    ],
    [
      'a front end the proxy routes to still calls through the proxy when it waits for it and its settings name it',
      [
        component('service-proxy', { ports: [80] }),
        component('web', { ports: [3000] }),
        { type: 'binding', component: 'web', key: 'NEXT_PUBLIC_API_HOST', value: 'http://service-proxy/api', evidence: at('docker-compose.yml', 30) },
        connection('proxy/default.conf.template', { component: 'service-proxy', role: 'calls', mechanism: 'rest', target: { component: 'web' }, routed: true }),
        connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'service-proxy' } }),
      ],
      ['service-proxy -> web (rest)', 'web -> service-proxy (rest)'],
    ],
    [
      'a front end the proxy routes to, waiting for it with no setting naming it, makes no call back',
      [
        component('service-proxy', { ports: [80] }),
        component('web', { ports: [3000] }),
        connection('proxy/default.conf.template', { component: 'service-proxy', role: 'calls', mechanism: 'rest', target: { component: 'web' }, routed: true }),
        connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'service-proxy' } }),
      ],
      ['service-proxy -> web (rest)'],
    ],
    [
      'a consumer waiting for its broker, whose settings name it, is that broker -> consumer edge only',
      [
        component('rabbit', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('mailer', { root: 'mailer' }),
        { type: 'binding', component: 'mailer', key: 'AMQP_URL', value: 'amqp://rabbit:5672', evidence: at('docker-compose.yml', 12) },
        connection('mailer/consume.js', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ', target: { component: 'rabbit' } }),
        connection('docker-compose.yml', { component: 'mailer', role: 'depends', mechanism: 'other', target: { component: 'rabbit' } }),
      ],
      ['rabbit -> mailer (messaging)'],
    ],
    [
      'a depends_on whose only sign of the protocol is where the waiting service sends its traces stays a start order',
      [
        component('collector', { root: 'collector' }),
        component('query', { root: 'query' }),
        { type: 'binding', component: 'query', key: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://collector:4318', evidence: at('docker-compose.yml', 21) },
        connection('docker-compose.yml', { component: 'query', role: 'depends', mechanism: 'other', target: { component: 'collector' } }),
      ],
      [],
    ],
    [
      'depending on a Redis the code uses only as a queue is messaging (a Celery monitor waiting for the broker)',
      [
        component('redis', { kind: 'database', technology: 'Redis' }),
        component('worker', { root: 'worker' }),
        component('flower'),
        connection('worker/tasks.py', { role: 'consumes', mechanism: 'messaging', technology: 'Redis', target: { component: 'redis' } }),
        connection('docker-compose.yml', { component: 'flower', role: 'depends', mechanism: 'other', target: { component: 'redis' } }),
      ],
      ['flower -> redis (messaging)', 'redis -> worker (messaging)'],
    ],
    [
      'depending on a Redis the code also reads and writes stays database use',
      [
        component('redis', { kind: 'database', technology: 'Redis' }),
        component('worker', { root: 'worker' }),
        component('web', { root: 'web' }),
        component('flower'),
        connection('worker/tasks.py', { role: 'consumes', mechanism: 'messaging', technology: 'Redis', target: { component: 'redis' } }),
        connection('web/cache.py', { role: 'uses', mechanism: 'database', technology: 'Redis', target: { component: 'redis' } }),
        connection('docker-compose.yml', { component: 'flower', role: 'depends', mechanism: 'other', target: { component: 'redis' } }),
      ],
      ['flower -> redis (database)', 'redis -> worker (messaging)', 'web -> redis (database)'],
    ],
    [
      'a depends_on merged with the same client producing (no topic) stays, beside its consuming',
      [
        component('kafka', { kind: 'message-broker', technology: 'Kafka' }),
        component('ksqldb', { root: 'ksqldb' }),
        connection('docker-compose.yml', { component: 'ksqldb', role: 'depends', mechanism: 'other', target: { component: 'kafka' } }),
        connection('docker-compose.yml', { component: 'ksqldb', role: 'produces', mechanism: 'messaging', technology: 'Kafka', target: { component: 'kafka' } }),
        connection('docker-compose.yml', { component: 'ksqldb', role: 'consumes', mechanism: 'messaging', technology: 'Kafka', target: { component: 'kafka' } }),
      ],
      ['kafka -> ksqldb (messaging)', 'ksqldb -> kafka (messaging)'],
    ],
    [
      'a consumer whose broker address is an environment variable, depending on that broker: the broker -> consumer edge only (AMQP URL)',
      [
        component('events', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('notifier', { root: 'notifier' }),
        { type: 'binding', component: 'notifier', key: 'EVENTS_URL', value: 'amqp://ferry:ferry@events:5672/', evidence: at('docker-compose.yml', 12) },
        connection('docker-compose.yml', { component: 'notifier', role: 'depends', mechanism: 'other', target: { component: 'events' } }),
        connection('notifier/src/holds.js', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ', target: { key: 'EVENTS_URL' } }),
      ],
      ['events -> notifier (messaging)'],
    ],
    [
      'a consumer whose broker address is an environment variable, depending on that broker: the broker -> consumer edge only (Kafka host:port, a topic)',
      [
        component('kafka', { kind: 'message-broker', technology: 'Kafka' }),
        component('notifier', { root: 'notifier' }),
        { type: 'binding', component: 'notifier', key: 'KAFKA_BROKERS', value: 'kafka:9092', evidence: at('docker-compose.yml', 13) },
        connection('docker-compose.yml', { component: 'notifier', role: 'depends', mechanism: 'other', target: { component: 'kafka' } }),
        connection('notifier/src/confirmations.js', { role: 'consumes', mechanism: 'messaging', technology: 'Kafka', channel: 'booking-confirmed', target: { key: 'KAFKA_BROKERS' } }),
      ],
      ['kafka -> notifier (messaging booking-confirmed)'],
    ],
    [
      'a one-shot job is depended on for its start only, and keeps its own edges (a migration and the database it migrates)',
      [
        component('bookings', { root: 'bookings' }),
        component('bookings-db', { kind: 'database', technology: 'PostgreSQL' }),
        component('bookings-migrate', { runsOnce: true }),
        connection('docker-compose.yml', { component: 'bookings', role: 'depends', mechanism: 'other', target: { component: 'bookings-db' } }),
        connection('docker-compose.yml', { component: 'bookings', role: 'depends', mechanism: 'other', target: { component: 'bookings-migrate' } }),
        connection('docker-compose.yml', { component: 'bookings-migrate', role: 'depends', mechanism: 'other', target: { component: 'bookings-db' } }),
      ],
      ['bookings -> bookings-db (database)', 'bookings-migrate -> bookings-db (database)'],
    ],
    [
      'a service built from a Dockerfile FROM a datastore is that datastore, under the service\'s name',
      [
        component('audit', { root: 'audit' }),
        component('audit-store', { root: 'infra', dockerfile: 'infra/audit-store.Dockerfile' }),
        component('infra', { kind: 'database', technology: 'PostgreSQL', root: 'infra', dockerfile: 'infra/audit-store.Dockerfile', evidence: at('infra/audit-store.Dockerfile'), confidence: CONFIDENCE.weak }),
        connection('docker-compose.yml', { component: 'audit', role: 'depends', mechanism: 'other', target: { component: 'audit-store' } }),
      ],
      ['audit -> audit-store (database)'],
    ],
    [
      'a gRPC client with no address reaches the component providing its service',
      [component('checkout', { root: 'checkout' }), component('payment', { root: 'payment' }), { type: 'provides', api: 'shop.PaymentService', protocol: 'grpc', names: ['PaymentService'], evidence: at('payment/server.go', 4) }, connection('checkout/main.go', { mechanism: 'grpc', channel: 'PaymentService' })],
      ['checkout -> payment (grpc PaymentService)'],
    ],
    [
      'depending on a datastore is using it',
      [component('user', { root: 'user' }), component('user-db', { kind: 'database', technology: 'MongoDB' }), connection('docker-compose.yml', { component: 'user', role: 'depends', mechanism: 'other', target: { component: 'user-db' } })],
      ['user -> user-db (database)'],
    ],
    [
      'depending on a mail server (MailHog) is sending mail through it, on an object store (MinIO, Azurite) moving files; on LocalStack, a whole cloud, it says nothing more',
      [
        component('billing', { root: 'billing' }),
        component('mailhog', { kind: 'saas', technology: 'SMTP' }),
        component('minio', { kind: 'file-store', technology: 'MinIO' }),
        component('azurite', { kind: 'file-store', technology: 'Azure Storage' }),
        component('localstack', { kind: 'file-store', technology: 'LocalStack' }),
        connection('docker-compose.yml', { component: 'billing', role: 'depends', mechanism: 'other', target: { component: 'mailhog' } }),
        connection('docker-compose.yml', { component: 'billing', role: 'depends', mechanism: 'other', target: { component: 'minio' } }),
        connection('docker-compose.yml', { component: 'billing', role: 'depends', mechanism: 'other', target: { component: 'azurite' } }),
        connection('docker-compose.yml', { component: 'billing', role: 'depends', mechanism: 'other', target: { component: 'localstack' } }),
      ],
      ['billing -> azurite (file-transfer)', 'billing -> localstack (other)', 'billing -> mailhog (email)', 'billing -> minio (file-transfer)'],
    ],
    [
      'an HTTP call to an object store (an S3 endpoint override on MinIO) is a file transfer, and so is depending on a store others reach that way',
      [
        component('documents', { root: 'documents' }),
        component('reports', { root: 'reports' }),
        component('minio', { kind: 'file-store', technology: 'MinIO' }),
        connection('documents/src/main/resources/application.yml', { target: { url: 'http://minio:9000' } }),
        connection('docker-compose.yml', { component: 'reports', role: 'depends', mechanism: 'other', target: { component: 'minio' } }),
      ],
      ['documents -> minio (file-transfer)', 'reports -> minio (file-transfer)'],
    ],
    [
      "an HTTP call to a database's own HTTP API (Elasticsearch, ClickHouse) is using the store; one to an application stays a call",
      [
        component('cleaner', { root: 'cleaner' }),
        component('elasticsearch', { kind: 'database', technology: 'Elasticsearch' }),
        component('clickhouse', { kind: 'database', technology: 'ClickHouse' }),
        component('query', { root: 'query' }),
        connection('deploy/cronjob.yaml', { component: 'cleaner', target: { url: 'http://elasticsearch:9200' } }),
        connection('deploy/cronjob.yaml', { component: 'cleaner', target: { url: 'http://clickhouse:8123/?query=SELECT%201' } }),
        connection('deploy/cronjob.yaml', { component: 'cleaner', target: { url: 'http://query:16686/api/services' } }),
        // A reverse proxy's route forwards its clients' requests: still a call.
        component('proxy', { root: 'proxy' }),
        connection('proxy/Caddyfile', { component: 'proxy', routed: true, target: { url: 'http://elasticsearch:9200' } }),
      ],
      ['cleaner -> clickhouse (database)', 'cleaner -> elasticsearch (database)', 'cleaner -> query (rest)', 'proxy -> elasticsearch (rest)'],
    ],
    [
      "a gateway's route to an object store forwards HTTP requests: a call, where a service's own call moves files",
      [
        component('uploader', { root: 'uploader' }),
        component('minio', { kind: 'file-store', technology: 'MinIO' }),
        component('edge', { root: 'edge' }),
        component('nginx', { kind: 'gateway', technology: 'NGINX' }),
        connection('uploader/settings.py', { component: 'uploader', target: { url: 'http://minio:9000' } }),
        connection('edge/Caddyfile', { component: 'edge', routed: true, target: { url: 'http://minio:9000' } }),
        // An nginx given the store's address in its settings (`MINIO_UPSTREAM_URL`) proxies to it.
        connection('docker-compose.yml', { component: 'nginx', target: { url: 'http://minio:9000' } }),
      ],
      ['edge -> minio (rest)', 'nginx -> minio (rest)', 'uploader -> minio (file-transfer)'],
    ],
    [
      'a Service Bus queue whose namespace is a secret is a system named after the queue, where its producer and consumer meet',
      [
        component('ingestion', { root: 'ingestion' }),
        component('workflow', { root: 'workflow' }),
        connection('ingestion/Sender.java', { role: 'produces', mechanism: 'messaging', technology: 'Azure Service Bus', channel: 'dispatchrequests', target: {} }),
        connection('workflow/Processor.cs', { role: 'consumes', mechanism: 'messaging', technology: 'Azure Service Bus', channel: 'dispatchrequests', target: {} }),
      ],
      ['dispatchrequests -> workflow (messaging dispatchrequests)', 'ingestion -> dispatchrequests (messaging dispatchrequests)'],
    ],
    [
      'depending on a broker is messaging through it',
      [component('worker', { root: 'worker' }), component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }), connection('docker-compose.yml', { component: 'worker', role: 'depends', mechanism: 'other', target: { component: 'rabbitmq' } })],
      ['worker -> rabbitmq (messaging)'],
    ],
    [
      "a process waiting for another of its own codebase (a worker for its API's migrations) does not call it",
      [
        component('api', { root: 'apps/api' }),
        component('worker', { root: 'apps/api' }),
        component('web', { root: 'apps/web' }),
        { type: 'provides', api: 'Backend', protocol: 'rest', evidence: at('apps/api/openapi.yaml', 1) },
        connection('docker-compose.yml', { component: 'worker', role: 'depends', mechanism: 'other', target: { component: 'api' } }),
        connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'api' } }),
      ],
      ['web -> api (rest)'],
    ],
    [
      'depending on an application offering one kind of interface is calling it with that protocol',
      [component('web', { root: 'web' }), component('catalogue', { root: 'catalogue' }), { type: 'provides', api: 'Catalogue', protocol: 'rest', evidence: at('catalogue/openapi.yaml', 1) }, connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'catalogue' } })],
      ['web -> catalogue (rest)'],
    ],
    [
      'depending on an application others call one way only is calling it that way',
      [component('web', { root: 'web' }), component('api', { root: 'api' }), component('identity'), connection('api/Program.cs', { target: { url: 'http://identity' } }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'identity' } })],
      ['api -> identity (rest)', 'web -> identity (rest)'],
    ],
    [
      'depending on an application its own settings name with a datastore port is using it as that datastore',
      [
        component('web', { root: 'web' }),
        component('accounts-db'),
        { type: 'binding', component: 'web', key: 'MONGO_HOST', value: 'accounts-db:27017', evidence: at('docker-compose.yml', 5) },
        connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'accounts-db' } }),
      ],
      ['web -> accounts-db (database)'],
    ],
    [
      "depending on an application listening on a broker's AMQP port → messaging",
      [component('web', { root: 'web' }), component('svc', { ports: [5672, 15672] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (messaging)'],
    ],
    [
      "depending on an application listening on Kafka's port → messaging",
      [component('web', { root: 'web' }), component('svc', { ports: [9092] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (messaging)'],
    ],
    [
      "depending on an application listening on NATS's port → messaging",
      [component('web', { root: 'web' }), component('svc', { ports: [4222, 8222] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (messaging)'],
    ],
    [
      "depending on an application listening on MQTT's port → messaging",
      [component('web', { root: 'web' }), component('svc', { ports: [1883] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (messaging)'],
    ],
    [
      "depending on an application listening on a cache's port → database",
      [component('web', { root: 'web' }), component('svc', { ports: [6379] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (database)'],
    ],
    [
      "depending on an application listening on Memcached's port → database",
      [component('web', { root: 'web' }), component('svc', { ports: [11211] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (database)'],
    ],
    [
      "depending on an application listening on a database's port beside an HTTP admin port → database",
      [component('web', { root: 'web' }), component('svc', { ports: [8080, 5432] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (database)'],
    ],
    [
      'depending on an application listening on two database ports → database',
      [component('web', { root: 'web' }), component('svc', { ports: [3306, 27017] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (database)'],
    ],
    [
      "depending on an application listening on SQL Server's and Oracle's ports → database",
      [component('web', { root: 'web' }), component('svc', { ports: [1433, 1521] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (database)'],
    ],
    [
      "depending on an application listening on gRPC's conventional port beside HTTP → grpc",
      [component('web', { root: 'web' }), component('svc', { ports: [8080, 50051] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (grpc)'],
    ],
    [
      'depending on an application listening on an HTTP port only → rest',
      [component('web', { root: 'web' }), component('svc', { ports: [8080, 9000] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (rest)'],
    ],
    [
      'depending on an application listening on port 443 → rest',
      [component('web', { root: 'web' }), component('svc', { ports: [443] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (rest)'],
    ],
    [
      'depending on an application listening on a database port and a broker port (which one?) is a start order only',
      [component('web', { root: 'web' }), component('svc', { ports: [5432, 5672] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      [],
    ],
    [
      'depending on an application listening on ports that say nothing is a start order only',
      [component('web', { root: 'web' }), component('svc', { ports: [9000, 7000] }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      [],
    ],
    [
      'ports come after the interfaces offered: a gRPC service on 8080 is called with gRPC',
      [component('web', { root: 'web' }), component('svc', { root: 'svc', ports: [8080] }), { type: 'provides', api: 'Svc', protocol: 'grpc', evidence: at('svc/svc.proto', 1) }, connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (grpc)'],
    ],
    [
      "ports come after the depending system's own settings: a Redis URL to a service on 8080",
      [component('web', { root: 'web' }), component('svc', { ports: [8080] }), { type: 'binding', component: 'web', key: 'CACHE_URL', value: 'redis://svc:6379', evidence: at('docker-compose.yml', 5) }, connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'svc' } })],
      ['web -> svc (database)'],
    ],
    [
      'depending on an application nothing says more about is a start order only',
      [component('web', { root: 'web' }), component('audit', { root: 'audit' }), connection('docker-compose.yml', { component: 'web', role: 'depends', mechanism: 'other', target: { component: 'audit' } })],
      [],
    ],
    [
      'a class library is no system, and its own calls make no edges',
      [
        component('EventBusRabbitMQ', { root: 'src/BuildingBlocks/EventBusRabbitMQ', library: true, confidence: CONFIDENCE.weak }),
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        connection('src/BuildingBlocks/EventBusRabbitMQ/EventBusRabbitMQ.cs', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ' }),
      ],
      [],
    ],
    [
      'a library project deployed by name is a system after all',
      [
        component('worker', { root: 'src/worker', library: true, confidence: CONFIDENCE.weak }),
        component('worker'),
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        connection('src/worker/Consumer.cs', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ' }),
      ],
      ['rabbitmq -> worker (messaging)'],
    ],
    [
      'a library project whose folder a compose service builds is that service\'s code',
      [
        component('Common.Worker', { root: 'src/worker', library: true, confidence: CONFIDENCE.weak }),
        component('jobs', { root: 'src/worker' }),
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        connection('src/worker/Consumer.cs', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ' }),
      ],
      ['rabbitmq -> jobs (messaging)'],
    ],
    [
      'a config server, registry or admin server built in-house takes and makes no edges, in either direction',
      [
        component('config-server', { root: 'config-server' }),
        component('discovery', { root: 'discovery' }),
        component('admin', { root: 'admin' }),
        component('orders', { root: 'orders' }),
        component('orders-db', { kind: 'database', technology: 'PostgreSQL' }),
        { type: 'control-plane', role: 'config', technology: 'Spring Cloud Config Server', evidence: at('config-server/src/main/java/acme/ConfigServer.java', 4) },
        { type: 'control-plane', role: 'registry', technology: 'Eureka', evidence: at('discovery/pom.xml', 12) },
        { type: 'control-plane', component: 'admin', role: 'monitoring', technology: 'Spring Boot Admin', evidence: at('admin/build.gradle', 3) },
        connection('docker-compose.yml', { component: 'orders', role: 'depends', mechanism: 'other', target: { component: 'config-server' } }),
        connection('docker-compose.yml', { component: 'orders', role: 'depends', mechanism: 'other', target: { component: 'discovery' } }),
        connection('docker-compose.yml', { component: 'config-server', role: 'depends', mechanism: 'other', target: { component: 'discovery' } }),
        connection('docker-compose.yml', { component: 'admin', role: 'depends', mechanism: 'other', target: { component: 'orders' } }),
        { type: 'binding', scope: 'orders', key: 'spring.boot.admin.client.url', value: 'http://admin:9090', evidence: at('orders/src/main/resources/application.yml', 9) },
        connection('orders/src/main/java/acme/AdminPing.java', { target: { key: 'spring.boot.admin.client.url' } }),
        connection('admin/src/main/java/acme/Poller.java', { target: { url: 'http://orders:8080/actuator/health' } }),
        connection('orders/src/main/java/acme/Repo.java', { role: 'uses', mechanism: 'database', target: { url: 'jdbc:postgresql://orders-db:5432/orders' } }),
      ],
      ['orders -> orders-db (database)'],
    ],
    ['a connection from code no component holds says nothing', [connection('scripts/tool.py', { target: { url: 'http://api:80' } })], []],
  ])('%s', (_case, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });

  it('takes a flag from the command line, else from the env var the program binds it to, else from its default', () => {
    const uses = (file: string): Fact => connection(file, { target: { key: 'redis-addr' }, role: 'uses', mechanism: 'database' });
    const facts: Fact[] = [
      component('driver', { root: 'driver' }),
      component('worker', { root: 'worker' }),
      component('loner', { root: 'loner' }),
      ...['redis', 'kv', 'cache-default'].map((name) => component(name, { kind: 'database' })),
      { type: 'binding', component: 'driver', key: 'redis-addr', value: 'redis:6379', evidence: at('docker-compose.yml', 3) },
      { type: 'binding', component: 'worker', key: 'COURIER_REDIS_ADDR', value: 'kv:6379', evidence: at('docker-compose.yml', 9) },
      // What go-flags.ts states for every module: AutomaticEnv's variable, then the flag's default.
      ...['driver', 'worker', 'loner'].flatMap((root): Fact[] => [
        { type: 'binding', scope: root, key: 'redis-addr', value: 'cache-default:6379', fallback: true, evidence: at(`${root}/cmd/root.go`, 12) },
        { type: 'binding', scope: root, key: 'redis-addr', value: '$ref:COURIER_REDIS_ADDR', fallback: true, evidence: at(`${root}/cmd/root.go`, 20) },
      ]),
      uses('driver/server.go'),
      uses('worker/server.go'),
      uses('loner/server.go'),
    ];
    expect(edges(facts).sort()).toEqual(['driver -> redis (database)', 'loner -> cache-default (database)', 'worker -> kv (database)']);
  });

  it('reads variables in turn, the first the component itself sets winning, and calls every server of a list', () => {
    const facts: Fact[] = [
      ...['web', 'worker'].map((name) => component(name, { root: name })),
      ...['redis', 'redis-store', 'git-0', 'git-1', 'kafka-1', 'kafka-2'].map((name) => component(name, { kind: name.startsWith('git') ? 'application' : 'database' })),
      { type: 'binding', component: 'web', key: 'REDIS_ENDPOINT', value: 'redis:6379', evidence: at('docker-compose.yml', 3) },
      { type: 'binding', component: 'worker', key: 'REDIS_ENDPOINT', value: 'redis:6379', evidence: at('docker-compose.yml', 9) },
      { type: 'binding', component: 'worker', key: 'REDIS_STORE_ENDPOINT', value: 'redis-store:6379', evidence: at('docker-compose.yml', 10) },
      { type: 'binding', component: 'web', key: 'GIT_SERVERS', value: 'git-0:3178 git-1:3178', evidence: at('docker-compose.yml', 4) },
      { type: 'binding', component: 'web', key: 'KAFKA_BROKERS', value: 'kafka-1:9092,kafka-2:9092', evidence: at('docker-compose.yml', 5) },
      ...['web', 'worker'].map((root) => connection(`${root}/pool.go`, { target: { key: 'env-chain:REDIS_STORE_ENDPOINT|REDIS_ENDPOINT' }, role: 'uses', mechanism: 'database' })),
      connection('web/git.go', { target: { key: 'GIT_SERVERS' } }),
      // A broker list is one cluster: its first broker names it.
      connection('web/events.go', { target: { key: 'KAFKA_BROKERS' }, role: 'produces', mechanism: 'messaging' }),
    ];
    expect(edges(facts).sort()).toEqual(['web -> git-0 (rest)', 'web -> git-1 (rest)', 'web -> kafka-1 (messaging)', 'web -> redis (database)', 'worker -> redis-store (database)']);
  });

  it.each<[string, Fact[], string[]]>([
    ['a later variable\'s host when the first is unset', [{ type: 'binding', component: 'accounting', key: 'ConnectionStrings:Accounting', value: 'Server=sqlserver,1433;Database=acct', evidence: at('k8s/accounting.yaml', 9) }], ['accounting -> sqlserver (database)']],
    // A developer's localhost is nobody: the one SQL Server the files define, as with no value at all.
    ['only a loopback value: the store of the client\'s technology', [{ type: 'binding', component: 'accounting', key: 'ConnectionStrings:Accounting', value: 'Server=localhost,1433;Database=acct', evidence: at('src/Accounting/appsettings.Development.json', 3) }], ['accounting -> sqlserver (database)']],
    ['the first variable\'s host before a later loopback one', [{ type: 'binding', component: 'accounting', key: 'heron-sql', value: 'Server=tcp:sqlserver,1433', evidence: at('k8s/secret.yaml', 6) }, { type: 'binding', component: 'accounting', key: 'ConnectionStrings:Accounting', value: 'Server=localhost,1433', evidence: at('src/Accounting/appsettings.json', 3) }], ['accounting -> sqlserver (database)']],
  ])('reads a chain of settings (`Configuration["heron-sql"] ?? GetConnectionString("Accounting")`): %s', (_name, bindings, expected) => {
    const facts: Fact[] = [
      component('accounting', { root: 'src/Accounting' }),
      component('sqlserver', { kind: 'database', technology: 'SQL Server' }),
      ...bindings,
      connection('src/Accounting/Program.cs', { target: { key: 'env-chain:heron-sql|ConnectionStrings:Accounting' }, role: 'uses', mechanism: 'database', technology: 'SQL Server', targetKind: 'database' }),
    ];
    expect(edges(facts).sort()).toEqual(expected);
  });

  it('fills a Go prefix helper\'s template with the prefix a call gives, a whole DSN before the host, per component', () => {
    const facts: Fact[] = [
      ...['web', 'indexer', 'legacy'].map((name) => component(name, { root: name })),
      ...['pgsql', 'codeintel-db', 'old-db'].map((name) => component(name, { kind: 'database' })),
      { type: 'binding', key: 'env-helper:go-package:dbconn#BuildDSN', value: 'env-chain:{}PGDATASOURCE|{}PGHOST', evidence: at('dbconn/dsn.go', 11) },
      ...['web', 'indexer', 'legacy'].flatMap((name): Fact[] => [
        { type: 'binding', component: name, key: 'PGHOST', value: 'pgsql', evidence: at('docker-compose.yml', 3) },
        { type: 'binding', component: name, key: 'CODEINTEL_PGHOST', value: 'codeintel-db', evidence: at('docker-compose.yml', 4) },
      ]),
      // A whole DSN wins over the host the same prefix names.
      { type: 'binding', component: 'legacy', key: 'CODEINTEL_PGDATASOURCE', value: 'postgres://u@old-db:5432/ci', evidence: at('docker-compose.yml', 9) },
      connection('web/db.go', { target: { key: 'env-helper:go-package:dbconn#BuildDSN()' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL' }),
      ...['indexer', 'legacy'].map((root) => connection(`${root}/db.go`, { target: { key: 'env-helper:go-package:dbconn#BuildDSN(CODEINTEL_)' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL' })),
      // No template bound for the function: the call reads nothing.
      connection('web/other.go', { target: { key: 'env-helper:go-package:other#Open(CODEINTEL_)' }, role: 'uses', mechanism: 'database' }),
    ];
    expect(edges(facts).sort()).toEqual(['indexer -> codeintel-db (database)', 'legacy -> old-db (database)', 'web -> pgsql (database)']);
  });

  it('reads a variable named on the prefix each component\'s own code gives a shared helper, and none where no code gives one', () => {
    const facts: Fact[] = [
      ...['web', 'jobs', 'audit'].map((name) => component(name, { root: name })),
      ...['web-db', 'jobs-db', 'audit-db'].map((name) => component(name, { kind: 'database' })),
      ...['web', 'jobs', 'audit'].map((name): Fact => ({ type: 'binding', component: name, key: `${name.toUpperCase()}_DB_HOST`, value: `${name}-db`, evidence: at('docker-compose.yml', 3) })),
      { type: 'binding', scope: 'web', key: 'code:param:postgres.Setup#0', value: 'WEB_DB_', evidence: at('web/main.go', 9) },
      { type: 'binding', scope: 'jobs', key: 'code:param:postgres.Setup#0', value: 'JOBS_DB_', evidence: at('jobs/main.go', 9) },
      ...['web', 'jobs', 'audit'].map((root) => connection(`${root}/postgres.go`, { target: { key: prefixedReadKey('code:param:postgres.Setup#0', 'HOST') }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL' })),
    ];
    expect(edges(facts).sort()).toEqual(['jobs -> jobs-db (database)', 'web -> web-db (database)']);
  });

  it('gives a service named unlike the command it starts (http-adapter running cmd/http) the prefix that command passes', () => {
    const main = (command: string, setup: string): Fact => ({
      type: 'code-names',
      declarations: [{ name: 'main.main', kind: 'function', static: true, references: [`grpcclient.${setup}`], line: 12, endLine: 19 }],
      uses: { [`grpcclient.${setup}`]: 13 },
      go: { package: 'main', imports: { grpcclient: 'github.com/lodestar/platform/pkg/grpcclient' } },
      evidence: at(`cmd/${command}/main.go`),
    });
    const facts: Fact[] = [
      component('platform', { root: '', goModule: true, modulePath: 'github.com/lodestar/platform', evidence: at('go.mod') } as Partial<Extract<Fact, { type: 'component' }>>),
      ...['things', 'http-adapter'].map((name) => component(name, { root: '' })),
      component('auth'),
      ...[['things', 'things'], ['http-adapter', 'http']].flatMap(([name, command]): Fact[] => [
        { type: 'binding', component: name as string, key: 'command-line:words', value: command as string, evidence: at('docker/docker-compose.yml', 9) },
        { type: 'binding', component: name as string, key: 'command-line:program', value: command as string, evidence: at('docker/docker-compose.yml', 9) },
        { type: 'binding', component: name as string, key: 'LS_AUTH_GRPC_URL', value: 'auth:7001', evidence: at('docker/.env', 1) },
        { type: 'binding', component: name as string, key: 'LS_THINGS_AUTH_GRPC_URL', value: 'things:7000', evidence: at('docker/.env', 2) },
      ]),
      { type: 'binding', scope: 'cmd/things', key: 'code:param:grpcclient.SetupAuthClient#0', value: 'LS_AUTH_GRPC_', evidence: at('cmd/things/main.go', 13) },
      { type: 'binding', scope: 'cmd/http', key: 'code:param:grpcclient.SetupThingsClient#0', value: 'LS_THINGS_AUTH_GRPC_', evidence: at('cmd/http/main.go', 13) },
      main('things', 'SetupAuthClient'),
      main('http', 'SetupThingsClient'),
      {
        type: 'code-names',
        declarations: [
          { name: 'grpcclient.connect', kind: 'function', static: true, references: [], line: 3, endLine: 9 },
          { name: 'grpcclient.SetupAuthClient', kind: 'function', static: true, references: ['grpcclient.connect'], line: 10, endLine: 11 },
          { name: 'grpcclient.SetupThingsClient', kind: 'function', static: true, references: ['grpcclient.connect'], line: 12, endLine: 13 },
        ],
        uses: { connect: 10 },
        go: { package: 'grpcclient', imports: {} },
        evidence: at('pkg/grpcclient/client.go'),
      },
      ...['SetupAuthClient', 'SetupThingsClient'].map((setup) => connection('pkg/grpcclient/client.go', { target: { key: prefixedReadKey(`code:param:grpcclient.${setup}#0`, 'URL') }, role: 'calls', mechanism: 'grpc', technology: 'gRPC', evidence: at('pkg/grpcclient/client.go', 7) })),
    ];
    expect(edges(facts).sort()).toEqual(['http-adapter -> things (grpc)', 'things -> auth (grpc)']);
  });

  it('gives each service run from one Go module its cmd/<name>.go, and its share of the code the commands share', () => {
    const facts: Fact[] = [
      component('courier', { root: '', goModule: true, evidence: at('go.mod') } as Partial<Extract<Fact, { type: 'component' }>>),
      component('frontend', { root: '' }),
      component('customer', { root: '' }),
      component('customer-db', { kind: 'database' }),
      { type: 'binding', component: 'frontend', key: 'customer-service-hostname', value: 'customer', evidence: at('docker-compose.yml', 6) },
      { type: 'binding', scope: '', key: 'code:param:customer.NewClient#0', value: '$ref:customer-service-hostname', evidence: at('cmd/frontend.go', 20) },
      connection('services/customer/client.go', { target: { key: 'code:param:customer.NewClient#0' } }),
      connection('services/customer/server.go', { target: { url: 'mysql://customer-db:3306/customers' }, role: 'uses', mechanism: 'database' }),
      { type: 'code-names', declarations: [], uses: { 'customer.NewClient': 20 }, evidence: at('cmd/frontend.go') },
      { type: 'code-names', declarations: [], uses: { 'customer.NewServer': 9 }, evidence: at('cmd/customer.go') },
      { type: 'code-names', declarations: [{ name: 'customer.NewClient', kind: 'function', static: true, references: [], line: 5, endLine: 9 }], uses: {}, evidence: at('services/customer/client.go') },
      { type: 'code-names', declarations: [{ name: 'customer.NewServer', kind: 'function', static: true, references: [], line: 3, endLine: 12 }], uses: {}, evidence: at('services/customer/server.go') },
    ];
    expect(edges(facts).sort()).toEqual(['customer -> customer-db (database)', 'frontend -> customer (rest)']);
  });

  it('keeps a control-plane server built in-house as a system, named for what it is', () => {
    const graph = resolveFacts([
      component('discovery', { root: 'discovery' }),
      { type: 'control-plane', role: 'registry', technology: 'Eureka', evidence: at('discovery/src/main/java/acme/App.java', 3) },
    ]);
    expect(graph.systems.map((system) => `${system.id} ${system.kind} ${system.technology}`)).toEqual(['discovery other Eureka']);
  });

  it('does not list a class library among the systems', () => {
    const graph = resolveFacts([component('EventBus', { root: 'src/BuildingBlocks/EventBus', library: true }), component('basket', { root: 'src/basket' })]);
    expect(graph.systems.map((system) => system.id)).toEqual(['basket']);
  });

  it.each<[string, Fact[], string[], string[]]>([
    [
      'an alias still holding a variable ties no services together',
      [component('cart', { aliases: ['${IMAGE_NAME}'] }), component('checkout', { aliases: ['${IMAGE_NAME}'] }), connection('src/cart/main.go', { component: 'cart', target: { url: 'http://image-name:8080' } })],
      ['cart', 'checkout', 'image-name'],
      ['cart -> image-name (rest)'],
    ],
    [
      'a name still holding a variable is no system, and makes no edges',
      [component('${PROJECT}-cart'), component('checkout'), connection('deploy/compose.yml', { component: '${PROJECT}-cart', target: { component: 'checkout' }, role: 'depends', mechanism: 'other' })],
      ['checkout'],
      [],
    ],
  ])('%s', (_name, facts, systems, expected) => {
    expect(resolveFacts(facts).systems.map((system) => system.id)).toEqual(systems);
    expect(edges(facts)).toEqual(expected);
  });

  it.each([
    ['the one MinIO deployed beside it', [component('minio', { kind: 'file-store', technology: 'MinIO' })], ['exports -> minio (file-transfer)']],
    ['Amazon S3 when no S3-compatible store is deployed', [component('postgres', { kind: 'database', technology: 'PostgreSQL' })], ['exports -> amazon-s3 (file-transfer)']],
    ['Amazon S3 when two are, and which one cannot be told', [component('minio-a', { kind: 'file-store', technology: 'MinIO' }), component('minio-b', { kind: 'file-store', technology: 'MinIO' })], ['exports -> amazon-s3 (file-transfer)']],
    ['Amazon S3 beside an Azure emulator, which does not speak S3', [component('azurite', { kind: 'file-store', technology: 'Azure Storage' })], ['exports -> amazon-s3 (file-transfer)']],
  ] as const)('points an S3 client whose endpoint is not written down at %s', (_name, stores, expected) => {
    const facts: Fact[] = [
      component('exports', { root: 'exports' }),
      ...stores,
      connection('exports/storage.ts', { role: 'uses', mechanism: 'file-transfer', technology: 'Amazon S3', targetKind: 'file-store', confidence: CONFIDENCE.inferred }),
    ];
    expect(edges(facts)).toEqual(expected);
  });

  it('gives the same graph whatever order the facts come in', () => {
    const facts: Fact[] = [
      component('frontend', { root: 'web' }),
      component('cart'),
      { type: 'binding', component: 'frontend', key: 'CART_ADDR', value: 'cart:7070', evidence: at('docker-compose.yml', 12) },
      connection('web/main.go', { mechanism: 'grpc', target: { key: 'CART_ADDR' } }),
      connection('web/other.go', { mechanism: 'grpc', target: { host: 'cart', port: 7070 } }),
    ];
    const forward = resolveFacts(facts);
    const backward = resolveFacts([...facts].reverse());
    expect(backward).toEqual(forward);
    expect(forward.integrations[0]?.evidence.map((item) => `${item.file}:${item.line}`)).toEqual(['docker-compose.yml:12', 'web/main.go:7', 'web/other.go:7']);
    expect(forward.integrations[0]?.confidence).toBeGreaterThan(CONFIDENCE.resolved);
  });
});

describe('resolveFacts: registries, telemetry pipelines and what a bare depends_on means', () => {
  const depends = (source: string, target: string, line = 9): Fact => ({ type: 'connection', component: source, target: { component: target }, role: 'depends', mechanism: 'other', evidence: at('docker-compose.yml', line), confidence: CONFIDENCE.inferred });
  const bind = (owner: string, key: string, value: string): Fact => ({ type: 'binding', component: owner, key, value, evidence: at('docker-compose.yml', 30) });
  const offers = (owner: string, protocol: 'rest' | 'grpc'): Fact => ({ type: 'provides', component: owner, api: `${owner}-api`, protocol, evidence: at(`${owner}/api.yaml`) });

  it.each<[string, Fact[], string[]]>([
    [
      'an in-house `registry` every service depends on is control plane; the services\' own edges stay',
      [component('ui'), component('orders'), component('registry'), depends('ui', 'registry'), depends('orders', 'registry'), depends('ui', 'orders'), bind('ui', 'ORDERS_URL', 'http://orders:8080')],
      ['ui -> orders (rest)'],
    ],
    [
      'a discovery server services register with by HTTP is control plane',
      [component('ui', { root: 'ui' }), component('discovery-server'), connection('ui/register.js', { target: { url: 'http://discovery-server:8761/register' }, evidence: { file: 'ui/register.js', line: 3, excerpt: "await fetch(`${REGISTRY_URL}/register`, { method: 'POST' })" } })],
      [],
    ],
    [
      'a `discovery` service called for data is a business service',
      [component('ui', { root: 'ui' }), component('discovery'), depends('ui', 'discovery'), connection('ui/home.js', { target: { url: 'http://discovery:8080/recommendations' }, evidence: { file: 'ui/home.js', line: 3, excerpt: 'const picks = await fetch(`${DISCOVERY_URL}/recommendations`)' } })],
      ['ui -> discovery (rest)'],
    ],
    [
      'a `<something>-registry` several services only depend on is control plane',
      [component('ui'), component('orders'), component('platform-registry'), depends('ui', 'platform-registry'), depends('orders', 'platform-registry')],
      [],
    ],
    [
      'a `<something>-registry` one service depends on may be the business\'s own',
      [component('ui'), component('gift-registry'), depends('ui', 'gift-registry'), bind('ui', 'GIFT_REGISTRY_URL', 'http://gift-registry:8080')],
      ['ui -> gift-registry (rest)'],
    ],
    [
      'a `<something>-registry` called with data is an application',
      [component('ui', { root: 'ui' }), component('orders'), component('gift-registry'), depends('ui', 'gift-registry'), depends('orders', 'gift-registry'), connection('ui/lists.js', { target: { url: 'http://gift-registry/lists' } })],
      ['orders -> gift-registry (rest)', 'ui -> gift-registry (rest)'],
    ],
    [
      'a schema registry is a real dependency of the Kafka clients using it',
      [component('producer'), component('schema-registry', { kind: 'other', technology: 'Schema Registry' }), depends('producer', 'schema-registry'), bind('producer', 'SCHEMA_REGISTRY_URL', 'http://schema-registry:8081')],
      ['producer -> schema-registry (rest)'],
    ],
    [
      'a telemetry product\'s own broker and analysis are not edges, nor the broker clients are taken to use',
      [
        component('orders', { root: 'orders' }),
        component('billing', { root: 'billing' }),
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('kieker-rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('kieker-analysis', { root: 'kieker-analysis' }),
        connection('orders/publish.py', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', target: {}, channel: 'orders' }),
        connection('billing/consume.py', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ', target: {}, channel: 'orders' }),
        connection('orders/monitoring.py', { role: 'produces', mechanism: 'messaging', technology: 'RabbitMQ', target: { url: 'amqp://kieker-rabbitmq:5672' }, channel: 'kieker' }),
        connection('kieker-analysis/main.py', { role: 'consumes', mechanism: 'messaging', technology: 'RabbitMQ', target: { host: 'kieker-rabbitmq' }, channel: 'kieker' }),
        depends('orders', 'kieker-rabbitmq'),
      ],
      ['orders -> rabbitmq (messaging orders)', 'rabbitmq -> billing (messaging orders)'],
    ],
    [
      'a collector only reached at an address is telemetry too',
      [component('orders', { root: 'orders' }), connection('orders/otel.ts', { mechanism: 'grpc', target: { url: 'grpc://otel-collector:4317' } })],
      [],
    ],
  ])('%s', (_title, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
    expect(edges([...facts].reverse())).toEqual(expected);
  });

  it('lists an in-house registry as control plane', () => {
    const graph = resolveFacts([component('ui'), component('registry'), depends('ui', 'registry')]);
    expect(graph.systems.find((system) => system.id === 'registry')).toMatchObject({ kind: 'other', technology: 'Service registry' });
  });

  // The order in which a bare depends_on gets its mechanism: the target's kind, then the source's
  // own configuration addressing it, then the one protocol it offers, then how others call it,
  // then its ports.
  it.each<[string, Fact[], string]>([
    ['a database target is used, whatever an address says', [component('search', { kind: 'database', technology: 'Elasticsearch', ports: [9200] }), bind('ui', 'SEARCH_URL', 'http://search:9200')], 'database'],
    ['a broker target is messaged through', [component('mq', { kind: 'message-broker', technology: 'RabbitMQ' })], 'messaging'],
    ['the source\'s configuration before what the target offers', [component('catalog', { ports: [50051] }), offers('catalog', 'grpc'), bind('ui', 'RETAIL_UI_ENDPOINTS_CATALOG', 'http://catalog:8080')], 'rest'],
    ['any variable name will do', [component('catalog'), bind('ui', 'X_TARGET_1', 'http://catalog.shop.svc.cluster.local:8080/')], 'rest'],
    ['an address on localhost says nothing', [component('catalog'), bind('ui', 'CATALOG_URL', 'http://localhost:8080'), offers('catalog', 'grpc')], 'grpc'],
    ['the one protocol offered before ports', [component('catalog', { ports: [8080] }), offers('catalog', 'grpc')], 'grpc'],
    ['two protocols offered say nothing: ports decide', [component('catalog', { ports: [8080] }), offers('catalog', 'grpc'), offers('catalog', 'rest')], 'rest'],
    ['how others call it before ports', [component('catalog', { ports: [5432] }), component('admin', { root: 'admin' }), connection('admin/x.js', { mechanism: 'graphql', target: { url: 'http://catalog/graphql' } })], 'graphql'],
    ['a database port beside an HTTP one', [component('catalog', { ports: [5432, 8080] })], 'database'],
    ['an HTTP port alone', [component('catalog', { ports: [8080] })], 'rest'],
    ['ports that disagree say nothing: a start order, no edge', [component('catalog', { ports: [5432, 5672] })], ''],
    ['nothing known: a start order, no edge', [component('catalog')], ''],
    [
      'an application sharing its name with a datastore labelled after it is still reached by HTTP',
      [component('catalog', { ports: [8080] }), offers('catalog', 'rest'), { type: 'component', name: 'catalog', kind: 'database', technology: 'Amazon RDS for MySQL', labelled: { distinctName: 'catalog-mysql' }, evidence: at('terraform/rds.tf', 4), confidence: CONFIDENCE.declared }],
      'rest',
    ],
  ])('%s', (_title, facts, mechanism) => {
    const target = (facts[0] as Extract<Fact, { type: 'component' }>).name;
    const all: Fact[] = [component('ui'), ...facts, depends('ui', target)];
    expect(resolveFacts(all).integrations.filter((item) => item.source === 'ui').map((item) => `${item.target} ${item.mechanism}`)).toEqual(mechanism ? [`${target} ${mechanism}`] : []);
  });
});

describe('resolveFacts: a trigger a subscription delivers to', () => {
  const topics = [component('orders', { kind: 'message-broker', technology: 'Azure Event Grid' }), component('docs-events', { kind: 'message-broker', technology: 'Azure Event Grid' })];
  const app = component('fulfilment', { root: 'fulfilment' });
  const trigger = connection('fulfilment/OnOrderPlaced.cs', { role: 'consumes', mechanism: 'messaging', technology: 'Azure Event Grid', targetKind: 'message-broker' });
  const subscription = connection('infra/azuredeploy.json', { component: 'fulfilment', target: { component: 'orders' }, role: 'consumes', mechanism: 'messaging', technology: 'Azure Event Grid', targetKind: 'message-broker', channel: 'orders' });

  it.each<[string, Fact[], string[]]>([
    ['is that subscription\'s delivery (an [EventGridTrigger] naming no topic)', [...topics, app, subscription, trigger], ['orders -> fulfilment (messaging orders)']],
    ['with no subscription in the files, and several topics, is from the product', [...topics, app, trigger], ['azure-event-grid -> fulfilment (messaging)']],
  ])('%s', (_name, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });
});

describe('shareBuiltImages: services naming the image another has code for', () => {
  it.each<[string, { component: string; image: string }[], Record<string, string[]>, Record<string, string[]>]>([
    ['an unrooted service takes the folders of the one with code', [{ component: 'api', image: 'acme/app' }, { component: 'worker', image: 'acme/app' }], { api: ['server'] }, { worker: ['server'] }],
    ['several with the same folders agree', [{ component: 'api', image: 'acme/app' }, { component: 'dev', image: 'acme/app' }, { component: 'worker', image: 'acme/app' }], { api: ['server'], dev: ['server'] }, { worker: ['server'] }],
    ['folders that disagree say nothing', [{ component: 'api', image: 'acme/app' }, { component: 'dev', image: 'acme/app' }, { component: 'worker', image: 'acme/app' }], { api: ['server'], dev: ['legacy'] }, {}],
    ['an image nobody has code for says nothing', [{ component: 'api', image: 'acme/app' }, { component: 'worker', image: 'acme/app' }], {}, {}],
    ['another image says nothing', [{ component: 'api', image: 'acme/app' }, { component: 'worker', image: 'acme/other' }], { api: ['server'] }, {}],
  ])('%s', (_name, runs, roots, expected) => {
    const given = shareBuiltImages(runs.map((run) => ({ component: run.component, image: run.image })), (component) => new Set(roots[component] ?? []));
    expect(Object.fromEntries(given)).toEqual(expected);
  });
});

describe('relocateEmptyRoots: a root holding no file of the scan', () => {
  const files = (...paths: string[]) => paths.map((file) => ({ evidence: { file } }));
  it.each<[string, string, { evidence: { file: string } }[], string]>([
    ['is the one folder ending with it', 'admin/interface', files('app/admin/interface/internal/data/data.go', 'app/admin/interface/cmd/main.go'), 'app/admin/interface'],
    ['is, of several, the one holding the most files', 'admin/interface', files('api/admin/interface/v1/admin.proto', 'app/admin/interface/internal/data/data.go', 'app/admin/interface/cmd/main.go'), 'app/admin/interface'],
    ['stays when several hold as many', 'admin/interface', files('api/admin/interface/v1/admin.proto', 'app/admin/interface/cmd/main.go'), 'admin/interface'],
    ['stays when no folder ends with it', 'shop/interface', files('app/admin/interface/cmd/main.go'), 'shop/interface'],
    ['stays when it holds files itself', 'app/admin', files('app/admin/main.go', 'other/app/admin/x.go'), 'app/admin'],
    ['stays when it ends a folder only partly (no whole segment)', 'interface', files('app/admininterface/main.go'), 'interface'],
  ])('%s', (_name, root, facts, expected) => {
    const component = { roots: new Set([root]), argumentRoots: new Set([root]) };
    relocateEmptyRoots([component], facts);
    expect([...component.roots]).toEqual([expected]);
  });

  it('stays when it is not a build argument (a build context whose code has no findings)', () => {
    const component = { roots: new Set(['orders']) };
    relocateEmptyRoots([component], files('legacy/orders/main.go'));
    expect([...component.roots]).toEqual(['orders']);
  });
});

describe('resolveFacts: a branch chosen by a setting of a component deployed several ways', () => {
  const binding = (key: string, value: string, file: string, component = 'api'): Fact => ({ type: 'binding', component, key, value, evidence: at(file, 4) });
  const store = (name: string): Fact => component(name, { kind: 'database', evidence: at('compose/pg/docker-compose.yml', 2) });
  const chosen = (label: string, host: string): Fact => connection('api/storage.go', { target: { host }, role: 'uses', mechanism: 'database', conditions: [{ key: 'STORE_KIND', test: { equals: label }, listed: true }] });
  const code = [component('api', { root: 'api', evidence: at('compose/pg/docker-compose.yml') }), store('postgres'), store('kafka'), store('search'), store('cassandra')];
  const branches = [chosen('pg', 'postgres'), chosen('kafka', 'kafka'), chosen('search', 'search'), chosen('cassandra', 'cassandra')];

  it.each<[string, Fact[], string[]]>([
    ['one deployment: its value alone decides', [binding('STORE_KIND', 'pg', 'compose/pg/docker-compose.yml')], ['api -> postgres (database)']],
    [
      'two compose files and a manifest: every value some deployment gives',
      [binding('STORE_KIND', 'pg', 'compose/pg/docker-compose.yml'), binding('STORE_KIND', 'kafka', 'compose/kafka/docker-compose.yml'), binding('STORE_KIND', 'search', 'k8s/api.yaml')],
      ['api -> kafka (database)', 'api -> postgres (database)', 'api -> search (database)'],
    ],
    [
      'another component\'s deployments say nothing of this one\'s',
      [binding('STORE_KIND', 'pg', 'compose/pg/docker-compose.yml'), binding('STORE_KIND', 'kafka', 'compose/kafka/docker-compose.yml', 'worker'), binding('STORE_KIND', 'search', 'k8s/worker.yaml', 'worker')],
      ['api -> postgres (database)'],
    ],
  ])('%s', (_name, bindings, expected) => {
    expect(edges([...code, ...bindings, ...branches]).sort()).toEqual(expected);
  });
});

describe('resolveFacts: a sidecar sharing another service\'s network (network-peers.ts)', () => {
  const peer = (from: string, to: string): Fact => ({ type: 'binding', component: from, key: NETWORK_PEER_KEY, value: to, evidence: at('docker-compose.yml', 30) });
  const api = component('api', { ports: [7000] });
  it.each<[string, Fact[], string[]]>([
    ['its loopback on the peer\'s port is the peer', [api, component('helper', { root: 'helper' }), peer('helper', 'api'), connection('helper/agent.py', { target: { url: 'http://127.0.0.1:7000/stats' } })], ['helper -> api (rest)']],
    ['`localhost` the same', [api, component('helper', { root: 'helper' }), peer('helper', 'api'), connection('helper/agent.py', { target: { url: 'http://localhost:7000/stats' } })], ['helper -> api (rest)']],
    ['a port the peer does not listen on is nobody (the sidecar\'s own health check)', [api, component('helper', { root: 'helper' }), peer('helper', 'api'), connection('helper/agent.py', { target: { url: 'http://127.0.0.1:9102/healthz' } })], []],
    ['a port the sidecar itself listens on is itself', [component('api'), component('helper', { root: 'helper', ports: [9102] }), peer('helper', 'api'), connection('helper/agent.py', { target: { url: 'http://127.0.0.1:9102/healthz' } })], []],
    ['a service sharing no network calls its own loopback', [api, component('pinger', { root: 'pinger' }), connection('pinger/index.js', { target: { url: 'http://127.0.0.1:7000/orders' } })], []],
  ])('%s', (_name, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });
});

describe('resolveFacts: a workspace package another package of the scan depends on by name', () => {
  const service = component('app-service', { root: 'packages/server', references: [{ name: 'backend-core', npmPackage: '@acme/backend-core', evidence: at('packages/server/package.json', 6) }] });
  const library = component('backend-core', { root: 'packages/backend-core', project: true, confidence: CONFIDENCE.weak, evidence: at('packages/backend-core/package.json') });
  const declared = (name: string): Fact => ({ type: 'binding', scope: 'packages/backend-core', key: 'node:package:name', value: name, evidence: at('packages/backend-core/package.json', 2) });
  const couch: Fact[] = [
    component('couchdb-service', { kind: 'database', technology: 'CouchDB' }),
    connection('packages/backend-core/src/db/couch.ts', { role: 'uses', mechanism: 'database', technology: 'CouchDB', target: { url: 'http://couchdb-service:5984' } }),
  ];

  it.each<[string, Fact[], string[]]>([
    ['declaring the name depended on (any version: "0.0.0", "*", "^1.2.0"), it is code built in: its connections are the dependant\'s', [service, library, declared('@acme/backend-core'), ...couch], ['app-service -> couchdb-service (database)']],
    ['declaring another name (a registry package spelt alike), it stays a system of its own', [service, library, declared('@other/backend-core'), ...couch], ['backend-core -> couchdb-service (database)']],
  ])('%s', (_case, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });
});

describe('resolveFacts: versioned workloads behind one Kubernetes Service (service-variants.ts)', () => {
  const k8s = (line: number) => at('k8s/apps.yaml', line);
  const workload = (name: string, labels: Record<string, string>, line: number): Fact => component(name, { labels, evidence: k8s(line) });
  const service = (name: string, selector: Record<string, string>, line: number): Fact => component(name, { selector, evidence: k8s(line) });
  const project = (name: string): Fact => component(name, { root: `src/${name}`, project: true, confidence: CONFIDENCE.weak, evidence: at(`src/${name}/Dockerfile`) });
  const env = (workloadName: string, key: string, value: string, line: number): Fact => ({ type: 'binding', component: workloadName, key, value, evidence: k8s(line) });
  const systemsOf = (facts: Fact[]): string[] => resolveFacts(facts).systems.map((system) => system.id).sort();

  it.each<[string, Fact[], string[], string[]]>([
    [
      'releases of one app are one system named by the Service, with the code project of its name',
      [
        service('details', { app: 'details' }, 1),
        workload('details-v1', { app: 'details', version: 'v1' }, 10),
        workload('details-v2', { app: 'details', version: 'v2' }, 30),
        project('details'),
        service('productpage', { app: 'productpage' }, 50),
        workload('productpage-v1', { app: 'productpage', version: 'v1' }, 60),
        project('productpage'),
        connection('src/productpage/app.py', { target: { url: 'http://details:9080/details/0' } }),
        connection('src/details/details.rb', { target: { url: 'https://api.bookregistry.io/v1/volumes' } }),
      ],
      ['api-bookregistry-io', 'details', 'productpage'],
      ['details -> api-bookregistry-io (rest)', 'productpage -> details (rest)'],
    ],
    [
      'a Service selecting different apps by a shared label keeps them apart',
      [
        service('backend-pool', { tier: 'backend' }, 1),
        workload('inventory', { app: 'inventory', tier: 'backend' }, 10),
        workload('shipping', { app: 'shipping', tier: 'backend' }, 30),
        project('inventory'),
        connection('src/inventory/main.go', { target: { url: 'http://shipping:8080/quote' } }),
      ],
      ['backend-pool', 'inventory', 'shipping'],
      ['inventory -> shipping (rest)'],
    ],
    [
      'a branch one release turns on is the system\'s, though every release is written in one manifest',
      [
        service('reviews', { app: 'reviews' }, 1),
        workload('reviews-v1', { app: 'reviews', version: 'v1' }, 10),
        workload('reviews-v2', { app: 'reviews', version: 'v2' }, 30),
        env('reviews-v1', 'ENABLE_RATINGS', 'false', 20),
        env('reviews-v2', 'ENABLE_RATINGS', 'true', 40),
        workload('ratings', { app: 'ratings' }, 50),
        project('reviews'),
        connection('src/reviews/server.js', { target: { url: 'http://ratings:9080/ratings' }, conditions: [{ key: 'ENABLE_RATINGS', test: { equals: 'true' } }] }),
      ],
      ['ratings', 'reviews'],
      ['reviews -> ratings (rest)'],
    ],
  ])('%s', (_name, facts, systems, expected) => {
    expect(systemsOf(facts)).toEqual(systems);
    expect(edges(facts)).toEqual(expected);
  });
});

describe('resolveFacts: names differing only by a generic suffix', () => {
  const project = (name: string, root: string): Fact => component(name, { root, project: true, confidence: CONFIDENCE.weak, evidence: at(`${root}/package.json`) });
  const call = (file: string, url: string): Fact => connection(file, { target: { url } });
  it.each<[string, Fact[], string[], string[]]>([
    [
      'stay two systems when one compose file deploys both (MusicStore and its catalog service)',
      [component('musicstore', { root: 'src/MusicStore' }), component('musicstoreservice', { root: 'src/MusicStoreService' }), component('orders', { root: 'src/Orders' }), project('MusicStore', 'src/MusicStore'), project('MusicStoreService', 'src/MusicStoreService'), call('src/MusicStore/app.js', 'http://musicstoreservice/api/albums'), call('src/Orders/app.js', 'http://musicstoreservice:8080/api/albums'), call('src/Orders/notify.js', 'http://musicstore/hooks')],
      ['musicstore:application', 'musicstoreservice:application', 'orders:application'],
      ['musicstore -> musicstoreservice (rest)', 'orders -> musicstore (rest)', 'orders -> musicstoreservice (rest)'],
    ],
    [
      'stay one system for a compose service and its project (`cart` built from `Cart.API`)',
      [component('cart', { root: 'src/Cart.API' }), project('Cart.API', 'src/Cart.API'), component('web', { root: 'web' }), call('web/app.js', 'http://cart-api/carts')],
      ['cart:application', 'web:application'],
      ['web -> cart (rest)'],
    ],
    [
      'stay one system for one image run in compose and in Kubernetes (`billing`, `billing-service`)',
      [component('billing', { composeImage: 'acme/billing-service', aliases: ['acme/billing-service:1.4'] }), component('billing-service', { evidence: at('k8s/billing.yaml'), aliases: ['acme/billing-service:1.4'] }), component('web', { root: 'web' }), call('web/app.js', 'http://billing-service:8080/invoices')],
      ['billing:application', 'web:application'],
      ['web -> billing (rest)'],
    ],
  ])('%s', (_name, facts, systems, expected) => {
    expect(resolveFacts(facts).systems.map((system) => `${system.id}:${system.kind}`).sort()).toEqual(systems);
    expect(edges(facts).sort()).toEqual(expected);
  });
});

describe('resolveFacts: modules in folders named by role, deployed under their declared names', () => {
  const module = (folder: string, artifactId: string): Fact => component(folder.slice(folder.lastIndexOf('/') + 1), { root: folder, project: true, aliases: [artifactId], confidence: CONFIDENCE.weak, evidence: at(`${folder}/pom.xml`) });
  const service = (name: string, image: string): Fact => component(name, { composeImage: image, aliases: [image], evidence: at('deploy/docker-compose.yml') });
  const workload = (name: string, alias: string): Fact => component(name, { aliases: [alias], evidence: at(`deploy/chart/templates/${name}.yaml`) });
  const kafka: Fact = component('kafka', { kind: 'message-broker', evidence: at('deploy/docker-compose.yml', 2) });
  const produces = (folder: string): Fact => connection(`${folder}/src/main/java/Sender.java`, { target: { component: 'kafka' }, role: 'produces', mechanism: 'messaging' });
  const systems = (facts: Fact[]): string[] => resolveFacts(facts).systems.map((system) => system.name).sort();

  it.each<[string, Fact[], string[], string[]]>([
    [
      'a module run by the compose service of its artifactId is named by the service, the module read first',
      [module('adapters/http', 'acme-adapter-http'), produces('adapters/http'), service('acme-adapter-http', 'acme/acme-adapter-http:1.0'), kafka],
      ['acme-adapter-http', 'kafka'],
      ['acme-adapter-http -> kafka (messaging)'],
    ],
    [
      'the same, the compose file read first',
      [service('acme-adapter-http', 'acme/acme-adapter-http:1.0'), kafka, module('adapters/http', 'acme-adapter-http'), produces('adapters/http')],
      ['acme-adapter-http', 'kafka'],
      ['acme-adapter-http -> kafka (messaging)'],
    ],
    [
      'a module a chart workload names after the release (adapter-http, alias acme-adapter-http) is that workload',
      [module('adapters/http', 'acme-adapter-http'), produces('adapters/http'), workload('adapter-http', 'acme-adapter-http'), kafka],
      ['adapter-http', 'kafka'],
      ['adapter-http -> kafka (messaging)'],
    ],
    [
      'a library in a folder named like a deployable\'s is not merged into it',
      [module('adapters/amqp', 'acme-adapter-amqp'), module('clients/amqp', 'acme-client-amqp'), produces('clients/amqp'), service('acme-adapter-amqp', 'acme/acme-adapter-amqp:1.0'), kafka],
      ['acme-adapter-amqp', 'acme-client-amqp', 'kafka'],
      ['acme-client-amqp -> kafka (messaging)'],
    ],
  ])('%s', (_label, facts, expectedSystems, expectedEdges) => {
    expect(systems(facts)).toEqual(expectedSystems);
    expect(edges(facts)).toEqual(expectedEdges);
  });
});

describe('resolveFacts: a Compose service deployed again by Kubernetes under another name', () => {
  const manifest = (file: string) => at(file, 4);
  const workload = (name: string, app: string, file: string, extra: Partial<Extract<Fact, { type: 'component' }>> = {}): Fact => component(name, { labels: { app }, evidence: manifest(file), ...extra });
  const service = (name: string, app: string, file: string): Fact => component(name, { selector: { app }, evidence: at(file, 20) });
  const depends = (source: string, target: string): Fact => ({ type: 'connection', component: source, target: { component: target }, role: 'depends', mechanism: 'other', evidence: at('docker-compose.yml', 9), confidence: CONFIDENCE.inferred });
  const route = (host: string): Fact => ({ ...connection('docker/apache/000-default.conf', { target: { url: `http://${host}:8080/` } }), gatewayConfig: 'Apache httpd' } as Fact);
  const front = [
    component('apache', { root: 'docker/apache', dockerfile: 'docker/apache/Dockerfile' }),
    component('order', { root: 'services/order', dockerfile: 'services/order/Dockerfile' }),
    workload('shop-apache', 'shop-apache', 'k8s/apache.yaml'),
    service('apache', 'shop-apache', 'k8s/apache.yaml'),
    workload('shop-order', 'shop-order', 'k8s/order.yaml'),
    service('order', 'shop-order', 'k8s/order.yaml'),
  ];

  it.each<[string, Fact[], string[]]>([
    ['the front\'s routes are its own, to the system both deployments call order', [...front, route('order')], ['apache -> order (rest)']],
    ['the same whichever file is read first', [...front.slice(2), ...front.slice(0, 2), route('order')], ['apache -> order (rest)']],
    [
      'a workload running other code keeps its own system, as the Service name did before',
      [component('order', { root: 'services/order' }), workload('shop-order', 'shop-order', 'k8s/order.yaml', { root: 'services/legacy-order' }), service('order', 'shop-order', 'k8s/order.yaml'), connection('services/order/Client.java', { target: { url: 'http://order:8080/' } })],
      ['order -> shop-order (rest)'],
    ],
  ])('%s', (_title, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });

  it('names the one system as both deployments do, the workload\'s name an alias', () => {
    const { systems } = resolveFacts([...front, route('order')]);
    expect(systems.map((system) => system.id).sort()).toEqual(['apache', 'order']);
  });

  it('makes no consumer -> broker edge of a pure consumer\'s compose link, whichever broker its consuming resolved to', () => {
    const facts: Fact[] = [
      component('kafka', { kind: 'message-broker', technology: 'Kafka' }),
      component('events', { kind: 'message-broker', technology: 'Kafka', evidence: at('k8s/kafka.yaml', 4) }),
      component('shipping', { root: 'shipping' }),
      component('order', { root: 'order' }),
      connection('shipping/Listener.java', { role: 'consumes', mechanism: 'messaging', technology: 'Kafka', target: { host: 'events' }, channel: 'order' }),
      connection('order/Sender.java', { role: 'produces', mechanism: 'messaging', technology: 'Kafka', target: { host: 'events' }, channel: 'order' }),
      depends('shipping', 'kafka'),
      depends('order', 'kafka'),
    ];
    expect(edges(facts).sort()).toEqual(['events -> shipping (messaging order)', 'order -> events (messaging order)', 'order -> kafka (messaging)']);
  });
});
