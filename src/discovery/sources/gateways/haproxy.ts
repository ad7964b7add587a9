/**
 * HAProxy as a load balancer: each server of a backend its frontends use is a call from the
 * HAProxy running the configuration to that server (core/discovery/haproxy.ts says which servers
 * are reached, and in which mode). In `mode http` the call is REST (gRPC with `proto h2`); in
 * `mode tcp` the connection is whatever the server's port is by convention (6379 Redis and 5432
 * PostgreSQL are database, 1883 MQTT and 5672 AMQP messaging), else TCP (`other`). Hosts written
 * as environment variables (`"${TICKETS_HOST}:5000"`) resolve through the bindings of the HAProxy
 * container.
 *
 * The connections carry no component: the folder of the file belongs to the compose service
 * running HAProxy that mounts it (docker-compose.ts), or the Kubernetes workload running HAProxy
 * that mounts the ConfigMap holding it (kubernetes-objects.ts), as Kong's files do.
 */
import { parseAddress } from '../../../core/discovery/addresses.js';
import type { ConnectionFact, EvidenceAt, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { haproxyRoutes, mayBeHaproxyConfig } from '../../../core/discovery/haproxy.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** `haproxy.cfg`, `lb.cfg`, `haproxy.cfg.tmpl`, `haproxy-internal.conf`. */
const CONFIG_FILE = /\.cfg(\.(template|tmpl|tpl))?$|^haproxy[\w.-]*\.(conf|template|tmpl|tpl)$/i;

/** The HAProxy source. */
export const haproxySource: Source = {
  name: 'haproxy',
  extensions: ['.cfg', '.template', '.tmpl', '.tpl', '.conf'],
  accepts: (path) => CONFIG_FILE.test(baseName(path)) && !isTestCode(path),
  sniff: (head) => /^[ \t]*(global|defaults|frontend|backend|listen)\b/m.test(head),
  read: neverThrows((file: SourceFile, context: SourceContext): Fact[] => haproxyRouteFacts(file.text, context.evidenceAt)),
};

/** The calls of a configuration's text, lines counted in that text. */
export function haproxyRouteFacts(text: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  if (!mayBeHaproxyConfig(text)) return [];
  const facts: ConnectionFact[] = [];
  for (const route of haproxyRoutes(text)) {
    const upstream = upstreamOf(route.address);
    if (!upstream) continue;
    const evidence = evidenceAt(route.line);
    if (route.mode === 'http') {
      facts.push(routeConnection(upstream, route.http2 ? GRPC_ROUTE : HTTP_ROUTE, evidence));
      continue;
    }
    // A TCP stream carries whatever the server speaks: its port says so by convention.
    const port = upstream.target.port;
    const known = port !== undefined ? parseAddress(`server:${port}`) : undefined;
    const tcp = routeConnection(upstream, { mechanism: 'rest', technology: 'TCP' }, evidence);
    facts.push(
      known?.mechanism !== undefined && known.technology !== undefined
        ? { ...tcp, mechanism: known.mechanism, technology: known.technology, ...(known.kind !== undefined && known.kind !== 'application' ? { targetKind: known.kind } : {}) }
        : { ...tcp, mechanism: 'other' },
    );
  }
  return facts;
}
