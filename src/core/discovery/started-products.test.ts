import { describe, expect, it } from 'vitest';
import { splitCommandLine } from '../../discovery/sources/config/command-line.js';
import { argumentStartedProduct, commandStartedProduct, programStartedProduct, scriptStartedProduct } from './started-products.js';

describe('scriptStartedProduct', () => {
  it.each([
    ['envsubst then nginx', "envsubst '${BACKEND}' < /t/a.template > /etc/nginx/conf.d/a.conf\nnginx -g 'daemon off;'", 'NGINX'],
    ['exec with a path', 'exec /usr/sbin/nginx -g "daemon off;"', 'NGINX'],
    ['a command list', "envsubst < a > b && nginx -g 'daemon off;'", 'NGINX'],
    ['haproxy', 'exec haproxy -f /usr/local/etc/haproxy/haproxy.cfg', 'HAProxy'],
    ['a config test only', 'nginx -t', undefined],
    ['a comment', '# nginx -g "daemon off;"', undefined],
    ['an echo', 'echo "starting nginx"', undefined],
    ['the app server', 'exec gunicorn app.wsgi', undefined],
  ])('%s', (_name, text, expected) => {
    expect(scriptStartedProduct(text, splitCommandLine)).toBe(expected);
  });
});

describe('commandStartedProduct', () => {
  const programs = { '/usr/local/bin/nginx-entrypoint.sh': 'NGINX', '/opt/start-proxy.sh': 'NGINX' };
  it.each([
    ['a bare name on the PATH', ['nginx-entrypoint.sh'], 'NGINX'],
    ['the full path', ['/usr/local/bin/nginx-entrypoint.sh'], 'NGINX'],
    ['through a shell', ['bash', '/opt/start-proxy.sh'], 'NGINX'],
    ['a bare name not in a bin folder', ['start-proxy.sh'], undefined],
    ['another program', ['gunicorn', 'app.wsgi'], undefined],
    ['no command', [], undefined],
  ])('%s', (_name, words, expected) => {
    expect(commandStartedProduct(words, programs)).toBe(expected);
  });
});

describe('argumentStartedProduct', () => {
  const byArgument = { 'app-nginx': 'NGINX' };
  it.each([
    ['the argument of the proxy branch', ['app-nginx'], 'NGINX'],
    ['the argument with more after it', ['app-nginx', '--verbose'], 'NGINX'],
    ['another branch', ['app-railsserver'], undefined],
    ['a program of its own', ['nginx', '-g', 'daemon off;'], undefined],
    ['an inherited name is no argument', ['toString'], undefined],
    ['no command', [], undefined],
  ])('%s', (_name, words, expected) => {
    expect(argumentStartedProduct(words, byArgument)).toBe(expected);
  });
});

describe('programStartedProduct', () => {
  it.each([
    ['an absolute nginx', ['/usr/sbin/nginx', '-g', 'daemon off;'], 'NGINX'],
    ['behind exec', ['exec', 'haproxy', '-f', '/etc/haproxy.cfg'], 'HAProxy'],
    ['a config test', ['nginx', '-t'], undefined],
    ['the app itself', ['bundle', 'exec', 'puma'], undefined],
    ['no command', [], undefined],
  ])('%s', (_name, words, expected) => {
    expect(programStartedProduct(words)).toBe(expected);
  });
});
