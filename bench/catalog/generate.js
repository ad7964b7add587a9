/**
 * Deterministic synthetic catalog for the benchmark: teams, domains, systems and integrations of a
 * realistic shape, written as catalog YAML (docs/catalog-format.md) under bench/out/. The same seed
 * and size always give the same bytes, so runs are comparable across machines and commits.
 *
 * Shape, per size N integrations:
 *   systems  = N / 10, spread over 12 domains of uneven size;
 *   teams    ~ 1 per 50 systems, each with a home domain;
 *   systems  have a kind, owner (a team of their domain), domain, lifecycle, 0-3 tags, some links;
 *   integrations run mostly inside a domain (80%) and some across domains, with popular "hub"
 *   systems (Zipf-like), data flowing mostly from systems of record towards consumers and
 *   warehouses, 1-3 data objects of 2-6 fields each (customer objects often carry `email`),
 *   weighted mechanisms, frequencies, health, statuses and provenance.
 *
 * Layout: teams.yaml, domains.yaml, systems/<domain>.yaml, integrations/<domain>.yaml (by the
 * source system's domain), plus manifest.json with the ids the benchmark queries for.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generated shape changes, so cached catalogs are regenerated. */
export const GENERATOR_VERSION = 3;

/** mulberry32: small, fast, good enough, and the same everywhere. */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const api = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Picks from [[value, weight], ...]. */
    weighted: (pairs) => {
      let total = 0;
      for (const [, weight] of pairs) total += weight;
      let roll = next() * total;
      for (const [value, weight] of pairs) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return pairs[pairs.length - 1][0];
    },
    /** k distinct items of a list, in list order. */
    sample: (list, k) => {
      const indexes = list.map((_, index) => index);
      for (let i = indexes.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
      }
      return indexes.slice(0, Math.min(k, list.length)).sort((a, b) => a - b).map((index) => list[index]);
    },
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
  return api;
}

/** A sampler over items with Zipf-like popularity: a few hubs, a long tail. */
function zipfSampler(items, random, exponent = 0.9) {
  const order = random.shuffle(items);
  const cumulative = [];
  let total = 0;
  for (let rank = 0; rank < order.length; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  }
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

const DOMAINS = [
  ['sales', 'Sales', 'sal', 1.3],
  ['marketing', 'Marketing', 'mkt', 0.8],
  ['finance', 'Finance', 'fin', 1.2],
  ['logistics', 'Logistics', 'log', 1.1],
  ['manufacturing', 'Manufacturing', 'mfg', 1.0],
  ['procurement', 'Procurement', 'pro', 0.7],
  ['hr', 'Human Resources', 'hr', 0.6],
  ['customer-service', 'Customer Service', 'cs', 0.9],
  ['ecommerce', 'E-commerce', 'ecom', 1.2],
  ['it-platform', 'IT Platform', 'itp', 1.0],
  ['data-analytics', 'Data & Analytics', 'dna', 0.8],
  ['legal', 'Legal & Compliance', 'leg', 0.4],
];

const SYSTEM_NOUNS = [
  'ledger', 'billing', 'crm', 'erp', 'portal', 'shop', 'catalog', 'pricing', 'inventory', 'wms', 'tms', 'mes', 'plm',
  'payroll', 'hris', 'ticketing', 'chatbot', 'dwh', 'lake', 'gateway', 'broker', 'sftp', 'archive', 'scheduler',
  'planner', 'forecast', 'quotes', 'orders', 'returns', 'loyalty', 'campaigns', 'cms', 'search', 'identity', 'consent',
  'contracts', 'invoicing', 'treasury', 'tax', 'expenses', 'assets', 'fleet', 'routing', 'labels', 'customs', 'quality',
];
const SYSTEM_ADJECTIVES = ['core', 'legacy', 'cloud', 'global', 'eu', 'us', 'mobile', 'partner', 'internal', 'new', 'batch', 'central'];

/** System kinds with their weight and the layer of the data flow they usually sit in. */
const SYSTEM_KINDS = [
  ['application', 40, [0, 1, 2]],
  ['saas', 15, [0, 2]],
  ['database', 14, [0, 1]],
  ['message-broker', 5, [1]],
  ['file-store', 5, [1]],
  ['external-partner', 7, [0, 2]],
  ['manual-process', 3, [0, 2]],
  ['data-warehouse', 4, [3]],
  ['gateway', 4, [1]],
  ['other', 3, [0, 1, 2]],
];

const SYSTEM_TAGS = ['tier-1', 'tier-2', 'tier-3', 'customer-facing', 'pci', 'gdpr', 'sox', 'region:eu', 'region:us', 'region:apac', 'cloud', 'on-prem', 'mainframe', 'critical', 'internal'];
const INTEGRATION_TAGS = ['revenue', 'pii', 'critical', 'legacy', 'nightly', 'migration', 'sox', 'gdpr', 'tier-1', 'reporting', 'compliance', 'region:eu'];
const TEAM_WORDS = ['atlas', 'beacon', 'comet', 'delta', 'ember', 'falcon', 'granite', 'harbor', 'iris', 'juniper', 'kestrel', 'lumen', 'meridian', 'nimbus', 'orbit', 'pioneer', 'quartz', 'raven', 'summit', 'tundra'];

const MECHANISMS = [
  ['rest', 35], ['messaging', 15], ['file-transfer', 14], ['database', 10], ['soap', 7], ['grpc', 4], ['graphql', 3], ['manual', 4], ['email', 3], ['other', 5],
];
const TECHNOLOGIES = {
  rest: ['HTTPS/JSON', 'MuleSoft', 'Apigee', 'Azure API Management', 'Kong'],
  messaging: ['Kafka', 'Azure Service Bus', 'RabbitMQ', 'Amazon SQS', 'IBM MQ'],
  'file-transfer': ['SFTP', 'AS2', 'Azure Blob', 'Amazon S3', 'FTP'],
  database: ['JDBC', 'Oracle DB link', 'SSIS', 'Debezium CDC', 'dblink'],
  soap: ['SOAP/XML', 'SAP PI', 'WebMethods'],
  grpc: ['gRPC'],
  graphql: ['Apollo', 'Hasura'],
  manual: ['Spreadsheet', 'Copy and paste'],
  email: ['SMTP', 'Outlook rule'],
  other: ['Custom script', 'Robotic process automation', 'Webhook'],
};
const FORMATS = {
  rest: ['JSON'], graphql: ['JSON'], grpc: ['Protobuf'], soap: ['XML'], messaging: ['JSON', 'Avro', 'XML'],
  'file-transfer': ['CSV', 'XML', 'EDIFACT', 'Fixed width'], database: ['Rows'], manual: ['XLSX'], email: ['PDF', 'CSV'], other: ['JSON', 'CSV'],
};
const SCHEDULES = ['0 2 * * *', 'nightly 02:00', 'hourly', '*/15 * * * *', 'weekly on Sunday', '0 6 * * 1-5', 'end of month'];

/** Business objects and the fields integrations carry of them. */
const OBJECTS = {
  customer: [['id', 'string'], ['email', 'string', true], ['name', 'string', true], ['phone', 'string', true], ['address', 'string', true], ['segment', 'string'], ['createdAt', 'datetime'], ['vatNumber', 'string']],
  order: [['id', 'string'], ['customerId', 'string'], ['total', 'decimal'], ['currency', 'string'], ['status', 'string'], ['lines', 'array'], ['placedAt', 'datetime']],
  invoice: [['number', 'string'], ['amount', 'decimal'], ['dueDate', 'date'], ['customerId', 'string'], ['taxAmount', 'decimal'], ['status', 'string']],
  product: [['sku', 'string'], ['name', 'string'], ['price', 'decimal'], ['category', 'string'], ['weight', 'decimal'], ['ean', 'string']],
  payment: [['id', 'string'], ['amount', 'decimal'], ['method', 'string'], ['iban', 'string', true], ['paidAt', 'datetime']],
  shipment: [['trackingNumber', 'string'], ['carrier', 'string'], ['address', 'string', true], ['status', 'string'], ['eta', 'date']],
  employee: [['id', 'string'], ['name', 'string', true], ['email', 'string', true], ['salary', 'decimal', true], ['department', 'string'], ['manager', 'string']],
  stock: [['sku', 'string'], ['warehouse', 'string'], ['quantity', 'integer'], ['reserved', 'integer']],
  supplier: [['id', 'string'], ['name', 'string'], ['email', 'string', true], ['paymentTerms', 'string']],
  ticket: [['id', 'string'], ['subject', 'string'], ['customerEmail', 'string', true], ['priority', 'string'], ['status', 'string']],
  lead: [['id', 'string'], ['email', 'string', true], ['source', 'string'], ['score', 'integer']],
  contract: [['number', 'string'], ['party', 'string'], ['startDate', 'date'], ['endDate', 'date'], ['value', 'decimal']],
  account: [['number', 'string'], ['name', 'string'], ['balance', 'decimal'], ['type', 'string']],
};
/** Which objects each domain's integrations tend to carry (customer is everywhere). */
const DOMAIN_OBJECTS = {
  sales: ['customer', 'order', 'lead', 'contract', 'product'],
  marketing: ['customer', 'lead', 'product'],
  finance: ['invoice', 'payment', 'account', 'customer', 'supplier'],
  logistics: ['shipment', 'stock', 'order', 'customer'],
  manufacturing: ['product', 'stock', 'order', 'supplier'],
  procurement: ['supplier', 'contract', 'invoice', 'product'],
  hr: ['employee', 'contract', 'account'],
  'customer-service': ['ticket', 'customer', 'order'],
  ecommerce: ['order', 'customer', 'product', 'payment', 'stock'],
  'it-platform': ['employee', 'account', 'customer'],
  'data-analytics': ['customer', 'order', 'invoice', 'product', 'stock'],
  legal: ['contract', 'customer', 'employee'],
};

/** Title-cases a slug word. */
function title(word) {
  return word.length <= 3 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
}

/** A YAML scalar: plain when unambiguous, else a JSON (= YAML double-quoted) string. */
function scalar(value) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (/^[A-Za-z][A-Za-z0-9 ._/()@-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value) && !/ $/.test(value)) return value;
  return JSON.stringify(value);
}

function flowList(values) {
  return `[${values.map(scalar).join(', ')}]`;
}

function flowMap(object) {
  return `{ ${Object.entries(object).map(([key, value]) => `${key}: ${scalar(value)}`).join(', ')} }`;
}

function document(kind, metadata, specLines) {
  const lines = ['apiVersion: patchbay.dev/v1', `kind: ${kind}`, 'metadata:'];
  for (const [key, value] of Object.entries(metadata)) {
    if (value === undefined) continue;
    if (key === 'tags') {
      if (value.length > 0) lines.push(`  tags: ${flowList(value)}`);
    } else if (key === 'links') {
      if (value.length > 0) {
        lines.push('  links:');
        for (const link of value) lines.push(`    - ${flowMap(link)}`);
      }
    } else {
      lines.push(`  ${key}: ${scalar(value)}`);
    }
  }
  if (specLines.length > 0) lines.push('spec:', ...specLines.map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

/** Generates the catalog in memory: documents per file plus the manifest the benchmark queries by. */
export function generateCatalog(integrationCount, seed = 20240601) {
  const random = prng(seed ^ integrationCount);
  const systemCount = Math.max(20, Math.round(integrationCount / 10));
  const teamCount = Math.max(2, Math.round(systemCount / 50));

  // Domains and their share of systems.
  const domainWeights = DOMAINS.map(([, , , weight]) => weight);
  const weightTotal = domainWeights.reduce((a, b) => a + b, 0);

  // Teams: each has a home domain, round robin so every domain gets one when there are enough.
  const teams = [];
  for (let index = 0; index < teamCount; index += 1) {
    const word = TEAM_WORDS[index % TEAM_WORDS.length];
    const home = DOMAINS[index % DOMAINS.length][0];
    const id = `team-${word}-${String(index + 1).padStart(3, '0')}`;
    teams.push({ id, name: `Team ${title(word)} ${index + 1}`, home, contact: `${word}${index + 1}@example.org`, onCall: `#oncall-${word}-${index + 1}` });
  }
  const teamsByDomain = new Map(DOMAINS.map(([id]) => [id, teams.filter((team) => team.home === id)]));
  const teamFor = (domain) => {
    const own = teamsByDomain.get(domain);
    return own && own.length > 0 && random.chance(0.9) ? random.pick(own) : random.pick(teams);
  };

  const domains = DOMAINS.map(([id, name], index) => ({
    id,
    name,
    owner: (teamsByDomain.get(id)[0] ?? teams[index % teams.length]).id,
    description: `Systems of the ${name.toLowerCase()} area.`,
    tags: index % 3 === 0 ? ['core-business'] : [],
  }));

  // Systems.
  const systems = [];
  const systemsByDomain = new Map(DOMAINS.map(([id]) => [id, []]));
  let assigned = 0;
  for (let d = 0; d < DOMAINS.length; d += 1) {
    const [domainId, domainName, abbr] = DOMAINS[d];
    const share = d === DOMAINS.length - 1 ? systemCount - assigned : Math.round((systemCount * domainWeights[d]) / weightTotal);
    assigned += share;
    for (let n = 0; n < share; n += 1) {
      const noun = random.pick(SYSTEM_NOUNS);
      const adjective = random.chance(0.4) ? random.pick(SYSTEM_ADJECTIVES) : null;
      const number = systems.length + 1;
      const id = `${abbr}-${adjective ? `${adjective}-` : ''}${noun}-${number}`;
      const [kind, , layers] = random.weighted(SYSTEM_KINDS.map((entry) => [entry, entry[1]]));
      const owner = random.chance(0.97) ? teamFor(domainId).id : undefined;
      const tags = random.sample(SYSTEM_TAGS, random.weighted([[0, 2], [1, 4], [2, 3], [3, 1]]));
      const links = random.chance(0.3)
        ? [{ url: `https://git.example.org/${abbr}/${noun}-${number}`, type: 'repository' }, ...(random.chance(0.5) ? [{ url: `https://wiki.example.org/${id}`, title: 'Docs', type: 'docs' }] : [])]
        : [];
      const system = {
        id,
        name: `${domainName} ${adjective ? `${title(adjective)} ` : ''}${title(noun)} ${number}`,
        description: random.chance(0.5) ? `The ${adjective ? `${adjective} ` : ''}${noun} system of ${domainName.toLowerCase()}, ${kind}.` : undefined,
        tags,
        links,
        kind,
        owner,
        domain: domainId,
        lifecycle: random.weighted([['active', 85], ['deprecated', 8], ['planned', 4], ['retired', 3]]),
        exposesApi: random.chance(0.6) ? random.chance(0.6) : undefined,
        layer: random.pick(layers),
      };
      systems.push(system);
      systemsByDomain.get(domainId).push(system);
    }
  }
  const systemById = new Map(systems.map((system) => [system.id, system]));
  const samplers = new Map(DOMAINS.map(([id]) => [id, zipfSampler(systemsByDomain.get(id), random)]));
  const domainSampler = () => random.weighted(DOMAINS.map(([id], index) => [id, domainWeights[index]]));

  // Integrations.
  const integrations = [];
  const usedIds = new Set();
  let carriesCustomerEmail = 0;
  for (let n = 0; n < integrationCount; n += 1) {
    const sourceDomain = domainSampler();
    let source = samplers.get(sourceDomain)();
    const targetDomain = random.chance(0.8) ? sourceDomain : domainSampler();
    let target = samplers.get(targetDomain)();
    while (target === source) target = samplers.get(targetDomain)();
    // Data mostly flows from systems of record towards consumers and warehouses.
    if (source.layer > target.layer && random.chance(0.85)) [source, target] = [target, source];
    let id = `${source.id}-to-${target.id}`;
    if (usedIds.has(id)) {
      let k = 2;
      while (usedIds.has(`${id}-${k}`)) k += 1;
      id = `${id}-${k}`;
    }
    usedIds.add(id);

    const mechanism = random.weighted(MECHANISMS);
    const frequency = ['file-transfer', 'database'].includes(mechanism)
      ? random.weighted([['batch', 8], ['real-time', 1], ['ad-hoc', 1]])
      : ['manual', 'email'].includes(mechanism)
        ? random.weighted([['ad-hoc', 6], ['batch', 4]])
        : random.weighted([['real-time', 8], ['batch', 2]]);
    const direction = mechanism === 'messaging'
      ? random.weighted([['publish-subscribe', 6], ['one-way', 4]])
      : random.weighted([['one-way', 80], ['bidirectional', 15], ['publish-subscribe', 5]]);
    const pool = DOMAIN_OBJECTS[source.domain];
    const objects = random.chance(0.05) ? [] : random.sample(pool, random.weighted([[1, 5], [2, 3], [3, 2]]));
    const data = objects.map((object) => {
      const fieldPool = OBJECTS[object];
      const chosen = random.sample(fieldPool, random.int(2, Math.min(6, fieldPool.length)));
      // Customer data nearly always identifies the customer by e-mail.
      if (object === 'customer' && !chosen.some(([name]) => name === 'email') && random.chance(0.6)) chosen[chosen.length - 1] = fieldPool[1];
      if (object === 'customer' && chosen.some(([name]) => name === 'email')) carriesCustomerEmail += 1;
      return {
        object,
        format: random.pick(FORMATS[mechanism]),
        volume: random.chance(0.4) ? { count: random.int(1, 500) * 100, per: random.pick(['hour', 'day', 'day', 'week', 'month']) } : undefined,
        fields: chosen.map(([name, type, pii]) => ({ name, type, ...(pii ? { pii: true } : {}) })),
      };
    });
    const tags = random.sample(INTEGRATION_TAGS, random.weighted([[0, 5], [1, 3], [2, 2]]));
    const origin = random.weighted([['manual', 50], ['imported', 35], ['discovered', 15]]);
    integrations.push({
      id,
      name: random.chance(0.9) ? `${title(objects[0] ?? 'data')} from ${source.name} to ${target.name}` : undefined,
      description: random.chance(0.3) ? `Moves ${objects.join(', ') || 'data'} ${frequency === 'batch' ? 'in batches' : 'as it changes'}.` : undefined,
      tags,
      links: random.chance(0.1) ? [{ url: `https://dash.example.org/d/${n + 1}`, type: 'dashboard' }] : [],
      source: source.id,
      target: target.id,
      direction,
      mechanism,
      technology: random.chance(0.8) ? random.pick(TECHNOLOGIES[mechanism]) : undefined,
      frequency,
      schedule: frequency === 'batch' ? random.pick(SCHEDULES) : undefined,
      data,
      owner: {
        builtBy: random.chance(0.8) ? teamFor(source.domain).id : undefined,
        maintainedBy: random.chance(0.9) ? (source.owner && random.chance(0.7) ? source.owner : teamFor(target.domain).id) : undefined,
        onCall: random.chance(0.3) ? `#oncall-${source.domain}` : undefined,
      },
      health: random.weighted([['monitored', 30], ['reliable', 30], ['fragile', 15], ['unknown', 25]]),
      status: random.weighted([['active', 80], ['deprecated', 7], ['planned', 5], ['proposed', 5], ['retired', 3]]),
      runbook: random.chance(0.3) ? `https://wiki.example.org/runbooks/${id}` : undefined,
      provenance: {
        origin,
        source: origin === 'imported' ? 'cmdb-export.csv' : origin === 'discovered' ? `scan:git.example.org/${source.id}` : undefined,
        evidence: origin === 'discovered' ? [{ file: `src/clients/${target.id}.ts`, line: random.int(1, 400) }] : undefined,
      },
    });
  }

  const files = new Map();
  files.set('teams.yaml', teams.map((team) => document('Team', { id: team.id, name: team.name }, [`contact: ${scalar(team.contact)}`, `onCall: ${scalar(team.onCall)}`])));
  files.set('domains.yaml', domains.map((domain) => document('Domain', { id: domain.id, name: domain.name, description: domain.description, tags: domain.tags }, [`owner: ${domain.owner}`])));
  for (const [domainId] of DOMAINS) {
    files.set(join('systems', `${domainId}.yaml`), systemsByDomain.get(domainId).map((system) => {
      const spec = [`kind: ${system.kind}`];
      if (system.owner) spec.push(`owner: ${system.owner}`);
      spec.push(`domain: ${system.domain}`, `lifecycle: ${system.lifecycle}`);
      if (system.exposesApi !== undefined) spec.push(`exposesApi: ${system.exposesApi}`);
      return document('System', { id: system.id, name: system.name, description: system.description, tags: system.tags, links: system.links }, spec);
    }));
    files.set(join('integrations', `${domainId}.yaml`), []);
  }
  for (const integration of integrations) {
    const spec = [`source: ${integration.source}`, `target: ${integration.target}`, `direction: ${integration.direction}`, `mechanism: ${integration.mechanism}`];
    if (integration.technology) spec.push(`technology: ${scalar(integration.technology)}`);
    spec.push(`frequency: ${integration.frequency}`);
    if (integration.schedule) spec.push(`schedule: ${scalar(integration.schedule)}`);
    if (integration.data.length > 0) {
      spec.push('data:');
      for (const item of integration.data) {
        spec.push(`  - object: ${item.object}`, `    format: ${scalar(item.format)}`);
        if (item.volume) spec.push(`    volume: ${flowMap(item.volume)}`);
        spec.push('    fields:');
        for (const field of item.fields) spec.push(`      - ${flowMap(field)}`);
      }
    }
    const owner = Object.entries(integration.owner).filter(([, value]) => value !== undefined);
    if (owner.length > 0) {
      spec.push('owner:');
      for (const [key, value] of owner) spec.push(`  ${key}: ${scalar(value)}`);
    }
    spec.push(`health: ${integration.health}`, `status: ${integration.status}`);
    if (integration.runbook) spec.push(`runbook: ${scalar(integration.runbook)}`);
    spec.push('provenance:', `  origin: ${integration.provenance.origin}`);
    if (integration.provenance.source) spec.push(`  source: ${scalar(integration.provenance.source)}`);
    if (integration.provenance.evidence) {
      spec.push('  evidence:');
      for (const evidence of integration.provenance.evidence) spec.push(`    - ${flowMap(evidence)}`);
    }
    const metadata = { id: integration.id, name: integration.name, description: integration.description, tags: integration.tags, links: integration.links };
    files.get(join('integrations', `${systemById.get(integration.source).domain}.yaml`)).push(document('Integration', metadata, spec));
  }

  // What the benchmark asks about, chosen deterministically from what exists.
  const pick = prng(seed + 7);
  const sortedSystemIds = systems.map((system) => system.id).sort();
  const impactSystems = Array.from({ length: Math.min(20, sortedSystemIds.length) }, (_, index) => sortedSystemIds[Math.floor(((index + 0.5) * sortedSystemIds.length) / 20)]);
  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed,
    counts: { teams: teams.length, domains: domains.length, systems: systems.length, integrations: integrations.length },
    integrationsCarryingCustomerEmail: carriesCustomerEmail,
    teams: teams.map((team) => team.id),
    domains: domains.map((domain) => domain.id),
    systemTags: SYSTEM_TAGS,
    integrationTags: INTEGRATION_TAGS,
    querySystems: pick.sample(sortedSystemIds, 40),
    impactSystems,
    words: ['invoice', 'kafka', 'ledger', 'sftp', 'warehouse', 'returns', 'customs', 'nightly', 'shipment', 'zzz-no-match'],
    systemKinds: SYSTEM_KINDS.map(([kind]) => kind),
  };
  return { files, manifest };
}

/**
 * Writes the catalog for a size under `root`, reusing what is there when the manifest says it
 * was made by the same generator version and seed. Returns the folder and the manifest.
 */
export function writeCatalog(root, integrationCount, seed = 20240601) {
  const folder = join(root, `catalog-${integrationCount}`);
  const manifestPath = join(folder, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === seed) return { folder: join(folder, 'catalog'), manifest, reused: true };
  }
  rmSync(folder, { recursive: true, force: true });
  const { files, manifest } = generateCatalog(integrationCount, seed);
  const hash = createHash('sha256');
  let bytes = 0;
  for (const [name, documents] of files) {
    const path = join(folder, 'catalog', name);
    mkdirSync(join(path, '..'), { recursive: true });
    const text = documents.join('---\n');
    writeFileSync(path, text);
    hash.update(name).update(text);
    bytes += Buffer.byteLength(text);
  }
  manifest.bytes = bytes;
  manifest.files = files.size;
  manifest.sha256 = hash.digest('hex');
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { folder: join(folder, 'catalog'), manifest, reused: false };
}
