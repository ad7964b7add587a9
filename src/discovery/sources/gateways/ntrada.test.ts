import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { ntradaSource } from './ntrada.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return ntradaSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

/** Each connection as `role target mechanism channel @line`. */
async function connections(text: string): Promise<string[]> {
  return (await read('src/Acme.APIGateway/ntrada.docker.yml', text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.role} ${fact.target.host ?? '(broker)'}${fact.target.port ? `:${fact.target.port}` : ''} ${fact.mechanism}${fact.channel ? ` ${fact.channel}` : ''} @${fact.evidence.line}`);
}

const GATEWAY = `useLocalUrl: false
loadBalancer:
  enabled: true
  url: fabio:9999
extensions:
  rabbitmq:
    use: rabbitmq
    hostnames:
      - rabbitmq
modules:
  home:
    routes:
      - upstream: /
        method: GET
        use: return_value
        returnValue: Welcome
  orders:
    path: /orders
    routes:
      - upstream: /{id}
        method: GET
        use: downstream
        downstream: orders-service/orders/{id}
      - upstream: /
        method: POST
        use: rabbitmq
        config:
          exchange: orders
          routing_key: create_order
    services:
      orders-service:
        localUrl: localhost:5003
        url: orders-service
  parcels:
    path: /parcels
    routes:
      - upstream: /
        method: GET
        use: downstream
        downstream: parcels/parcels
    services:
      parcels:
        url: http://parcels-service:80
  pricing:
    routes:
      - upstream: /
        use: downstream
        downstream: http://pricing:5000/quote
      - upstream: /local
        use: downstream
        downstream: localhost:5009/x
`;

describe('ntrada source', () => {
  it.each([
    ['src/Acme.APIGateway/ntrada.yml', true],
    ['src/Acme.APIGateway/ntrada.docker.yml', true],
    ['ntrada.production.yaml', true],
    ['src/Acme.APIGateway/ntrada.sample.yml', false],
    ['ntrada.example.yml', false],
    ['ntrada.docker.template.yml', false],
    ['src/Acme.APIGateway/appsettings.yml', false],
    ['ocelot.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(ntradaSource.accepts(path)).toBe(accepted);
  });

  it('reads downstream routes by service (a services key gives the url), and rabbitmq routes as publishing; the load balancer is no target', async () => {
    expect(await connections(GATEWAY)).toEqual([
      'calls orders-service rest @23',
      'produces rabbitmq messaging orders @26',
      'calls parcels-service:80 rest @40',
      'calls pricing:5000 rest @48',
    ]);
  });

  it('publishes to the broker the files deploy when the hostnames are not in the file', async () => {
    const text = `extensions:\n  rabbitmq:\n    use: rabbitmq\n    configFile: rabbitmq.json\nmodules:\n  a:\n    routes:\n      - use: rabbitmq\n        config:\n          routing_key: do_it\n`;
    expect(await connections(text)).toEqual(['produces (broker) messaging do_it @8']);
  });

  it('reads nothing of a YAML file without modules', async () => {
    expect(await read('ntrada.yml', 'routes:\n  - use: downstream\n    downstream: x/y\n')).toEqual([]);
  });
});
