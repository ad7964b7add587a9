import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { expect, it } from 'vitest';
import { readCatalogFiles } from '../src/core/catalog/formats.js';
import { planImport, type CurrentCatalog } from '../src/core/catalog/import-plan.js';
import { entityIssues } from '../src/core/model/validate.js';
import type { IntegrationInput, SystemInput } from '../src/core/model/schemas.js';
import { readCatalogPaths } from '../src/files/catalog-files.js';
import { DEMO_LANDSCAPE } from '../src/cli/commands/lifecycle.js';
import { prioritise } from '../src/core/prioritise/index.js';
import { analyseLandscape } from '../src/core/patterns/landscape.js';
import { advisePattern } from '../src/core/patterns/advise.js';

const empty: CurrentCatalog = { team: new Map(), domain: new Map(), system: new Map(), integration: new Map() };

it('demo check', () => {
  // raw YAML parse + entityIssues
  const dir = join(DEMO_LANDSCAPE, 'integrations');
  const raw: IntegrationInput[] = [];
  for (const file of readdirSync(dir)) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      expect(doc.errors).toEqual([]);
      const js = doc.toJS();
      const entity = { ...js.metadata, ...js.spec };
      const issues = entityIssues('integration', entity);
      if (issues.length) console.log(file, entity.id, issues);
      expect(issues).toEqual([]);
      raw.push(entity);
    }
  }
  const ids = raw.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const i of raw) {
    expect(i.source).not.toBe(i.target);
    for (const d of i.dependsOn ?? []) { expect(ids).toContain(d); expect(d).not.toBe(i.id); }
  }
  const read = readCatalogFiles(readCatalogPaths([DEMO_LANDSCAPE]));
  expect(read.issues).toEqual([]);
  const plan = planImport(read.entities, empty);
  if (!plan.ok) console.log(plan.issues);
  expect(plan.ok).toBe(true);
  const integrations = read.entities.filter((e) => e.kind === 'integration').map((e) => e.entity as IntegrationInput);
  const systems = read.entities.filter((e) => e.kind === 'system').map((e) => e.entity as SystemInput);
  console.log('integrations', integrations.length);
  const result = prioritise({ integrations, systems });
  expect(result.cycles).toEqual([]);
  expect(result.unknownDependencies).toEqual([]);
  console.log('byQuadrant (all)', result.summary, 'topThree', result.topThree);
  const rated = result.integrations.filter((i) => !i.needsRatings);
  const counts: Record<string, number> = {};
  for (const i of rated) counts[i.quadrant] = (counts[i.quadrant] ?? 0) + 1;
  console.log('rated', rated.length, counts);
  console.log(rated.map((i) => `${String(i.rank).padStart(3)} ${i.id.padEnd(40)} ${i.status.padEnd(10)} v=${i.value} c=${i.complexity} ${i.quadrant}  deps=${i.dependsOn.join(',')} chain=${i.breakdown.complexity.dependencyChain.score}`).join('\n'));
  const landscape = analyseLandscape({ teams: [], domains: [], systems, integrations } as never);
  console.log(landscape.summary.join('\n'));
  console.log(landscape.mismatches.map((m) => `${m.integration} ${m.kind} ${m.implied ?? ''} -> ${m.recommended} (${m.confidence ?? ''})`).join('\n'));
  for (const i of integrations.filter((i) => i.requirements)) {
    const a = advisePattern(i.requirements!);
    console.log(`REQ ${i.id.padEnd(40)} ${i.mechanism.padEnd(14)} ${i.frequency ?? ''} -> ${a.pattern} ${JSON.stringify(a.scores)} ${a.confidence}`);
  }
});
