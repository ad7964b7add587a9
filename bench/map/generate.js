/**
 * A deterministic landscape for the map benchmark: 2,000 systems and 5,000 integrations by
 * default, in 12 business domains and about 40 teams, as catalog YAML documents (JSON is YAML) to
 * import. Realistic in the ways that matter to drawing it: a few hub systems (an ERP, a bus, a
 * warehouse per domain) carry many integrations (Zipf-like popularity), most integrations stay
 * inside a domain, data flows mostly from systems of record to consumers, and mechanisms,
 * directions, health and statuses are mixed as in the catalog benchmark.
 */
import { prng } from '../catalog/generate.js';

const DOMAINS = ['sales', 'finance', 'ecommerce', 'logistics', 'procurement', 'manufacturing', 'hr', 'customer-service', 'marketing', 'it-platform', 'data-analytics', 'legal'];
const DOMAIN_WEIGHTS = [14, 12, 13, 11, 8, 9, 6, 8, 7, 5, 5, 2];
const KINDS = [['application', 40], ['saas', 20], ['database', 12], ['message-broker', 3], ['file-store', 5], ['external-partner', 8], ['manual-process', 3], ['data-warehouse', 2], ['gateway', 2], ['other', 5]];
const NOUNS = ['billing', 'orders', 'catalog', 'pricing', 'ledger', 'payroll', 'stock', 'shipping', 'returns', 'crm', 'portal', 'reporting', 'quotes', 'contracts', 'tickets', 'campaigns', 'planning', 'invoices', 'claims', 'identity'];
const MECHANISMS = [['rest', 35], ['messaging', 15], ['file-transfer', 14], ['soap', 8], ['database', 8], ['graphql', 5], ['grpc', 5], ['email', 4], ['manual', 4], ['other', 2]];
const OBJECTS = { customer: ['id', 'email', 'name', 'phone', 'address'], order: ['id', 'lines', 'total', 'status'], invoice: ['number', 'amount', 'due'], product: ['sku', 'name', 'price'], employee: ['id', 'name', 'email', 'salary'], shipment: ['id', 'carrier', 'eta'] };
const TAGS = ['pii', 'tier-1', 'legacy', 'external', 'pci', 'cloud', 'on-prem'];

function zipf(items, random, exponent = 1.0) {
  const order = random.shuffle(items);
  const cumulative = [];
  let total = 0;
  for (let rank = 0; rank < order.length; rank += 1) cumulative.push((total += 1 / (rank + 1) ** exponent));
  return () => {
    const roll = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < roll) low = mid + 1;
      else high = mid;
    }
    return order[low];
  };
}

const doc = (kind, metadata, spec) => JSON.stringify({ apiVersion: 'patchbay.dev/v1', kind, metadata, ...(spec ? { spec } : {}) });

/** The landscape as catalog files, plus a manifest of what the benchmark asks about. */
export function generateLandscape({ systems: systemCount = 2000, integrations: integrationCount = 5000, seed = 20261125 } = {}) {
  const random = prng(seed);
  const teamCount = Math.max(2, Math.round(systemCount / 50));
  const teams = Array.from({ length: teamCount }, (_, index) => ({ id: `team-${String(index + 1).padStart(2, '0')}`, name: `Team ${index + 1}`, home: DOMAINS[index % DOMAINS.length] }));
  const domains = DOMAINS.map((id, index) => ({ id, name: id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase()), owner: teams[index % teams.length].id }));

  const systems = [];
  const byDomain = new Map(DOMAINS.map((id) => [id, []]));
  const weightTotal = DOMAIN_WEIGHTS.reduce((a, b) => a + b, 0);
  for (let n = 0; n < systemCount; n += 1) {
    const domain = random.weighted(DOMAINS.map((id, index) => [id, DOMAIN_WEIGHTS[index] / weightTotal]));
    const home = teams.filter((team) => team.home === domain);
    const owner = random.chance(0.03) ? undefined : (home.length > 0 && random.chance(0.9) ? random.pick(home) : random.pick(teams)).id;
    const noun = random.pick(NOUNS);
    const system = {
      id: `${domain.slice(0, 3)}-${noun}-${n + 1}`,
      name: `${domain.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase())} ${noun[0].toUpperCase()}${noun.slice(1)} ${n + 1}`,
      kind: random.weighted(KINDS),
      owner,
      domain,
      tags: random.sample(TAGS, random.weighted([[0, 5], [1, 3], [2, 2]])),
      layer: random.int(0, 3),
    };
    systems.push(system);
    byDomain.get(domain).push(system);
  }
  const samplers = new Map([...byDomain].filter(([, list]) => list.length > 0).map(([id, list]) => [id, zipf(list, random)]));
  const anyDomain = () => random.weighted([...samplers.keys()].map((id) => [id, byDomain.get(id).length]));

  const integrations = [];
  const ids = new Set();
  for (let n = 0; n < integrationCount; n += 1) {
    const from = anyDomain();
    let source = samplers.get(from)();
    const to = random.chance(0.8) ? from : anyDomain();
    let target = samplers.get(to)();
    let tries = 0;
    while (target === source && tries++ < 20) target = samplers.get(to)();
    if (target === source) target = systems[(systems.indexOf(source) + 1) % systems.length];
    if (source.layer > target.layer && random.chance(0.85)) [source, target] = [target, source];
    let id = `${source.id}-to-${target.id}`;
    for (let k = 2; ids.has(id); k += 1) id = `${source.id}-to-${target.id}-${k}`;
    ids.add(id);
    const mechanism = random.weighted(MECHANISMS);
    const objects = random.sample(Object.keys(OBJECTS), random.weighted([[0, 1], [1, 6], [2, 3]]));
    integrations.push({
      id,
      name: `${objects[0] ?? 'Data'} from ${source.name} to ${target.name}`,
      source: source.id,
      target: target.id,
      mechanism,
      direction: mechanism === 'messaging' ? random.weighted([['publish-subscribe', 6], ['one-way', 4]]) : random.weighted([['one-way', 80], ['bidirectional', 15], ['publish-subscribe', 5]]),
      frequency: ['file-transfer', 'database'].includes(mechanism) ? 'batch' : 'real-time',
      data: objects.map((object) => ({ object, fields: random.sample(OBJECTS[object], random.int(2, OBJECTS[object].length)).map((name) => ({ name })) })),
      owner: random.chance(0.9) ? { maintainedBy: source.owner ?? random.pick(teams).id } : undefined,
      health: random.weighted([['monitored', 30], ['reliable', 30], ['fragile', 15], ['unknown', 25]]),
      status: random.weighted([['active', 80], ['deprecated', 7], ['planned', 5], ['proposed', 5], ['retired', 3]]),
      tags: random.chance(0.2) ? [random.pick(TAGS)] : [],
    });
  }

  const documents = [
    ...teams.map((team) => doc('Team', { id: team.id, name: team.name })),
    ...domains.map((domain) => doc('Domain', { id: domain.id, name: domain.name }, { owner: domain.owner })),
    ...systems.map((system) => doc('System', { id: system.id, name: system.name, tags: system.tags }, { kind: system.kind, domain: system.domain, ...(system.owner ? { owner: system.owner } : {}) })),
    ...integrations.map((integration) => {
      const { id, name, tags, ...spec } = integration;
      return doc('Integration', { id, name, tags }, JSON.parse(JSON.stringify(spec)));
    }),
  ];
  return {
    files: [{ name: 'landscape.yaml', text: documents.join('\n---\n'), format: 'yaml' }],
    manifest: { teams: teams.length, domains: domains.length, systems: systems.length, integrations: integrations.length, messaging: integrations.filter((integration) => integration.mechanism === 'messaging').length },
  };
}
