/**
 * Phone-home calls (phone-home.ts): an HTTP call whose URL is read from a setting or constant named
 * for telemetry or an update check, or made in a function or file that is a telemetry or update
 * checker, is marked `phoneHome`; a bare `updates`, `analytics` or a partner's `STATUS_UPDATES_URL`
 * is no sign.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { isPhoneHomeFile, isPhoneHomeFunction, isPhoneHomeSetting } from './phone-home.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

describe('phone-home names', () => {
  it.each([
    ['TELEMETRY_URL', true],
    ['USAGE_STATS_URL', true],
    ['UPDATES_URL', true],
    ['UPDATE_CHECK_URL', true],
    ['VERSION_CHECK_URL', true],
    ['ANALYTICS_PHONE_HOME', true],
    ['telemetryEndpoint', true],
    ['LATEST_VERSION_URL', true],
    ['STATUS_UPDATES_URL', false],
    ['CARRIER_UPDATES_URL', false],
    ['ANALYTICS_URL', false],
    ['POSTHOG_HOST', false],
    ['checkURL', false],
    ['UPDATES', false],
  ])('setting %s: %s', (name, expected) => expect(isPhoneHomeSetting(name)).toBe(expected));

  it.each([
    ['checkUpdates', true],
    ['checkForUpdate', true],
    ['check_for_updates', true],
    ['send_telemetry', true],
    ['reportUsageStats', true],
    ['publishUpdate', false],
    ['sendStatusUpdate', false],
    ['listUpdates', false],
    ['track_signup', false],
  ])('function %s: %s', (name, expected) => expect(isPhoneHomeFunction(name)).toBe(expected));

  it.each([
    ['flags/telemetry/telemetry.py', true],
    ['internal/phonehome/phone_home.go', true],
    ['src/update_check.ts', true],
    ['lib/usage_stats.rb', true],
    ['server/utils/updates.ts', false],
    ['server/routes/updates.ts', false],
    ['flags/analytics/track.py', false],
  ])('file %s: %s', (path, expected) => expect(isPhoneHomeFile(path)).toBe(expected));
});

const calls = (facts: Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection' && fact.role === 'calls');

const CASES: { name: string; source: Source; path: string; text: string; phoneHome: boolean }[] = [
  {
    name: 'TypeScript: fetch of an UPDATES_URL constant',
    source: typescriptCodeSource,
    path: 'server/utils/updates.ts',
    text: code`
      const UPDATES_URL = "https://updates.acmewiki.com";
      export async function report(version: string) {
        await fetch(UPDATES_URL, { method: "POST", body: JSON.stringify({ version }) });
      }
    `,
    phoneHome: true,
  },
  {
    name: 'TypeScript: an arrow function named checkUpdates',
    source: typescriptCodeSource,
    path: 'server/cron.ts',
    text: code`
      export const checkUpdates = async () => {
        await fetch("https://api.github.com/repos/acme/wiki/releases/latest");
      };
    `,
    phoneHome: true,
  },
  {
    name: "TypeScript: the app's own updates resource calling a service",
    source: typescriptCodeSource,
    path: 'server/routes/updates.ts',
    text: code`
      router.get("/api/updates", async (ctx) => {
        ctx.body = await fetch(process.env.FLAGS_URL + "/api/v1/flags/");
      });
    `,
    phoneHome: false,
  },
  {
    name: 'Python: requests.post(settings.TELEMETRY_URL) in telemetry.py',
    source: pythonCodeSource,
    path: 'telemetry/telemetry.py',
    text: code`
      import requests
      from django.conf import settings

      def send_heartbeat(data):
          requests.post(settings.TELEMETRY_URL, json=data)
    `,
    phoneHome: true,
  },
  {
    name: "Python: a PostHog capture in the operator's analytics module",
    source: pythonCodeSource,
    path: 'analytics/track.py',
    text: code`
      import os
      import requests

      def track_signup(email):
          requests.post(os.environ["POSTHOG_HOST"] + "/capture/", json={"event": "telemetry", "distinct_id": email})
    `,
    phoneHome: false,
  },
  {
    name: 'Go: http.Get(checkURL) in checkForUpdate',
    source: goCodeSource,
    path: 'main.go',
    text: code`
      package main

      import "net/http"

      const checkURL = "https://version.acmeci.io/latest"

      func checkForUpdate() {
      	http.Get(checkURL)
      }
    `,
    phoneHome: true,
  },
  {
    name: "Go: a partner's status update",
    source: goCodeSource,
    path: 'main.go',
    text: code`
      package main

      import (
      	"net/http"
      	"os"
      )

      func sendStatusUpdate() {
      	http.Post(os.Getenv("STATUSBOARD_URL")+"/v1/components", "application/json", nil)
      }
    `,
    phoneHome: false,
  },
];

describe('phone-home calls', () => {
  it.each(CASES)('$name', async ({ source, path, text, phoneHome }) => {
    const found = calls(await readSnippet(source, path, text));
    expect(found.length).toBeGreaterThan(0);
    for (const fact of found) expect(fact.phoneHome === true).toBe(phoneHome);
  });
});
