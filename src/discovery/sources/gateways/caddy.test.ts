import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { caddyLines, caddySource } from './caddy.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return caddySource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** Each fact in one line: `calls rest orders:8080 @3`, `binds API_TARGET=activitypub:8080 @4`. */
function summary(facts: Fact[]): string[] {
  return facts.map((fact) => {
    if (fact.type === 'connection') return `calls ${fact.mechanism} ${fact.target.key !== undefined ? `$${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`} @${fact.evidence.line}`;
    if (fact.type === 'binding') return `binds ${fact.key}=${fact.value}${fact.fallback ? ' (default)' : ''} @${fact.evidence.line}`;
    return fact.type;
  });
}

describe('caddy source', () => {
  it.each([
    ['Caddyfile', true],
    ['deploy/caddy/Caddyfile', true],
    ['Caddyfile.prod', true],
    ['sites/blog.caddyfile', true],
    ['caddy.json', false],
    ['docs/Caddyfile.md', false],
    ['deploy/Caddyfile.dev', true],
    ['src/caddyfile.ts', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(caddySource.accepts(path)).toBe(accepted);
  });

  it('tokenizes lines: comments dropped, quotes kept whole with their braces, braces tokens of their own', () => {
    const lines = caddyLines('a.example.com {\n  # reverse_proxy old:80\n  respond "hi { there }" 200 # inline\n  reverse_proxy /api/* api:8080 {\n    to b:1 \\\n       c:2\n  }\n}\n');
    expect(lines.map((tokens) => tokens.map((token) => token.text).join('|'))).toEqual(['a.example.com|{', 'respond|hi { there }|200', 'reverse_proxy|/api/*|api:8080|{', 'to|b:1|c:2', '}', '}']);
    expect(lines[3]?.[2]?.line).toBe(6);
  });

  it.each<[string, string, string[]]>([
    ['one upstream', 'example.com {\n  reverse_proxy inkpress:2368\n}\n', ['calls rest inkpress:2368 @2']],
    ['a matcher then several upstreams', ':80 {\n  reverse_proxy /api/* orders:8080 http://billing:9000\n}\n', ['calls rest orders:8080 @2', 'calls rest billing:9000 @2']],
    ['a named matcher and a `to` in the block', 'site {\n  @ws path /ws/*\n  reverse_proxy @ws {\n    to realtime:3000\n  }\n}\n', ['calls rest realtime:3000 @4']],
    ['handle blocks', 'site {\n  handle /stats/* {\n    reverse_proxy traffic-analytics:3000\n  }\n  handle {\n    reverse_proxy web:80\n  }\n}\n', ['calls rest traffic-analytics:3000 @3', 'calls rest web:80 @6']],
    ['an environment placeholder', 'site {\n  reverse_proxy /.ghost/activitypub/* {$ACTIVITYPUB_TARGET}\n}\n', ['calls rest $ACTIVITYPUB_TARGET @2']],
    ['a placeholder with a default', 'site {\n  reverse_proxy {$API_UPSTREAM:api:8080}\n}\n', ['binds API_UPSTREAM=api:8080 (default) @2', 'calls rest $API_UPSTREAM @2']],
    ['a runtime env placeholder', 'site {\n  reverse_proxy {env.BACKEND}\n}\n', ['calls rest $BACKEND @2']],
    ['h2c as gRPC', 'grpc.example.com {\n  reverse_proxy h2c://ratings:50051\n  reverse_proxy /x.Y/* pricing:50052 {\n    transport http {\n      versions h2c\n    }\n  }\n}\n', ['calls grpc ratings:50051 @2', 'calls grpc pricing:50052 @3']],
    ['a snippet imported in a site and in a nested block, each with its argument', '(proxy) {\n  reverse_proxy {args.0} {\n    header_up X-Forwarded-Port {http.request.port}\n  }\n}\nlearn.example.com{$default_site_port} {\n  handle_path /api/* {\n    import proxy "api:8000"\n  }\n  import proxy "lms:8000"\n}\n', ['calls rest api:8000 @8', 'calls rest lms:8000 @10']],
    ['the bracketed argument form and every argument', '(api) {\n  reverse_proxy {args[0]}\n}\n(pool) {\n  reverse_proxy {args[:]}\n}\nsite {\n  import api forum:4567\n  import pool web-1:80 web-2:80\n}\n', ['calls rest forum:4567 @8', 'calls rest web-1:80 @9', 'calls rest web-2:80 @9']],
    ['a snippet importing a snippet, an argument that is a placeholder', '(inner) {\n  reverse_proxy {args[0]}\n}\n(outer) {\n  import inner {args[0]}\n}\nsite {\n  import outer {$CMS_TARGET}\n}\n', ['calls rest $CMS_TARGET @8']],
    ['no routes: a snippet imported nowhere, a commented-out import, a file import', '(old) {\n  reverse_proxy studio:8010\n}\nsite {\n  # import old\n  import sites/*.caddy\n}\n', []],
    ['no routes but a loopback one (a program beside Caddy, or nobody): comments, site addresses, other directives', 'localhost:8443, blog.example.com {\n  # reverse_proxy legacy:80\n  reverse_proxy localhost:9000\n  file_server\n  respond /health 200\n  redir https://example.org\n}\n', ['calls rest $$loopback:9000 @3']],
  ])('reads %s', async (_name, text, expected) => {
    expect(summary(await read('Caddyfile', text))).toEqual(expected);
  });
});
