/**
 * Ocelot (an API gateway for ASP.NET Core) configured in `ocelot.json` (and `ocelot.<env>.json`):
 * every route's downstream, `Routes[].DownstreamHostAndPorts[].Host` (`ReRoutes` before Ocelot
 * 16), or the `ServiceName` it looks up in service discovery, is a call from the gateway. The
 * route's `DownstreamScheme` says how (`ws` is a WebSocket route, REST like the others; `grpc`,
 * or a `DownstreamHttpVersion` of 2, is gRPC).
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from '../config/dotnet-appsettings.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { parseYamlDocuments, type YamlDocument } from '../config/yaml-nodes.js';
import { GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** `ocelot.json`, `ocelot.Production.json`, `ocelot.global.json`. */
const OCELOT_FILE = /^ocelot([.-][^/]*)?\.json$/i;

/** The Ocelot source. */
export const ocelotSource: Source = {
  name: 'ocelot',
  extensions: ['.json'],
  accepts: (path) => OCELOT_FILE.test(baseName(path)),
  read: neverThrows(readOcelot),
};

/** A key's value, whatever its case (Ocelot binds configuration case-insensitively). */
function field(yaml: YamlDocument, node: unknown, key: string): { value: unknown; line: number } | undefined {
  const entry = yaml.entries(node).find((candidate) => candidate.key.toLowerCase() === key.toLowerCase());
  return entry ? { value: entry.value, line: entry.line } : undefined;
}

function readOcelot(file: SourceFile, context: SourceContext): Fact[] {
  const [yaml] = parseYamlDocuments(jsonWithoutComments(file.text.replace(/^\uFEFF/, ' ')), { uniqueKeys: false });
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const routes = field(yaml, yaml.root, 'Routes') ?? field(yaml, yaml.root, 'ReRoutes');
  const facts: Fact[] = [];
  for (const route of yaml.items(routes?.value)) {
    const scheme = (yaml.text(field(yaml, route, 'DownstreamScheme')?.value) ?? 'http').trim().toLowerCase();
    const version = yaml.text(field(yaml, route, 'DownstreamHttpVersion')?.value)?.trim();
    const grpc = scheme === 'grpc' || scheme === 'grpcs' || /^2(\.0)?$/.test(version ?? '');
    const addresses: { text: string; line: number }[] = [];
    for (const hostAndPort of yaml.items(field(yaml, route, 'DownstreamHostAndPorts')?.value)) {
      const host = field(yaml, hostAndPort, 'Host');
      const text = yaml.text(host?.value);
      const port = yaml.text(field(yaml, hostAndPort, 'Port')?.value);
      if (host && text) addresses.push({ text: `${scheme}://${text.trim()}${port && /^\d+$/.test(port.trim()) ? `:${port.trim()}` : ''}`, line: host.line });
    }
    const service = field(yaml, route, 'ServiceName');
    const serviceName = yaml.text(service?.value);
    if (service && serviceName && addresses.length === 0) addresses.push({ text: `${scheme}://${serviceName.trim()}`, line: service.line });
    for (const address of addresses) {
      const upstream = upstreamOf(address.text);
      if (upstream) facts.push(routeConnection(upstream, grpc ? GRPC_ROUTE : (upstream.kind ?? HTTP_ROUTE), context.evidenceAt(address.line)));
    }
  }
  return facts;
}
