import { describe, expect, it } from 'vitest';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { code } from './code-test-support.js';
import { railsStorageSource } from './rails-storage-source.js';

const STORAGE = code`
  local:
    service: Disk
    root: <%= Rails.root.join("storage") %>

  amazon:
    service: S3
    endpoint: <%= ENV.fetch('STORAGE_ENDPOINT', 'http://minio:9000') %>
    bucket: <%= ENV['STORAGE_BUCKET'] %>
    force_path_style: true

  google:
    service: GCS
    bucket: uploads-prod

  microsoft:
    service: AzureStorage
    container: uploads

  mirror:
    service: Mirror
    primary: amazon
    mirrors: [google]`;

/** What a storage fact says, for comparison. */
function summary(facts: readonly Fact[]): unknown[] {
  return facts.flatMap((fact) => (fact.type === 'connection' ? [{ technology: fact.technology, target: fact.target, channel: fact.channel, line: fact.evidence.line, runsIn: fact.runsIn, conditions: fact.conditions }] : []));
}

async function read(environments: Record<string, string>, storage = STORAGE): Promise<Fact[]> {
  const file: SourceFile = { path: 'config/storage.yml', text: storage };
  return railsStorageSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [], readFile: (path) => environments[path] });
}

const S3 = { technology: 'Amazon S3', target: { key: 'STORAGE_ENDPOINT' }, channel: '$ref:STORAGE_BUCKET', line: 7, runsIn: 'every' };
const GCS = { technology: 'Google Cloud Storage', target: {}, channel: 'uploads-prod', line: 12, runsIn: 'every' };
const AZURE = { technology: 'Azure Blob Storage', target: {}, channel: 'uploads', line: 16, runsIn: 'every' };

const cases: { name: string; environments: Record<string, string>; facts: unknown[] }[] = [
  { name: 'a symbol in production.rb picks one service; the others declared are no connection', environments: { 'config/environments/production.rb': 'Rails.application.configure do\n  config.active_storage.service = :amazon\nend' }, facts: [{ ...S3, conditions: undefined }] },
  { name: 'the Disk service is the app’s own volume', environments: { 'config/environments/production.rb': 'config.active_storage.service = :local' }, facts: [] },
  { name: 'production.rb wins over application.rb', environments: { 'config/environments/production.rb': 'config.active_storage.service = :google', 'config/application.rb': 'config.active_storage.service = :amazon' }, facts: [{ ...GCS, conditions: undefined }] },
  { name: 'application.rb when production.rb says nothing', environments: { 'config/environments/production.rb': 'config.cache_classes = true', 'config/application.rb': 'config.active_storage.service = :microsoft' }, facts: [{ ...AZURE, conditions: undefined }] },
  {
    name: 'a ternary on the environment: each branch under its test',
    environments: { 'config/environments/production.rb': "config.active_storage.service = ENV.fetch('USE_S3', 'false') == 'true' ? :amazon : :local" },
    facts: [{ ...S3, conditions: [{ key: 'USE_S3', test: { equals: 'true' } }] }],
  },
  {
    name: 'an env read names the service: each one compared with it, the default where unset',
    environments: { 'config/environments/production.rb': "config.active_storage.service = ENV.fetch('ACTIVE_STORAGE_SERVICE', 'local').to_sym" },
    facts: [
      { ...S3, conditions: [{ key: 'ACTIVE_STORAGE_SERVICE', test: { equals: 'amazon' }, unsetValue: 'local' }] },
      { ...GCS, conditions: [{ key: 'ACTIVE_STORAGE_SERVICE', test: { equals: 'google' }, unsetValue: 'local' }] },
      { ...AZURE, conditions: [{ key: 'ACTIVE_STORAGE_SERVICE', test: { equals: 'microsoft' }, unsetValue: 'local' }] },
      { ...S3, conditions: [{ key: 'ACTIVE_STORAGE_SERVICE', test: { equals: 'mirror' }, unsetValue: 'local' }] },
      { ...GCS, conditions: [{ key: 'ACTIVE_STORAGE_SERVICE', test: { equals: 'mirror' }, unsetValue: 'local' }] },
    ],
  },
  { name: 'a Mirror uploads to its primary and its mirrors', environments: { 'config/environments/production.rb': 'config.active_storage.service = :mirror' }, facts: [{ ...S3, conditions: undefined }, { ...GCS, conditions: undefined }] },
  {
    name: 'an if around the assignment',
    environments: { 'config/environments/production.rb': "if ENV['S3_ENABLED'] == 'true'\n  config.active_storage.service = :amazon\nelse\n  config.active_storage.service = :local\nend" },
    facts: [{ ...S3, conditions: [{ key: 'S3_ENABLED', test: { equals: 'true' } }] }],
  },
  { name: 'no environment file read: nothing is picked', environments: {}, facts: [] },
];

describe('railsStorageSource', () => {
  it.each(cases)('$name', async ({ environments, facts }) => {
    expect(summary(await read(environments))).toEqual(facts);
  });

  it('binds the endpoint’s default for a deployment that sets none', async () => {
    const facts = await read({ 'config/environments/production.rb': 'config.active_storage.service = :amazon' });
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => fact.type === 'binding' && [fact.key, fact.value])).toEqual([['STORAGE_ENDPOINT', 'http://minio:9000']]);
  });

  it('reads only a storage.yml of a config folder', () => {
    expect(['config/storage.yml', 'api/config/storage.yaml'].map(railsStorageSource.accepts)).toEqual([true, true]);
    expect(['storage.yml', 'config/storage/other.yml', 'charts/storage.yml'].map(railsStorageSource.accepts)).toEqual([false, false, false]);
  });
});
