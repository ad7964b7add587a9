/**
 * Import guards (guarded-imports.ts): a project module whose imported names a file uses only
 * under a switch is bound with the conditions common to every use; a use outside a guard, a
 * package's import or a name never used binds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { GUARDED_IMPORT_KEY } from '../../../core/discovery/guarded-imports.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';
import { mayGuardImports } from './guarded-imports.js';

/** The import guards a file states: module key → the keys of its conditions (`!` when negated). */
function guards(facts: Fact[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const fact of facts) {
    if (fact.type !== 'binding' || !fact.key.startsWith(GUARDED_IMPORT_KEY)) continue;
    found[fact.value] = (fact.flag ?? []).map((condition) => `${condition.negated ? '!' : ''}${condition.key}`);
  }
  return found;
}

const CASES: { name: string; path: string; text: string; expected: Record<string, string[]> }[] = [
  {
    name: 'a plugin index registering its client under `if (env.X && env.Y)`',
    path: 'plugins/slack/server/index.ts',
    text: code`
      import { Slack } from "./slack";
      import { PluginManager } from "../../../server/PluginManager";
      if (process.env.SLACK_CLIENT_ID && process.env.SLACK_CLIENT_SECRET) {
        PluginManager.add({ type: "unfurl", value: { unfurl: Slack.unfurl } });
      }
    `,
    // The plugin manager too, in this file: it is loaded unguarded elsewhere, which resolution weighs.
    expected: { 'plugins/slack/server/slack': ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET'], 'server/PluginManager': ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET'] },
  },
  {
    name: 'a local switch `const enabled = !!… && !!…; if (enabled)`',
    path: 'plugins/gitlab/server/index.ts',
    text: code`
      import { GitLab } from "./gitlab";
      const enabled = !!process.env.GITLAB_CLIENT_ID && !!process.env.GITLAB_CLIENT_SECRET;
      if (enabled) {
        register([{ type: "unfurl", value: { unfurl: GitLab.unfurl } }]);
      }
    `,
    expected: { 'plugins/gitlab/server/gitlab': ['GITLAB_CLIENT_ID', 'GITLAB_CLIENT_SECRET'] },
  },
  {
    name: 'a local switch `const enabled = Boolean(env.A && env.B)` read through a settings class',
    path: 'plugins/github/server/index.ts',
    text: code`
      import { PluginManager, Hook } from "@server/utils/PluginManager";
      import config from "../plugin.json";
      import env from "./env";
      import { GitHub } from "./github";
      const enabled = Boolean(process.env.GITHUB_CLIENT_ID && process.env.GITHUB_CLIENT_SECRET);
      if (enabled) {
        PluginManager.add({ ...config, type: Hook.UnfurlProvider, value: { unfurl: GitHub.unfurl } });
      }
    `,
    expected: { 'plugins/github/plugin.json': ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'], 'plugins/github/server/github': ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'] },
  },
  {
    name: 'a local switch comparing settings with `undefined`, a router and a processor registered under it',
    path: 'plugins/msteams/server/index.ts',
    text: code`
      import router from "./graph";
      import TeamsProcessor from "./processors/TeamsProcessor";
      const enabled = process.env.AZURE_CLIENT_ID !== undefined && process.env.AZURE_CLIENT_SECRET != null;
      if (enabled) {
        PluginManager.add([{ type: Hook.AuthProvider, value: { router, id: "msteams" } }, { type: Hook.Processor, value: TeamsProcessor }]);
      }
    `,
    expected: { 'plugins/msteams/server/graph': ['AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'], 'plugins/msteams/server/processors/TeamsProcessor': ['AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'] },
  },
  {
    name: 'a function scheduled only under a switch, and a router registered only under one',
    path: 'server/index.ts',
    text: code`
      import { checkUpdates } from "./utils/updates";
      import router from "../plugins/zendesk/server/api/zendesk";
      if (process.env.TELEMETRY) {
        setInterval(checkUpdates, 86400000);
      }
      if (process.env.ZENDESK_CLIENT_ID) app.use(router.routes());
    `,
    expected: { 'server/utils/updates': ['TELEMETRY'], 'plugins/zendesk/server/api/zendesk': ['ZENDESK_CLIENT_ID'] },
  },
  {
    name: 'an early return before the registration',
    path: 'plugins/pusher/server/index.ts',
    text: code`
      import { broadcastPresence } from "./presence";
      export default function register() {
        if (!process.env.PUSHER_ENABLED) {
          return;
        }
        hooks.push(broadcastPresence);
      }
    `,
    expected: { 'plugins/pusher/server/presence': ['PUSHER_ENABLED'] },
  },
  {
    name: 'uses under different switches keep only what they share; one unguarded use keeps the module unguarded',
    path: 'server/plugins.ts',
    text: code`
      import { Jira } from "./jira";
      import { Notion } from "./notion";
      if (process.env.PLUGINS && process.env.JIRA_ID) register(Jira.unfurl);
      if (process.env.PLUGINS && process.env.JIRA_TOKEN) register(Jira.search);
      if (process.env.NOTION_ID) register(Notion.unfurl);
      export const search = Notion.search;
    `,
    expected: { 'server/jira': ['PLUGINS'] },
  },
  {
    name: 'a package, a side-effect import and a name never used bind nothing',
    path: 'server/index.ts',
    text: code`
      import { WebClient } from "@slack/web-api";
      import "./telemetry";
      import { unused } from "./unused";
      if (process.env.SLACK_TOKEN) new WebClient(process.env.SLACK_TOKEN);
    `,
    expected: {},
  },
];

describe('import guards', () => {
  for (const { name, path, text, expected } of CASES) {
    it(name, async () => {
      expect(mayGuardImports(text)).toBe(true);
      expect(guards(await readSnippetWithNames(typescriptCodeSource, path, text))).toEqual(expected);
    });
  }

  it('does not parse a file with no relative import or no branch for it', () => {
    expect(mayGuardImports('import { a } from "./a";\na();')).toBe(false);
    expect(mayGuardImports('import axios from "axios";\nif (x) axios.get(u);')).toBe(false);
    expect(mayGuardImports('import { a } from "./a";\nif (items.length > 0) a(items);')).toBe(false);
  });
});
