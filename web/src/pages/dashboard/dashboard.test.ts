import { describe, expect, it } from 'vitest';
import { healthSlices, links, ownershipGaps, plural } from './dashboard.js';

describe('ownership gaps', () => {
  const systems = [
    { id: 'erp', name: 'ERP', owner: 'erp-team', lifecycle: 'active' },
    { id: 'orphan', name: 'Orphan', lifecycle: 'active' },
    { id: 'blank', name: 'Blank owner', owner: '  ' },
    { id: 'old', name: 'Retired', lifecycle: 'retired' },
  ];
  const integrations = [
    { id: 'full', status: 'active', owner: { maintainedBy: 'erp-team', onCall: '#erp' } },
    { id: 'no-on-call', status: 'active', owner: { maintainedBy: 'erp-team' } },
    { id: 'nobody', status: 'deprecated', owner: {} },
    { id: 'default-status' },
    { id: 'planned', status: 'planned' },
    { id: 'proposed', status: 'proposed' },
    { id: 'retired', status: 'retired' },
  ];

  it('counts systems without an owner (not retired ones) and integrations in service without a team or on-call', () => {
    const gaps = ownershipGaps(systems, integrations);
    expect(gaps.systemsConsidered).toBe(3);
    expect(gaps.systemsWithoutOwner.map((system) => system.id)).toEqual(['orphan', 'blank']);
    expect(gaps.integrationsInService).toBe(4);
    expect(gaps.integrationsWithoutMaintainer.map((item) => item.id)).toEqual(['nobody', 'default-status']);
    expect(gaps.integrationsWithoutOnCall.map((item) => item.id)).toEqual(['no-on-call', 'nobody', 'default-status']);
  });

  it('finds no gaps in an empty landscape', () => {
    expect(ownershipGaps([], [])).toEqual({ systemsConsidered: 0, systemsWithoutOwner: [], integrationsInService: 0, integrationsWithoutMaintainer: [], integrationsWithoutOnCall: [] });
  });
});

describe('health slices', () => {
  it.each([
    [{ monitored: 25, reliable: 13, fragile: 12, unknown: 19 }, [36, 19, 17, 28]],
    [{ monitored: 1, reliable: 1, fragile: 1 }, [34, 33, 33, 0]],
    [{ unknown: 5 }, [0, 0, 0, 100]],
    [{}, [0, 0, 0, 0]],
  ])('shares of %j add up to a full bar', (counts, percents) => {
    const slices = healthSlices(counts);
    expect(slices.map((slice) => slice.health)).toEqual(['monitored', 'reliable', 'fragile', 'unknown']);
    expect(slices.map((slice) => slice.percent)).toEqual(percents);
    const sum = percents.reduce((a, b) => a + b, 0);
    expect(sum === 0 || sum === 100).toBe(true);
  });
});

describe('links to act on', () => {
  it.each([
    [links.inventory('integrations', { health: 'fragile' }), '/inventory/integrations?health=fragile'],
    [links.inventory('integrations', { status: 'proposed', origin: 'discovered' }), '/inventory/integrations?status=proposed&origin=discovered'],
    [links.inventory('systems'), '/inventory/systems'],
    [links.map({ health: 'fragile', empty: '' }), '/map?health=fragile'],
    [links.integration('a b'), '/inventory/integrations/a%20b'],
    [links.editIntegration('a b'), '/inventory/integrations/a%20b/edit'],
    [links.editSystem('erp'), '/inventory/systems/erp/edit'],
    [links.discovery('drift'), '/discovery?tab=drift'],
    [links.discovery(), '/discovery'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('words counts', () => {
    expect(plural(1, 'system')).toBe('1 system');
    expect(plural(3, 'system')).toBe('3 systems');
    expect(plural(0, 'proposal')).toBe('0 proposals');
  });
});
