import { describe, expect, it } from 'vitest';
import { haproxyLines, haproxyRoutes, isHaproxyConfigEntry, mayBeHaproxyConfig } from './haproxy.js';

/** Each route as `address mode[ h2] @line`. */
const routes = (text: string): string[] => haproxyRoutes(text).map((route) => `${route.address} ${route.mode}${route.http2 ? ' h2' : ''} @${route.line}`);

describe('haproxyLines', () => {
  it.each([
    ['    server web1 web:80 check', ['server', 'web1', 'web:80', 'check']],
    ['  server web1 web:80 # was web:8080', ['server', 'web1', 'web:80']],
    ['tcp-check send PING\\r\\n', ['tcp-check', 'send', 'PINGrn']],
    ['tcp-check send SENTINEL\\ get-master-addr-by-name\\ mymaster', ['tcp-check', 'send', 'SENTINEL get-master-addr-by-name mymaster']],
    ['server app "${APP_HOST}:8080" check', ['server', 'app', '${APP_HOST}:8080', 'check']],
    ["http-request return string 'a # b'", ['http-request', 'return', 'string', 'a # b']],
  ])('splits %s', (line, words) => {
    expect(haproxyLines(line)[0]?.words).toEqual(words);
  });

  it('drops comment lines and blank lines, keeping line numbers', () => {
    expect(haproxyLines('# head\n\n  backend b\n#  server x x:1\n').map((line) => `${line.line}:${line.words.join(' ')}`)).toEqual(['3:backend b']);
  });
});

describe('haproxyRoutes', () => {
  it('follows use_backend and default_backend to the servers, with each backend’s mode', () => {
    const text = [
      'global', //                                       1
      '  maxconn 4096', //                               2
      'defaults', //                                     3
      '  mode http', //                                  4
      'frontend web', //                                 5
      '  bind *:80', //                                  6
      '  use_backend api if { path_beg /api }', //       7
      '  default_backend site', //                       8
      'frontend mqtt', //                                9
      '  mode tcp', //                                  10
      '  bind *:1883', //                               11
      '  default_backend brokers', //                   12
      'backend api', //                                 13
      '  server a1 api:8080 check', //                  14
      '  server a2 ipv4@api-2:8080 check backup', //    15
      'backend site', //                                16
      '  server-template site- 3 site:3000 check resolvers dns', // 17
      'backend brokers', //                             18
      '  mode tcp', //                                  19
      '  server b1 mosquitto:1883 check', //            20
    ].join('\n');
    expect(routes(text)).toEqual(['api:8080 http @14', 'api-2:8080 http @15', 'site:3000 http @17', 'mosquitto:1883 tcp @20']);
  });

  it('reads listen sections as frontend and backend at once', () => {
    expect(routes('listen pg\n  bind :5433\n  mode tcp\n  server p1 db:5432 check\n')).toEqual(['db:5432 tcp @4']);
  });

  it.each([
    ['a stats listener', 'defaults\n  mode http\nlisten stats\n  bind :8404\n  stats enable\n  stats uri /stats\nfrontend f\n  default_backend b\nbackend b\n  server s app:80\n', ['app:80 http @10']],
    ['a disabled server', 'frontend f\n  default_backend b\nbackend b\n  server s1 app:80\n  server s2 old:80 check disabled\n', ['app:80 tcp @4']],
    ['a commented-out server', 'frontend f\n  default_backend b\nbackend b\n  server s1 app:80\n#  server s2 canary:80\n  # server s3 beta:80\n', ['app:80 tcp @4']],
    ['a backend no frontend uses', 'frontend f\n  default_backend b\nbackend b\n  server s1 app:80\nbackend spare\n  server s2 spare:80\n', ['app:80 tcp @4']],
    ['a disabled backend', 'frontend f\n  use_backend spare if x\n  default_backend b\nbackend b\n  server s1 app:80\nbackend spare\n  disabled\n  server s2 spare:80\n', ['app:80 tcp @5']],
    ['a disabled frontend', 'frontend f\n  disabled\n  default_backend b\nbackend b\n  server s1 app:80\n', []],
    [
      'resolvers, peers, mailers and ring sections',
      'resolvers dns\n  nameserver ns1 kube-dns.kube-system.svc.cluster.local:53\npeers lbs\n  peer lb1 lb-1:10000\n  server lb2 lb-2:10000\nmailers alerts\n  mailer smtp1 mail:25\nring logs\n  server syslog collector:514\nlisten l\n  server s app:80\n',
      ['app:80 tcp @11'],
    ],
    ['Unix sockets and file descriptors', 'listen l\n  server s1 unix@/run/app.sock\n  server s2 /run/other.sock\n  server s3 fd@3\n  server s4 app:80\n', ['app:80 tcp @5']],
  ])('gives no route for %s', (_name, text, expected) => {
    expect(routes(text)).toEqual(expected);
  });

  it('sends a backend that says no mode the mode of its defaults, else of the frontend using it, else tcp', () => {
    const text = [
      'defaults web', //                      1
      '  mode http', //                       2
      'defaults raw', //                      3
      '  timeout connect 5s', //              4
      'frontend f from web', //               5
      '  use_backend one if a', //            6
      '  default_backend two', //             7
      'backend one from web', //              8
      '  server s1 one:80', //                9
      'backend two', //                      10
      '  server s2 two:80', //               11
    ].join('\n');
    // `two` takes the last defaults (`raw`, no mode) and so the frontend's http.
    expect(routes(text)).toEqual(['one:80 http @9', 'two:80 http @11']);
  });

  it('reaches every backend through a dynamic use_backend', () => {
    const text = 'defaults\n  mode http\nfrontend f\n  use_backend %[req.hdr(host),lower,map(/etc/haproxy/hosts.map)]\nbackend a\n  server a a:80\nbackend b\n  server b b:80\n';
    expect(routes(text)).toEqual(['a:80 http @6', 'b:80 http @8']);
  });

  it('reads server-template SRV names, port ranges and offsets, environment variables and proto h2', () => {
    const text = [
      'defaults', //                                                                       1
      '  mode http', //                                                                    2
      'frontend f', //                                                                     3
      '  default_backend b', //                                                            4
      'backend b', //                                                                      5
      '  server-template srv 5 _http._tcp.orders.shop.svc.cluster.local resolvers k8s', // 6
      '  server r range:8080-8089', //                                                     7
      '  server o offset:+1', //                                                           8
      '  server e "${TICKETS_HOST}:5000" check', //                                        9
      '  server g ratings:50051 proto h2', //                                             10
    ].join('\n');
    expect(routes(text)).toEqual(['orders.shop.svc.cluster.local http @6', 'range:8080 http @7', 'offset http @8', '${TICKETS_HOST}:5000 http @9', 'ratings:50051 http h2 @10']);
  });

  it('gives the Redis-HA chart’s master backend, not its Sentinel role probes', () => {
    const text = [
      'defaults REDIS', //                                                                          1
      '  mode tcp', //                                                                              2
      'backend check_if_redis_is_master_0', //                                                      3
      '  option tcp-check', //                                                                      4
      '  tcp-check send SENTINEL\\ get-master-addr-by-name\\ mymaster\\r\\n', //                    5
      '  server R0 redis-announce-0:26379 check inter 3s', //                                       6
      'frontend ft_redis_master', //                                                                7
      '  bind *:6379', //                                                                           8
      '  use_backend bk_redis_master', //                                                           9
      'backend bk_redis_master', //                                                                10
      '  tcp-check send PING\\r\\n', //                                                            11
      '  use-server R0 if { srv_is_up(R0) } { nbsrv(check_if_redis_is_master_0) ge 2 }', //       12
      '  server R0 redis-announce-0:6379 check inter 3s fall 1 rise 1', //                        13
    ].join('\n');
    expect(routes(text)).toEqual(['redis-announce-0:6379 tcp @13']);
  });
});

describe('recognising a configuration', () => {
  it.each([
    ['haproxy.cfg', 'frontend f\n  default_backend b\nbackend b\n  server s a:1\n', true],
    ['lb.cfg', 'listen l\n  server s a:1\n', true],
    ['haproxy-config', 'listen l\n  server s a:1\n', true],
    ['redis.conf', 'listen l\n  server s a:1\n', false],
    ['setup.cfg', '[metadata]\nname = shop\n', false],
    ['haproxy.cfg', 'global\n  maxconn 10\n', false],
  ])('%s', (name, text, expected) => {
    expect(isHaproxyConfigEntry(name, text)).toBe(expected);
  });

  it('does not take an nginx upstream block for HAProxy', () => {
    expect(mayBeHaproxyConfig('upstream backend {\n  server app:80;\n}\n')).toBe(false);
  });
});
