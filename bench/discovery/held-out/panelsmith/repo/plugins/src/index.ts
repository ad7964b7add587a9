import type { QueryService } from '@panelsmith/common';

const registry: Record<string, () => Promise<{ default: new () => QueryService }>> = {
  postgresql: () => import('../packages/postgresql/lib'),
  restapi: () => import('../packages/restapi/lib'),
  slack: () => import('../packages/slack/lib'),
  s3: () => import('../packages/s3/lib'),
};

export function listPlugins(): string[] {
  return Object.keys(registry);
}

export async function loadPlugin(kind: string): Promise<QueryService> {
  const loader = registry[kind];
  if (!loader) throw new Error(`Unknown data source kind "${kind}"`);
  const mod = await loader();
  return new mod.default();
}
