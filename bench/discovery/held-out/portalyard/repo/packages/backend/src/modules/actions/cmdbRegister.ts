/*
 * Copyright 2024 Portalyard Platform Team
 */

import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { CmdbClient } from '@portalyard/plugin-cmdb-backend';

/**
 * `portalyard:cmdb:register` - creates a configuration item for a freshly scaffolded
 * component so that on-call, tier and cost-centre data exist from day one.
 */
export function createCmdbRegisterAction(options: { client: CmdbClient }) {
  const { client } = options;

  return createTemplateAction<{
    name: string;
    tier: 'tier-1' | 'tier-2' | 'tier-3';
    repoUrl: string;
    owner?: string;
  }>({
    id: 'portalyard:cmdb:register',
    description: 'Registers a new component as a configuration item in the CMDB',
    schema: {
      input: {
        type: 'object',
        required: ['name', 'tier', 'repoUrl'],
        properties: {
          name: { type: 'string', title: 'Component name' },
          tier: { type: 'string', enum: ['tier-1', 'tier-2', 'tier-3'] },
          repoUrl: { type: 'string', title: 'Repository URL' },
          owner: { type: 'string', title: 'Owning team' },
        },
      },
      output: {
        type: 'object',
        properties: {
          ciId: { type: 'string', title: 'CMDB configuration item id' },
        },
      },
    },
    async handler(ctx) {
      const { name, tier, repoUrl, owner } = ctx.input;
      ctx.logger.info(`Registering ${name} (${tier}) in CMDB`);

      if (ctx.isDryRun) {
        ctx.output('ciId', 'CI-DRY-RUN');
        return;
      }

      const ci = await client.createConfigurationItem({
        name,
        tier,
        sourceRepository: repoUrl,
        ownerGroup: owner ?? 'platform-team',
        createdBy: ctx.user?.ref ?? 'portalyard-scaffolder',
      });

      ctx.output('ciId', ci.id);
    },
  });
}
