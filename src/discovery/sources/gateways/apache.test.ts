import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { apacheLines, apacheSource } from './apache.js';

/** Reads `path` with the other files of a little repository reachable as the scan's companions. */
async function read(path: string, files: Record<string, string>): Promise<Fact[]> {
  const file = { path, text: files[path] as string };
  const listFolder = (folder: string): string[] => Object.keys(files).filter((each) => (each.includes('/') ? each.slice(0, each.lastIndexOf('/')) : '') === folder).map((each) => each.slice(each.lastIndexOf('/') + 1));
  return apacheSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other], listFolder, shared: new Map() });
}

/** Each fact in one line: `calls rest WebSocket notify:4000 @3 /live/`, `binds HOST=catalog @1`. */
function summary(facts: Fact[]): string[] {
  return facts.map((fact) => {
    if (fact.type === 'connection') {
      const target = fact.target.key !== undefined ? `$${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`;
      return `calls ${fact.mechanism} ${fact.technology} ${target} @${fact.evidence.line}${fact.routePath !== undefined ? ` ${fact.routePath}` : ''}${fact.gatewayConfig === 'Apache httpd' ? '' : ' (not marked)'}`;
    }
    if (fact.type === 'binding') return `binds ${fact.key}=${fact.value} @${fact.evidence.line}`;
    return fact.type;
  });
}

const conf = (text: string): Promise<Fact[]> => read('proxy/site.conf', { 'proxy/site.conf': text });

describe('apache source', () => {
  it.each([
    ['apache/httpd.conf', true],
    ['front/sites-enabled/000-default.conf', true],
    ['conf/extra/proxy.conf.template', true],
    ['apache/Dockerfile', false],
    ['docs/apache.md', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(apacheSource.accepts(path)).toBe(accepted);
  });

  it('reads lines: comments only at a line start, continuations joined, quotes grouping, section tags', () => {
    const lines = apacheLines('# ProxyPass /old http://old/\n<Location "/a b">\n  ProxyPass \\\n    "http://x:1/" retry=0\n</Location>\n');
    expect(lines.map(({ name, args, line }) => `${name}|${args.join('|')}@${line}`)).toEqual(['<Location|/a b@2', 'ProxyPass|http://x:1/|retry=0@3', '</Location|@5']);
  });

  it.each<[string, string, string[]]>([
    ['a ProxyPass with its path', 'ProxyPass /orders/ http://orders:8080/api/\n', ['calls rest HTTP orders:8080 @1 /orders/']],
    ['quoted arguments and parameters', 'ProxyPass "/orders" "http://orders:8080" retry=0 timeout=5\n', ['calls rest HTTP orders:8080 @1 /orders']],
    ['ProxyPassMatch (no plain prefix)', 'ProxyPassMatch "^/img/(.*)$" "http://images:9000/$1"\n', ['calls rest HTTP images:9000 @1']],
    ['a ProxyPass alone inside a Location', '<Location "/live/">\n  ProxyPass "ws://notify:4000/live/"\n</Location>\n', ['calls rest WebSocket notify:4000 @2 /live/']],
    ['RewriteRule with the proxy flag', 'RewriteEngine On\nRewriteRule "^/cart/(.*)$" "http://cart:3000/$1" [P,L]\nRewriteRule ^/old$ /new [R=301,L]\nRewriteRule ^/x$ http://%{HTTP_HOST}/y [P]\n', ['calls rest HTTP cart:3000 @2']],
    ['the long proxy flag', 'RewriteRule ^/a/(.*) http://api:8000/$1 [L,proxy,QSA]\n', ['calls rest HTTP api:8000 @1']],
    ['h2c as gRPC, h2 too, fcgi and ajp', 'ProxyPass /rpc/ h2c://ratings:50051/\nProxyPass /rpc2/ h2://pricing:50052/\nProxyPassMatch ^/(.*\\.php)$ fcgi://php-fpm:9000/var/www/$1\nProxyPass /legacy/ ajp://tomcat:8009/\n', ['calls grpc gRPC ratings:50051 @1 /rpc/', 'calls grpc gRPC pricing:50052 @2 /rpc2/', 'calls rest FastCGI php-fpm:9000 @3', 'calls rest AJP tomcat:8009 @4 /legacy/']],
    ['Define d variables, an environment variable left for resolution', 'Define API_HOST orders\nDefine API_PORT 8080\nProxyPass /a/ http://${API_HOST}:${API_PORT}/\nProxyPass /b/ http://${BILLING_HOST}:9000/\nProxyPass /c/ ${PAYMENTS_URL}/\n', ['binds API_HOST=orders @1', 'binds API_PORT=8080 @2', 'calls rest HTTP orders:8080 @3 /a/', 'calls rest HTTP $BILLING_HOST @4 /b/', 'calls rest HTTP $PAYMENTS_URL @5 /c/']],
    ['a balancer and its members, inside and outside <Proxy>', '<Proxy "balancer://pool">\n  BalancerMember http://web-1:8080\n  BalancerMember http://web-2:8080 route=2\n</Proxy>\nBalancerMember balancer://pool http://web-3:8080\nProxyPass /app/ balancer://pool/ stickysession=JSESSIONID\n', ['calls rest HTTP web-1:8080 @6 /app/', 'calls rest HTTP web-2:8080 @6 /app/', 'calls rest HTTP web-3:8080 @6 /app/']],
    ['a loopback upstream and a socket: a program beside httpd', 'ProxyPass /a/ http://127.0.0.1:9000/\nProxyPassMatch ^/(.*\\.php)$ "unix:/run/php/php-fpm.sock|fcgi://localhost/var/www/"\n', ['calls rest HTTP $$loopback:9000 @1 /a/', 'calls rest FastCGI $$loopback:unix:/run/php/php-fpm.sock @2']],
    [
      'no routes: ProxyPassReverse, exclusions, handlers, comments, other directives',
      '<VirtualHost *:80>\n  ProxyPass /static/ !\n  <Location /balancer-manager>\n    SetHandler balancer-manager\n  </Location>\n  ProxyPass /balancer-manager !\n  <Location /server-status>\n    SetHandler server-status\n    ProxyPass !\n  </Location>\n  ProxyPassReverse /x/ http://orders:8080/\n  #ProxyPass /old/ http://legacy:7000/\n  # ProxyPass /older/ http://legacy:7000/\n  Redirect /docs https://docs.example.com/\n</VirtualHost>\n',
      [],
    ],
  ])('reads %s', async (_name, text, expected) => {
    expect(summary(await conf(text))).toEqual(expected);
  });

  it('follows Include for balancers and Defines, and finds a balancer in another file the image loads', async () => {
    const files = {
      'web/Dockerfile': 'FROM httpd:2.4\nCOPY httpd.conf /usr/local/apache2/conf/httpd.conf\nCOPY extra/ /usr/local/apache2/conf/extra/\n',
      'web/httpd.conf': 'Define SEARCH search\nInclude conf/extra/pools.conf\nProxyPass /s/ http://${SEARCH}:9200/\nProxyPass /r/ balancer://reviews/\n',
      'web/extra/pools.conf': '<Proxy balancer://reviews>\n  BalancerMember http://reviews-a:5000\n</Proxy>\nProxyPass /t/ http://${TAGS_HOST}/\n',
      'web/extra/other.conf': 'ProxyPass /m/ balancer://media/\n',
      'web/extra/media.conf': '<Proxy balancer://media>\n  BalancerMember http://media:7000\n</Proxy>\n',
    };
    expect(summary(await read('web/httpd.conf', files))).toEqual(['binds SEARCH=search @1', 'calls rest HTTP search:9200 @3 /s/', 'calls rest HTTP reviews-a:5000 @4 /r/']);
    expect(summary(await read('web/extra/other.conf', files))).toEqual(['calls rest HTTP media:7000 @1 /m/']);
  });

  it.each<[string, Record<string, string>, string, number]>([
    ['copied into sites-enabled from an ubuntu image with apache2', { 'front/Dockerfile': 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y apache2\nCOPY sites/000-default.conf /etc/apache2/sites-enabled/\n' }, 'front/sites/000-default.conf', 1],
    ['a vhost the image does not copy', { 'front/Dockerfile': 'FROM ubuntu:22.04\nRUN apt-get install -y apache2\nCOPY sites/000-default.conf /etc/apache2/sites-enabled/\n' }, 'front/sites/legacy.conf', 0],
    ['a folder copied into the official image', { 'web/Dockerfile': 'FROM httpd:2.4-alpine\nCOPY conf/ /usr/local/apache2/conf/\n' }, 'web/conf/httpd.conf', 1],
    ['copied somewhere httpd does not read', { 'web/Dockerfile': 'FROM httpd:2.4\nCOPY conf/ /srv/templates/\n' }, 'web/conf/httpd.conf', 0],
    ['no httpd image around (a compose mount decides)', { 'app/Dockerfile': 'FROM node:20\nCOPY . /app\n' }, 'app/apache/site.conf', 1],
  ])('ties a file to its image: %s', async (_name, files, path, routes) => {
    const facts = await read(path, { ...files, [path]: 'ProxyPass / http://orders:8080/\n' });
    expect(facts.filter((fact) => fact.type === 'connection')).toHaveLength(routes);
  });
});
