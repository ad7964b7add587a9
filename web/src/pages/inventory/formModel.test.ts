import { describe, expect, it } from 'vitest';
import { emptyForm, formPointers, parseTags, placeErrors, toBody, toForm, validateForm, type IntegrationForm, type SystemForm } from './formModel';
import type { ListKind } from './listParams';

const integration = {
  id: 'web-shop-order-emails',
  name: 'Order e-mails',
  source: 'web-shop',
  target: 'email-service',
  direction: 'one-way',
  mechanism: 'rest',
  frequency: 'real-time',
  health: 'monitored',
  status: 'active',
  tags: ['pii', 'customer-facing'],
  links: [{ url: 'https://wiki/x', type: 'docs' }],
  owner: { builtBy: 'commerce-platform', maintainedBy: 'commerce-platform' },
  data: [
    { object: 'customer', format: 'JSON', volume: { count: 9000, per: 'day', unit: 'e-mails' }, fields: [{ name: 'email', type: 'string', pii: true }, { name: 'firstName' }] },
    { object: 'order' },
  ],
};

describe('form state and API bodies', () => {
  it.each<[ListKind, Record<string, unknown>]>([
    ['integration', integration],
    ['system', { id: 'crm', name: 'CRM', kind: 'saas', owner: 'cx', domain: 'sales', lifecycle: 'active', exposesApi: true, tags: ['tier-1'], links: [] }],
    ['system', { id: 'erp', name: 'ERP', kind: 'application', exposesApi: false }],
    ['team', { id: 'cx', name: 'Customer Experience', contact: 'cx@example.org', onCall: '#cx' }],
    ['domain', { id: 'sales', name: 'Sales', owner: 'cx', description: 'Selling' }],
  ])('a %s read into the form gives back the same body', (kind, entity) => {
    const body = toBody(kind, toForm(kind, entity));
    // Defaults the API fills in (empty tags and links) are left out, as they would be on create.
    const expected = { ...entity } as Record<string, unknown>;
    if (Array.isArray(expected.links) && expected.links.length === 0) delete expected.links;
    expect(body).toEqual(expected);
  });

  it('ignores what the form does not edit (the patch never touches it)', () => {
    const body = toBody('integration', toForm('integration', { ...integration, ratings: { value: { cost: 3 } }, provenance: { origin: 'manual' }, revision: 4 }));
    expect(body).not.toHaveProperty('ratings');
    expect(body).not.toHaveProperty('provenance');
    expect(body).not.toHaveProperty('revision');
  });

  it.each<[string, (form: IntegrationForm) => void, Record<string, unknown>]>([
    ['empty inputs are left out', (form) => { form.description = '  '; form.schedule = ''; }, {}],
    ['text is trimmed', (form) => { form.technology = '  SendGrid '; }, { technology: 'SendGrid' }],
    ['a volume count is a number', (form) => { form.data[1]!.volumeCount = '120'; form.data[1]!.volumePer = 'hour'; }, { data: [expect.anything(), { object: 'order', volume: { count: 120, per: 'hour' } }] }],
    ['a count that is not a number goes as typed, for the API to name', (form) => { form.data[1]!.volumeCount = 'lots'; }, { data: [expect.anything(), { object: 'order', volume: { count: 'lots' } }] }],
    ['a blank data row stays, so pointers match the rows', (form) => { form.data.push({ object: '', format: '', volumeCount: '', volumePer: '', volumeUnit: '', fields: [] }); }, { data: [expect.anything(), expect.anything(), { object: '' }] }],
    ['a PII box unticked drops pii', (form) => { form.data[0]!.fields[0]!.pii = false; }, { data: [{ object: 'customer', format: 'JSON', volume: { count: 9000, per: 'day', unit: 'e-mails' }, fields: [{ name: 'email', type: 'string' }, { name: 'firstName' }] }, expect.anything()] }],
    ['an owner cleared', (form) => { form.builtBy = ''; form.maintainedBy = ''; }, { owner: {} }],
  ])('%s', (_, change, expected) => {
    const form = toForm('integration', integration);
    change(form);
    expect(toBody('integration', form)).toMatchObject(expected);
    if (Object.keys(expected).length === 0) {
      expect(toBody('integration', form)).not.toHaveProperty('description');
      expect(toBody('integration', form)).not.toHaveProperty('schedule');
    }
  });

  it.each([
    ['a, b c,,a', ['a', 'b', 'c']],
    ['', []],
    ['  tier-1 ', ['tier-1']],
  ])('tags %j read as %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });

  it('says "not said" for an API flag left empty', () => {
    const form = emptyForm('system') as SystemForm;
    expect(toBody('system', { ...form, id: 'x', name: 'X', kind: 'saas' })).toEqual({ id: 'x', name: 'X', kind: 'saas' });
  });
});

describe('checking a form before sending it', () => {
  it.each<[string, ListKind, Record<string, unknown>, Record<string, string[]>]>([
    ['an empty system', 'system', {}, { '/id': ['is required'], '/name': ['is required'], '/kind': ['is required'] }],
    ['an empty integration', 'integration', {}, { '/id': ['is required'], '/source': ['is required'], '/target': ['is required'], '/mechanism': ['is required'] }],
    ['a complete team', 'team', { id: 'ops', name: 'Ops' }, {}],
    ['an id with capitals', 'team', { id: 'Ops Team', name: 'Ops' }, { '/id': [expect.stringContaining('lowercase')] as unknown as string[] }],
    ['a link without a url', 'domain', { id: 'd', name: 'D', links: [{ title: 'Wiki' }] }, { '/links/0/url': ['is required'] }],
    ['data rows and fields without names', 'integration', { ...integration, data: [{ object: '', volume: { count: 5 } }, { object: 'o', fields: [{ name: '' }] }] }, {
      '/data/0/object': ['is required'],
      '/data/0/volume/per': ['is required with a count'],
      '/data/1/fields/0/name': ['is required'],
    }],
  ])('%s', (_, kind, entity, expected) => {
    expect(Object.fromEntries(validateForm(kind, toForm(kind, entity)))).toEqual(expected);
  });
});

describe('placing the API\'s field errors', () => {
  const pointers = formPointers('integration', toForm('integration', integration));

  it('lists every input, rows included', () => {
    expect(pointers).toContain('/data/1/object');
    expect(pointers).toContain('/data/0/fields/1/pii');
    expect(pointers).toContain('/owner/maintainedBy');
    expect(pointers).toContain('/links/0/url');
    expect(pointers).not.toContain('/data/2/object');
  });

  it.each<[string, string, string, string]>([
    ['an exact field', '/frequency', '/frequency', 'must be one of'],
    ['a data field', '/data/0/fields/1/name', '/data/0/fields/1/name', 'must be one of'],
    ['one tag of several', '/tags/1', '/tags', 'item 2: must be one of'],
    ['a part of a volume', '/data/0/volume', '/data/0/volume', 'must be one of'],
    ['a nested owner field', '/owner/builtBy', '/owner/builtBy', 'must be one of'],
    ['a row the form no longer has', '/data/7/object', '/data', 'item 8 object: must be one of'],
  ])('%s: %s shows at %s', (_, pointer, at, message) => {
    const { byField, elsewhere } = placeErrors(new Map([[pointer, ['must be one of']]]), pointers);
    expect(byField.get(at)).toEqual([message]);
    expect(elsewhere).toEqual([]);
  });

  it.each(['', '/ratings/value', '/dependsOn/0', '/sort'])('%j has no input, so it is left for the alert', (pointer) => {
    const { byField, elsewhere } = placeErrors(new Map([[pointer, ['wrong']]]), pointers);
    expect(byField.size).toBe(0);
    expect(elsewhere).toEqual([{ pointer, detail: 'wrong' }]);
  });
});
