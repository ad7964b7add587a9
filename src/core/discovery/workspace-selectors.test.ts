import { describe, expect, it } from 'vitest';
import { packageOfSelector, selectedWorkspacePackages } from './workspace-selectors.js';

const words = (line: string): string[] => line.split(/\s+/).filter((word) => word !== '');

describe('selectedWorkspacePackages', () => {
  it.each([
    ['yarn workspace @acme/api-v2 start:prod', ['@acme/api-v2']],
    ['yarn workspace @acme/api-v2 run build', ['@acme/api-v2']],
    ['yarn workspaces focus @acme/web --production', ['@acme/web']],
    ['npm -w @acme/api run start', ['@acme/api']],
    ['npm run build --workspace=@acme/api', ['@acme/api']],
    ['npm start --workspace @acme/api', ['@acme/api']],
    ['pnpm --filter @acme/web build', ['@acme/web']],
    ['pnpm -F @acme/web... build', ['@acme/web']],
    ['pnpm --filter=@acme/web start', ['@acme/web']],
    ['npx turbo prune --scope=@acme/web --docker', ['@acme/web']],
    ['turbo prune @acme/web --docker', ['@acme/web']],
    ['yarn turbo run build --filter=@acme/web', ['@acme/web']],
    ['pnpm exec turbo run build --filter ...^@acme/web', ['@acme/web']],
    ['npx nx run api:build --prod', ['api']],
    ['nx build api', ['api']],
    ['npx lerna run build --scope @acme/api', ['@acme/api']],
    ['npx lerna run build --scope=@acme/api', ['@acme/api']],
    // separators split commands, each read on its own
    ['yarn install && yarn workspace @acme/web build && yarn workspace @acme/db generate', ['@acme/web', '@acme/db']],
    ['yarn workspace @acme/web build; yarn start', ['@acme/web']],
    // patterns, paths and negations name no one package
    ['pnpm --filter "./apps/*" build', []],
    ['pnpm --filter !@acme/docs build', []],
    ['turbo run build --filter={apps/web}', []],
    ['pnpm --filter ./apps/web build', []],
    // no selector: a plain script, an install, another program, `--` arguments for the script
    ['yarn start', []],
    ['npm ci', []],
    ['node dist/main.js --workspace=@acme/api', []],
    ['yarn build -- --filter=@acme/web', []],
    ['npx prisma studio', []],
    ['yarn build --filter=@acme/web', []],
  ])('%s', (line, expected) => {
    expect(selectedWorkspacePackages(words(line))).toEqual(expected);
  });
});

describe('packageOfSelector', () => {
  it.each([
    ['@acme/web', '@acme/web'],
    ['web', 'web'],
    ['@acme/web...', '@acme/web'],
    ['...@acme/web', '@acme/web'],
    ['...^@acme/web', '@acme/web'],
    ['@acme/*', undefined],
    ['./apps/web', undefined],
    ['$APP', undefined],
    ['apps/web/x', undefined],
  ])('%s', (value, expected) => {
    expect(packageOfSelector(value)).toBe(expected);
  });
});
