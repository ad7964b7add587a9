import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../core/errors.js';
import { resolveConfig } from './config.js';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'patchbay-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('resolveConfig', () => {
  it('works with nothing set', () => {
    expect(resolveConfig({}, {}, folderWith({}))).toEqual({ database: 'patchbay.db', port: 4400, host: '127.0.0.1', auth: false, logLevel: 'info', rateLimitPerMinute: 1200 });
  });

  it('takes flags over environment over file', () => {
    const cwd = folderWith({ 'patchbay.config.yaml': 'port: 1111\nhost: 0.0.0.0\ndatabase: file.db\nauth: true\n' });
    const env = { PATCHBAY_PORT: '2222', DATABASE_URL: 'postgres://db/x' };
    const config = resolveConfig({ port: 3333 }, env, cwd);
    expect(config).toMatchObject({ port: 3333, database: 'postgres://db/x', host: '0.0.0.0', auth: true });
    expect(resolveConfig({}, env, cwd).port).toBe(2222);
    expect(resolveConfig({}, { PATCHBAY_AUTH: 'off' }, cwd).auth).toBe(false);
  });

  it.each([
    ['an unknown key', 'prot: 1\n', '/prot'],
    ['a token, which must not live in a file', 'token: pbt_secret\n', '/token'],
    ['a wrong type', 'port: eighty\n', '/port'],
    ['a negative weight', 'prioritisation:\n  weights:\n    value: { revenue: -1 }\n', '/prioritisation/weights/value/revenue'],
  ])('rejects a config file with %s, naming file and field', (_case, text, pointer) => {
    const cwd = folderWith({ 'patchbay.config.yaml': text });
    try {
      resolveConfig({}, {}, cwd);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PatchbayError);
      expect((error as PatchbayError).message).toContain('patchbay.config.yaml');
      expect((error as PatchbayError).issues[0]).toMatchObject({ pointer });
    }
  });
});
