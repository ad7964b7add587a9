/**
 * The demo landscape is what a newcomer sees first: it must load cleanly, and it must hold the
 * variety the rest of Patchbay shows off (every mechanism, health, status; ownership gaps; a field
 * that flows widely).
 */
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../src/core/catalog/formats.js';
import { planImport, type CurrentCatalog } from '../src/core/catalog/import-plan.js';
import { DIRECTIONS, FREQUENCIES, HEALTHS, INTEGRATION_STATUSES, MECHANISMS } from '../src/core/model/vocabulary.js';
import type { IntegrationInput } from '../src/core/model/schemas.js';
import { readCatalogPaths } from '../src/files/catalog-files.js';
import { DEMO_LANDSCAPE } from '../src/cli/commands/lifecycle.js';

const empty: CurrentCatalog = { team: new Map(), domain: new Map(), system: new Map(), integration: new Map() };

describe('the demo landscape', () => {
  const read = readCatalogFiles(readCatalogPaths([DEMO_LANDSCAPE]));
  const integrations = read.entities.filter((item) => item.kind === 'integration').map((item) => item.entity as IntegrationInput);

  it('reads without a single issue and plans into an empty catalog', () => {
    expect(read.issues).toEqual([]);
    const plan = planImport(read.entities, empty);
    expect(plan.ok).toBe(true);
  });

  it('is the size the quick start promises', () => {
    const count = (kind: string) => read.entities.filter((item) => item.kind === kind).length;
    expect(count('system')).toBeGreaterThanOrEqual(25);
    expect(integrations.length).toBeGreaterThanOrEqual(55);
  });

  it.each([
    ['mechanism', MECHANISMS],
    ['direction', DIRECTIONS],
    ['frequency', FREQUENCIES],
    ['health', HEALTHS],
    ['status', INTEGRATION_STATUSES],
  ] as const)('uses every %s', (field, values) => {
    const used = new Set(integrations.map((integration) => integration[field] ?? { direction: 'one-way', frequency: 'real-time', health: 'unknown', status: 'active' }[field as string]));
    expect([...values].filter((value) => !used.has(value))).toEqual([]);
  });

  it('has ownership gaps and a widely flowing personal field to find', () => {
    expect(integrations.filter((integration) => !integration.owner?.maintainedBy).length).toBeGreaterThan(0);
    const carriesEmail = integrations.filter((integration) =>
      (integration.data ?? []).some((item) => item.object.toLowerCase() === 'customer' && (item.fields ?? []).some((field) => field.name === 'email')),
    );
    expect(carriesEmail.length).toBeGreaterThanOrEqual(5);
  });
});
