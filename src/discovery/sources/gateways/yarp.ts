/**
 * YARP (Microsoft's reverse proxy) configured in `appsettings*.json`: every destination address of
 * a cluster, `ReverseProxy:Clusters:<cluster>:Destinations:<name>:Address`, is a call from the
 * project to that upstream. Aspire service discovery names the service in the address
 * (`http://catalog-api`, `https+http://basket-api`). A cluster whose requests are sent as HTTP/2
 * (`HttpRequest: { Version: "2" }`), as gRPC needs, is a gRPC route. Read with the same
 * comment-tolerant JSON reading as the appsettings source, keeping lines.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from '../config/dotnet-appsettings.js';
import { neverThrows } from '../config/emit.js';
import { baseName } from '../config/paths.js';
import { flattenLeaves, parseYamlDocuments } from '../config/yaml-nodes.js';
import { GRPC_ROUTE, HTTP_ROUTE, routeConnection, upstreamOf } from './routes.js';

/** `appsettings.json`, `appsettings.Production.json`. */
const APPSETTINGS_FILE = /^appsettings([.-][^/]*)?\.json$/i;

const DESTINATION = /^(?:.*:)?ReverseProxy:Clusters:([^:]+):Destinations:[^:]+:Address$/i;
const VERSION = /^(?:.*:)?ReverseProxy:Clusters:([^:]+):HttpRequest:Version$/i;

/** The YARP source. */
export const yarpSource: Source = {
  name: 'yarp',
  extensions: ['.json'],
  accepts: (path) => APPSETTINGS_FILE.test(baseName(path)),
  read: neverThrows(readYarp),
};

function readYarp(file: SourceFile, context: SourceContext): Fact[] {
  if (!/"ReverseProxy"/i.test(file.text)) return [];
  const [yaml] = parseYamlDocuments(jsonWithoutComments(file.text), { uniqueKeys: false });
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const leaves = flattenLeaves(yaml, yaml.root, ':');
  const http2 = new Set(leaves.filter((leaf) => VERSION.test(leaf.key) && /^2(\.0)?$/.test(leaf.value.trim())).map((leaf) => (VERSION.exec(leaf.key)?.[1] ?? '').toLowerCase()));
  const facts: Fact[] = [];
  for (const leaf of leaves) {
    const cluster = DESTINATION.exec(leaf.key)?.[1];
    if (cluster === undefined) continue;
    const upstream = upstreamOf(leaf.value);
    if (!upstream) continue;
    const kind = http2.has(cluster.toLowerCase()) ? GRPC_ROUTE : (upstream.kind ?? HTTP_ROUTE);
    facts.push(routeConnection(upstream, kind, context.evidenceAt(leaf.line)));
  }
  return facts;
}
