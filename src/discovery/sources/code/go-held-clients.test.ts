/**
 * One Go binary serving several roles, each switched on by a setting: the clients it builds once
 * are the calls of the roles whose branches use them (go-held-clients.ts), a role's switch falls
 * back to a master switch (branch-conditions.ts, goUnset), a client taken for a gRPC stub by its
 * name speaks HTTP when its address's stated default is an http(s) URL, and a reverse proxy calls
 * its target.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const connections = (facts: Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');

/** Each connection as `target mechanism [KEY=test(fallback,unset) …]`. */
function brief(facts: Fact[]): string[] {
  return connections(facts)
    .map((fact) => {
      const conditions = (fact.conditions ?? []).map((condition) => `${condition.negated ? '!' : ''}${condition.key}(${condition.fallbackKey ?? '-'},${condition.unsetValue ?? '-'})`);
      return `${fact.target.key ?? fact.target.url ?? fact.target.host} ${fact.mechanism} [${conditions.join(' ')}]`;
    })
    .sort();
}

const HEAD = code`
  package main
  import ("net/http"; "net/http/httputil"; "net/url"; "github.com/acme/app/internal/envutil"; "github.com/acme/app/internal/acmehttp")
`;

describe('Go roles switched on by settings', () => {
  it.each<[string, string, string[]]>([
    [
      'a client built once is the call of each role whose branch uses it, under a master switch',
      code`
        func main() {
          enableAll := envutil.GetBool("ACME_ENABLE_ALL_SERVICES", true)
          catalogClient := acmehttp.NewCatalogClient(envutil.Get("ACME_CATALOG_ENDPOINT", "http://localhost:3333"))
          if envutil.GetBool("ACME_ENABLE_RECOMMENDATIONS_SERVICE", enableAll) { recommendations.Mount(catalogClient) }
          if envutil.GetBool("ACME_ENABLE_ADMIN_SERVICE", enableAll) { admin.Mount(catalogClient) }
        }`,
      ['ACME_CATALOG_ENDPOINT rest [ACME_ENABLE_ADMIN_SERVICE(ACME_ENABLE_ALL_SERVICES,true)]', 'ACME_CATALOG_ENDPOINT rest [ACME_ENABLE_RECOMMENDATIONS_SERVICE(ACME_ENABLE_ALL_SERVICES,true)]'],
    ],
    [
      'a use outside every branch keeps the client unconditional',
      code`
        func main() {
          catalogClient := acmehttp.NewCatalogClient(envutil.Get("ACME_CATALOG_ENDPOINT", "http://localhost:3333"))
          if envutil.GetBool("ACME_ENABLE_ADMIN_SERVICE", false) { admin.Mount(catalogClient) }
          defer catalogClient.Close()
        }`,
      ['ACME_CATALOG_ENDPOINT rest []'],
    ],
    [
      'a branch whose test is not a setting says nothing',
      code`
        func main() {
          catalogClient := acmehttp.NewCatalogClient(envutil.Get("ACME_CATALOG_ENDPOINT", "http://localhost:3333"))
          if len(os.Args) > 1 { admin.Mount(catalogClient) }
        }`,
      ['ACME_CATALOG_ENDPOINT rest []'],
    ],
    [
      'a switch with a literal default',
      code`
        func main() {
          if envutil.GetBool("ACME_ENABLE_ADMIN_SERVICE", true) { http.Get(envutil.Get("ACME_AUDIT_URL", "")) }
        }`,
      ['ACME_AUDIT_URL rest [ACME_ENABLE_ADMIN_SERVICE(-,true)]'],
    ],
    [
      'a stub-like constructor given a bare host keeps the gRPC guess',
      code`
        func main() {
          ordersClient := acmehttp.NewOrdersClient(envutil.Get("ACME_ORDERS_ADDR", "localhost:50051"))
          ordersClient.Ping()
        }`,
      ['ACME_ORDERS_ADDR grpc []'],
    ],
    [
      'a gateway role forwarding a path-prefix table through reverse proxies',
      code`
        func main() {
          catalogEndpoint := envutil.Get("ACME_CATALOG_ENDPOINT", "http://localhost:3333")
          copyEndpoint := envutil.Get("ACME_COPY_ENDPOINT", "http://localhost:3334")
          if envutil.GetBool("ACME_ENABLE_GATEWAY_SERVICE", false) {
            routes := map[string]string{"/api/catalog": catalogEndpoint, "/api/copy": copyEndpoint}
            for prefix, endpoint := range routes {
              target, _ := url.Parse(endpoint)
              proxy := httputil.NewSingleHostReverseProxy(target)
              http.Handle(prefix+"/", proxy)
            }
          }
        }`,
      ['ACME_CATALOG_ENDPOINT rest [ACME_ENABLE_GATEWAY_SERVICE(-,false)]', 'ACME_COPY_ENDPOINT rest [ACME_ENABLE_GATEWAY_SERVICE(-,false)]'],
    ],
  ])('%s', async (_name, body, expected) => {
    expect(brief(await readSnippet(goCodeSource, 'cmd/main.go', `${HEAD}\n${body}`))).toEqual(expected);
  });
});
