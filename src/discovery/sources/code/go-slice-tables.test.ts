/**
 * A gateway's route table built by one function as a slice of struct literals and ranged over by
 * another through its parameter (go-slice-tables.ts): each element's upstream is a target.
 */
import { describe, expect, it } from 'vitest';
import { readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const gateway = (routes: string, more = ''): string =>
  [
    'package gw',
    'import (\n\t"net/http/httputil"\n\t"net/url"\n\t"os"\n)',
    'type Route struct {\n\tPrefix   string\n\tUpstream string\n}',
    `func RoutesFromEnv() []Route {\n\tcatalog := os.Getenv("CATALOG_ENDPOINT")\n\tws := os.Getenv("WS_ENDPOINT")\n\treturn []Route{\n${routes}\n\t}\n}`,
    more,
    'func (s *Server) WithGateway(routes []Route) *Server {\n\tfor _, rt := range routes {\n\t\ttarget, _ := url.Parse(rt.Upstream)\n\t\tproxy := httputil.NewSingleHostReverseProxy(target)\n\t\ts.mux.Handle(rt.Prefix+"/", proxy)\n\t}\n\treturn s\n}',
  ].join('\n\n');

describe('a route table ranged through a parameter', () => {
  it.each<[string, string, string, string[]]>([
    ['elements by position', '\t\t{"/api/catalog", catalog},\n\t\t{"/ws", ws},', '', ['CATALOG_ENDPOINT', 'WS_ENDPOINT']],
    ['elements by field name', '\t\t{Prefix: "/api/catalog", Upstream: catalog},\n\t\t{Upstream: ws, Prefix: "/ws"},', '', ['CATALOG_ENDPOINT', 'WS_ENDPOINT']],
    ['two functions build the table: neither is known to be the one given', '\t\t{"/api/catalog", catalog},', 'func TestRoutes() []Route {\n\treturn []Route{{"/api/catalog", "http://catalog.test.invalid"}}\n}', ['code:Upstream']],
  ])('%s', async (_name, routes, more, expected) => {
    const facts = await readSnippet(goCodeSource, 'internal/gw/gateway.go', gateway(routes, more));
    const targets = facts.flatMap((fact) => (fact.type === 'connection' && fact.mechanism === 'rest' ? [fact.target.key ?? fact.target.host ?? '?'] : []));
    expect(targets.sort()).toEqual(expected);
  });
});
