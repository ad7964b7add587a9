import { describe, expect, it } from 'vitest';
import { imageBuildOf, instructionsOf } from './dockerfile.js';

const evidenceAt = (line: number) => ({ file: 'Dockerfile', line, source: 'dockerfile', excerpt: '' });
const packagesOf = (text: string): string[] | undefined => imageBuildOf('Dockerfile', instructionsOf(text), evidenceAt).workspacePackages;

describe('ImageBuildFact.workspacePackages', () => {
  it.each([
    {
      name: 'the start command wins over build-only mentions',
      text: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn workspace @acme/prisma run generate\nRUN yarn workspace @acme/api-v2 run build\nCMD [ "yarn", "workspace", "@acme/api-v2", "start:prod"]\n',
      expected: ['@acme/api-v2'],
    },
    {
      name: 'a build chained with && names the package when a script starts the image',
      text: 'FROM node:20 AS builder\nWORKDIR /acme\nCOPY apps/web ./apps/web\nRUN yarn global add turbo && \\\n    npx turbo prune --scope=@acme/web --docker && \\\n    yarn turbo run build --filter=@acme/web\nFROM node:20 AS runner\nCOPY --from=builder /acme ./\nCMD ["/acme/scripts/start.sh"]\n',
      expected: ['@acme/web'],
    },
    {
      name: 'pnpm deploy and start by filter',
      text: 'FROM node:20\nRUN pnpm --filter @acme/worker... build\nCMD pnpm --filter @acme/worker start\n',
      expected: ['@acme/worker'],
    },
    {
      name: 'no selector',
      text: 'FROM node:20\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/main.js"]\n',
      expected: undefined,
    },
  ])('$name', ({ text, expected }) => {
    expect(packagesOf(text)).toEqual(expected);
  });
});
