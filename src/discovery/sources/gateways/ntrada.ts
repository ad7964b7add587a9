/**
 * Ntrada (an API gateway for .NET configured in YAML: `ntrada.yml`, `ntrada.docker.yml`,
 * `ntrada.<env>.yml`): each route of `modules.<module>.routes` is a call from the gateway.
 *
 * - `use: downstream` forwards to `downstream: orders-service/orders/{id}`, whose first segment is
 *   the service: a key of the module's `services` map, whose `url` gives the host, or else the host
 *   itself (a full `http://…` downstream is read as written). REST.
 * - `use: rabbitmq` publishes the request as a message (`config.exchange`, `config.routing_key`)
 *   to the broker of `extensions.rabbitmq.hostnames`, or to the RabbitMQ the files deploy when the
 *   hostnames are elsewhere (a `configFile`). Messaging.
 *
 * `loadBalancer.url` (Fabio) is a hop on the way, not a target: the route still calls the service
 * it names. A sample or example (`ntrada.sample.yml`, `ntrada.example.yml`) deploys nothing.
 */
import { CONFIDENCE, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** `ntrada.yml`, `ntrada.docker.yml`, `ntrada.production.yaml`. */
const NTRADA_FILE = /^ntrada([.-][^/]*)?\.ya?ml$/i;
/** Files showing how a configuration could look: nobody deploys them. */
const SAMPLE_FILE = /[.-](sample|example|template)([.-][^/]*)?\.ya?ml$/i;

/** The Ntrada source. */
export const ntradaSource: Source = {
  name: 'ntrada',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => NTRADA_FILE.test(baseName(path)) && !SAMPLE_FILE.test(baseName(path)),
  read: neverThrows(readNtrada),
};

function readNtrada(file: SourceFile, context: SourceContext): Fact[] {
  // Ntrada's routes live under `modules:`; anything else so named is not its configuration.
  if (!/^modules\s*:/m.test(file.text)) return [];
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) {
    const hostnames = yaml.items(yaml.get(yaml.get(yaml.get(yaml.root, 'extensions'), 'rabbitmq'), 'hostnames')).flatMap((item) => yaml.text(item)?.trim() || []);
    for (const module of yaml.entries(yaml.get(yaml.root, 'modules'))) {
      const services = yaml.get(module.value, 'services');
      for (const route of yaml.items(yaml.get(module.value, 'routes'))) {
        const use = yaml.text(yaml.get(route, 'use'))?.trim().toLowerCase();
        if (use === 'downstream') {
          const fact = downstreamFact(yaml, route, services, context);
          if (fact) facts.push(fact);
        } else if (use === 'rabbitmq') facts.push(publishFact(yaml, route, hostnames, context));
      }
    }
  }
  return facts;
}

/** The call a `use: downstream` route makes to the service its downstream's first segment names. */
function downstreamFact(yaml: YamlDocument, route: unknown, services: unknown, context: SourceContext): ConnectionFact | undefined {
  const node = yaml.get(route, 'downstream');
  const downstream = yaml.text(node)?.trim();
  if (!downstream) return undefined;
  let address = downstream;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(downstream)) {
    const first = downstream.replace(/^\/+/, '').split('/')[0] ?? '';
    const url = yaml.text(yaml.get(yaml.get(services, first), 'url'))?.trim();
    address = url || first;
  }
  const upstream = upstreamOf(address);
  return upstream ? routeConnection(upstream, upstream.kind ?? HTTP_ROUTE, context.evidenceAt(yaml.lineOf(node))) : undefined;
}

/** The message a `use: rabbitmq` route publishes, on its exchange. */
function publishFact(yaml: YamlDocument, route: unknown, hostnames: readonly string[], context: SourceContext): ConnectionFact {
  const config = yaml.get(route, 'config');
  const exchange = yaml.text(yaml.get(config, 'exchange'))?.trim();
  const routingKey = yaml.text(yaml.get(config, 'routing_key'))?.trim();
  const channel = exchange || routingKey;
  const host = hostnames[0] === undefined ? undefined : upstreamOf(hostnames[0])?.target.host;
  return {
    type: 'connection',
    target: host ? { host } : {},
    role: 'produces',
    mechanism: 'messaging',
    technology: 'RabbitMQ',
    targetKind: 'message-broker',
    ...(channel ? { channel } : {}),
    evidence: context.evidenceAt(yaml.lineOf(yaml.get(route, 'use'))),
    confidence: host ? CONFIDENCE.literal : CONFIDENCE.inferred,
  };
}
