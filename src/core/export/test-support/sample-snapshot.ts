/**
 * Small catalogs for the exporter tests, built inline so each test shows exactly what it renders.
 * The sample is chosen so every roll-up case occurs: internal and cross-group integrations, a
 * pair of groups joined by several mechanisms, and systems with no domain or no owner:
 *
 * - by domain: sales {crm, web-shop} with 1 internal integration, finance {erp, ledger-db} with 1,
 *   unassigned {bank, events}; sales → finance carries 2 integrations (rest and messaging).
 * - by team: commerce {crm, events, web-shop} with 2 internal, finance-team {erp, ledger-db} with
 *   1, unassigned {bank}.
 */
import type { CatalogSnapshot } from '../../catalog/snapshot.js';
import type { IntegrationInput, SystemInput } from '../../model/schemas.js';

/** A system with the fields a test does not care about filled in. */
export function system(id: string, overrides: Partial<SystemInput> = {}): SystemInput {
  return { id, name: id.toUpperCase(), kind: 'application', ...overrides };
}

/** An integration with the fields a test does not care about filled in. */
export function integration(
  id: string,
  source: string,
  target: string,
  overrides: Partial<IntegrationInput> = {},
): IntegrationInput {
  return { id, source, target, mechanism: 'rest', ...overrides };
}

/** A snapshot of the given systems and integrations, with no teams or domains. */
export function snapshotOf(systems: SystemInput[], integrations: IntegrationInput[] = []): CatalogSnapshot {
  return { teams: [], domains: [], systems, integrations };
}

/** Two teams, two domains, six systems and six integrations: the catalog most tests render. */
export function sampleSnapshot(): CatalogSnapshot {
  return {
    teams: [
      { id: 'commerce', name: 'Commerce', contact: 'commerce@example.org', onCall: '#commerce-oncall' },
      { id: 'finance-team', name: 'Finance Team' },
    ],
    domains: [
      { id: 'finance', name: 'Finance', owner: 'finance-team' },
      { id: 'sales', name: 'Sales', owner: 'commerce', description: 'Selling things.' },
    ],
    systems: [
      { id: 'bank', name: 'Bank', kind: 'external-partner' },
      { id: 'crm', name: 'CRM', kind: 'saas', owner: 'commerce', domain: 'sales' },
      { id: 'erp', name: 'ERP', kind: 'application', owner: 'finance-team', domain: 'finance', tags: ['tier-1', 'region:eu'] },
      { id: 'events', name: 'Event Bus', kind: 'message-broker', owner: 'commerce' },
      { id: 'ledger-db', name: 'Ledger DB', kind: 'database', owner: 'finance-team', domain: 'finance', lifecycle: 'deprecated' },
      {
        id: 'web-shop',
        name: 'Web Shop',
        kind: 'application',
        owner: 'commerce',
        domain: 'sales',
        description: 'Customer-facing storefront.',
        links: [{ url: 'https://git.example.org/shop', type: 'repository' }],
      },
    ],
    integrations: [
      { id: 'crm-to-shop', source: 'crm', target: 'web-shop', mechanism: 'rest', health: 'monitored' },
      {
        id: 'erp-to-bank',
        source: 'erp',
        target: 'bank',
        mechanism: 'file-transfer',
        technology: 'SFTP',
        frequency: 'batch',
        health: 'fragile',
      },
      { id: 'erp-to-ledger', source: 'erp', target: 'ledger-db', mechanism: 'database', health: 'reliable' },
      {
        id: 'shop-events',
        source: 'web-shop',
        target: 'events',
        mechanism: 'messaging',
        technology: 'Azure Service Bus',
        direction: 'publish-subscribe',
      },
      {
        id: 'shop-orders-to-erp',
        name: 'Web shop orders to ERP',
        source: 'web-shop',
        target: 'erp',
        mechanism: 'messaging',
        technology: 'Azure Service Bus',
        health: 'monitored',
      },
      { id: 'shop-prices-from-erp', source: 'web-shop', target: 'erp', mechanism: 'rest', direction: 'bidirectional', health: 'fragile' },
    ],
  };
}

/** Names that break naive exporters: quotes, brackets, line breaks, markup, escapes and substitutions. */
export const HOSTILE_NAMES = [
  'Say "hi"',
  'Orders [EU] (v2) {beta}',
  'Line one\nLine two',
  '<script>alert(1)</script>',
  'C:\\Program Files\\',
  'Back\\slash "quoted\\"',
  'pipe | hash # percent % amp &',
  '${HOME} and %%{init: {"theme": "dark"}}%%',
  'end',
  'tab\there',
  '`backticks` and ; semicolons',
] as const;
