/**
 * Patchbay checks other teams' APIs against standards, so its own API must pass them: the
 * generated OpenAPI document is linted with Redocly's recommended rules, and every error
 * response is declared as problem details.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { servicesOver } from '../services/open-patchbay.js';
import { openTestDatabase } from '../test-support/engines.js';
import { buildServer } from './app.js';

describe("Patchbay's own OpenAPI document", () => {
  it('passes Redocly recommended rules with no errors and declares problem+json errors', async () => {
    const database = await openTestDatabase('sqlite');
    const patchbay = servicesOver(database);
    const app = await buildServer({ services: patchbay, auth: true, version: '0.1.0' });
    try {
      const document = (await app.inject({ url: '/openapi.json' })).json();
      const config = await createConfig({ extends: ['recommended'], rules: { 'info-license': 'off', 'info-license-url': 'off' } });
      const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
      const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
      expect(errors).toEqual([]);
      const warnings = problems.filter((problem) => problem.severity === 'warn').map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}`);
      expect(warnings).toEqual([]);

      for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>)) {
        for (const [method, operation] of Object.entries(operations)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            if (Number(status) >= 400) expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
          }
        }
      }
    } finally {
      await app.close();
      await database.dispose();
    }
  });
});
