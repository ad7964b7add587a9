/** The CLI's catalog client over a local database, acting as the person at the terminal. */
import { userInfo } from 'node:os';
import { renderCatalog } from '../core/catalog/formats.js';
import type { Patchbay } from '../services/open-patchbay.js';
import type { Actor } from '../store/catalog-repository.js';
import type { PatchbayClient } from './client.js';

/** Names the local user in the audit log. */
function localActor(): Actor {
  let user = process.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // some containers have no passwd entry for the uid; the environment's USER will do
  }
  return { name: `cli:${user}` };
}

/** Wraps an open Patchbay as a client. */
export function localClient(patchbay: Patchbay): PatchbayClient {
  const { catalog } = patchbay;
  const actor = localActor();
  return {
    location: patchbay.database.location,
    list: (kind, filter, page) => catalog.list(kind, filter, page),
    get: (kind, id) => catalog.get(kind, id),
    create: (kind, input) => catalog.create(kind, input, actor),
    patch: (kind, id, patch, revision) => catalog.patch(kind, id, patch, revision, actor),
    remove: (kind, id) => catalog.remove(kind, id, undefined, actor),
    importFiles: (files, options) => catalog.importFiles(files, options, actor),
    exportText: async (format, groupBy) => renderCatalog(await catalog.exportDocuments(), format, groupBy),
    impact: (systemId, way, depth) => catalog.impact(systemId, way, depth),
    audit: (filter, limit, cursor) => catalog.audit(filter, limit, cursor),
    counts: () => catalog.counts(),
    assess: async (answers, keep) => {
      if (!keep) return patchbay.assessments.evaluate(answers);
      const kept = await patchbay.assessments.submit(answers, actor);
      return { ...kept.doc, id: kept.id, takenAt: kept.takenAt, author: kept.author };
    },
    assessmentHistory: async (limit, cursor) => {
      const page = await patchbay.assessments.history(limit, cursor);
      return {
        items: page.items.map((item) => ({ id: item.id, takenAt: item.takenAt, author: item.author, level: item.doc.result.level, name: item.doc.result.name, answers: item.doc.answers })),
        nextCursor: page.nextCursor,
      };
    },
    getAssessment: (id) => patchbay.assessments.get(id),
    advisePattern: async (requirements) => patchbay.advice.forRequirements(requirements),
    integrationAdvice: (id) => patchbay.advice.forIntegration(id),
    landscapeAdvice: () => patchbay.advice.landscape(),
    prioritise: (settings) => patchbay.prioritisation.prioritise(settings),
    applyScan: (graph, dryRun) => patchbay.discovery.apply(graph, actor, { dryRun }),
    drift: (graph) => patchbay.discovery.drift(graph),
    proposals: (query) => patchbay.discovery.proposals(query),
    review: (action, ids) => (action === 'accept' ? patchbay.discovery.accept(ids, actor) : patchbay.discovery.reject(ids, actor)),
    close: () => patchbay.close(),
  };
}
