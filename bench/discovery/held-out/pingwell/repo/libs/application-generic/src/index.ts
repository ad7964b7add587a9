import { createDecipheriv } from 'crypto';
export * from './services/in-memory-provider/in-memory-provider.service';
export * from './services/cache/cache.service';
export * from './services/storage/storage.service';
export * from './services/analytics.service';
export * from './services/feature-flags/launch-darkly.service';
export * from './tracing/otel';
export * from './services/queues/queue.service';

const ALGORITHM = 'aes-256-cbc';

export function decryptSecret(value: string): string {
  const key = process.env.STORE_ENCRYPTION_KEY;
  if (!key || !value?.startsWith('pw_enc_')) return value;
  const [ivHex, dataHex] = value.slice('pw_enc_'.length).split(':');
  const decipher = createDecipheriv(ALGORITHM, Buffer.from(key), Buffer.from(ivHex, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(dataHex, 'hex')), decipher.final()]).toString('utf8');
}

export function decryptCredentials(credentials: Record<string, string> = {}) {
  return Object.fromEntries(Object.entries(credentials).map(([k, v]) => [k, decryptSecret(v)]));
}
