import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../catalog/snapshot.js';
import type { IntegrationInput } from '../model/schemas.js';
import { catalogEvidence, compareWithEvidence } from './evidence.js';
import { assessmentMarkdown } from './markdown.js';
import { answersFromList } from './questions.js';
import { assess } from './scoring.js';

const integrations: IntegrationInput[] = [
  {
    id: 'crm-to-erp',
    source: 'crm',
    target: 'erp',
    mechanism: 'rest',
    description: 'New customers.',
    data: [{ object: 'customer', fields: [{ name: 'id' }] }],
    health: 'monitored',
    owner: { maintainedBy: 'commerce' },
  },
  { id: 'erp-to-bank', source: 'erp', target: 'bank', mechanism: 'file-transfer', frequency: 'batch', health: 'fragile' },
];

describe('assessmentMarkdown', () => {
  it('renders the level, the answers beside their evidence, and the plan', () => {
    const result = assess(answersFromList([4, 4, 4, 4, 4, 1]));
    const comparison = compareWithEvidence(result, catalogEvidence({ snapshot: { ...emptySnapshot(), integrations } }));
    expect(assessmentMarkdown(result, comparison)).toMatchInlineSnapshot(`
      "# Integration readiness: level 2 of 4, Ad-hoc

      **Integrations built case by case.** Integrations exist, but governance, monitoring and standards are thin. The largest gain comes from taking stock of what you have and agreeing minimum standards before you build more.

      - Mean answer: 3.5 of 4 (on its own, level 3).
      - Held back by: Communicating API changes (answered 1). The level can be at most one above the weakest answer, so it is 2, not 3.

      ## Answers

      | # | Question | Your answer | Evidence |
      |---|---|---|---|
      | 1 | Integration inventory | 4: Complete and kept current | **Differs.** You answered 4 (Complete and kept current); the evidence points to 3 (Recorded, possibly out of date). Complete records: 1 of 2 integrations (50%). Incomplete: erp-to-bank (missing schedule (batch), data fields, owner (maintainedBy), description). |
      | 2 | Monitoring | 4: Full observability | **Differs.** You answered 4 (Full observability); the evidence (from what the catalog declares) points to 3 (Uptime and error alerts). Marked monitored: 1 of 2 running integrations (50%); fragile: 1, unknown: 0. This is what the catalog declares, not a measurement: Patchbay does not watch integrations itself yet. |
      | 3 | API standards | 4: Standards checked automatically | **No evidence.** The catalog does not hold API specifications yet. Once specifications are checked against the API standards rules, the share of APIs that pass will show here. |
      | 4 | Delivery of new integrations | 4: Platform and self-service | **No evidence.** The catalog cannot show how integrations are delivered, and no measure of it is planned: this answer rests on your own judgement. |
      | 5 | Data quality | 4: Governed, with automated quality checks | **No evidence.** The catalog does not know whether integrations validate the data they carry. Schema validation on integrations will provide this evidence. |
      | 6 | Communicating API changes | 1: They do not | **No evidence.** The catalog does not record API versions or changes yet. API versions and change records, with their deprecation dates, will provide this evidence. |

      ## Improvement plan

      1. Audit the integrations: map every current connection and how healthy it is.
      2. Agree the minimum every integration must meet: how it authenticates, how it handles errors, how it is monitored.
      3. Put basic monitoring (uptime, error rate) on every integration.
      4. **Communicating API changes:** Know who to tell: the catalog's integrations show which systems consume each API (\`patchbay integrations list --target <system>\`); inform those teams before any change.
      5. **Integration inventory:** Keep it up: check the share of complete records after each release, and mark integrations that no longer run as retired (\`--status retired\`) instead of leaving them behind.
      6. **Monitoring:** Keep it up: make monitoring a condition for going live, so no new integration starts unwatched, and review integration health next to uptime and latency.
      7. **API standards:** Keep it up: track how many APIs pass the automated checks, and revise the rules as practice moves on.
      8. **Delivery of new integrations:** Keep it up: measure how long a new integration takes from request to production, and keep shortening it.
      9. **Data quality:** Keep it up: follow quality measures over time (rejected records, mismatches found) and act when they drift.
      "
    `);
  });

  it('without a comparison has no evidence column, and names the weakest area', () => {
    const markdown = assessmentMarkdown(assess(answersFromList([2, 3, 1, 4, 2, 3])));
    expect(markdown).toContain('| # | Question | Your answer |\n|---|---|---|\n');
    expect(markdown).not.toContain('Evidence');
    expect(markdown).toContain('- Weakest: API standards (answered 1).');
    expect(markdown).toContain('# Integration readiness: level 2 of 4, Ad-hoc');
  });

  it('says so when every area is answered 4', () => {
    expect(assessmentMarkdown(assess(answersFromList([4, 4, 4, 4, 4, 4])))).toContain('- Every area is answered 4: there is no weakest area.\n');
  });

  it('keeps a pipe or a line break in evidence from breaking the table', () => {
    const result = assess(answersFromList([2, 2, 2, 2, 2, 2]));
    const comparison = compareWithEvidence(result, catalogEvidence({
      snapshot: emptySnapshot(),
      signals: { 'api-standards': { share: 0.5, measured: 1, total: 2, detail: 'a | b\nc' } },
    }));
    const row = assessmentMarkdown(result, comparison).split('\n').find((line) => line.startsWith('| 3 |'));
    expect(row).toContain('a \\| b c');
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(6);
  });
});
