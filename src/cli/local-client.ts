/** The CLI's catalog client over a local database, acting as the person at the terminal. */
import { userInfo } from 'node:os';
import { renderCatalog } from '../core/catalog/formats.js';
import type { Patchbay } from '../services/open-patchbay.js';
import type { Actor } from '../store/catalog-repository.js';
import type { CatalogClient } from './client.js';

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
export function localClient(patchbay: Patchbay): CatalogClient {
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
    close: () => patchbay.close(),
  };
}
