/**
 * A self-hosted product's calls home: anonymous usage telemetry and update or version checks sent
 * to the vendor's own endpoint (`fetch(UPDATES_URL, { method: "POST", body: … })` in
 * `server/utils/updates.ts`'s `checkUpdates`, Django's `requests.post(settings.TELEMETRY_URL, …)`
 * in `telemetry/telemetry.py`, a Go CLI's `http.Get(checkURL)` in `checkForUpdate`). They are the
 * vendor's product reporting about itself, not an integration of the landscape it is deployed in,
 * as exporting spans is not. The call is marked (`ConnectionFact.phoneHome`) when the name of what
 * its URL is read from, the function it is made in or its module's file says so; resolution drops
 * a marked call unless its host is a system the scanned files deploy (a compose service named
 * `telemetry` that collects the shop's audit events is still called) or a SaaS vendor's API
 * (saas-hosts.ts: a release check on api.github.com is a call of GitHub).
 *
 * Only names that mean nothing else: a bare `updates` (an app's own `/api/updates` resource,
 * `STATUS_UPDATES_URL` of a partner) or `analytics` (a PostHog or Segment project the product is
 * configured to use) is no sign; `UPDATES_URL` alone, `UPDATE_CHECK_URL`, `TELEMETRY_URL`,
 * `USAGE_STATS_URL`, `ANALYTICS_PHONE_HOME` are.
 */
import type { SyntaxNode } from './code-model.js';

/** The words of an identifier: `UPDATE_CHECK_URL` → update, check, url; `checkForUpdates` → check, for, updates. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const UPDATE = new Set(['update', 'updates', 'version', 'versions', 'release', 'releases']);
const USAGE_WHAT = new Set(['stats', 'statistics', 'report', 'reports', 'reporting', 'ping', 'tracking']);
/** Words that only say a name holds an address. */
const ADDRESS = new Set(['url', 'uri', 'endpoint', 'host', 'server', 'api', 'address', 'addr']);

/** Words saying a name is about telemetry, usage statistics or phoning home, wherever they sit. */
function saysTelemetry(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      word === 'telemetry' ||
      word === 'phonehome' ||
      word === 'usagestats' ||
      (word === 'phone' && words[index + 1] === 'home') ||
      (word === 'usage' && USAGE_WHAT.has(words[index + 1] ?? '')) ||
      (word === 'anonymous' && (words[index + 1] === 'usage' || words[index + 1] === 'stats')),
  );
}

/** Words saying a name is about checking for a newer version: `checkForUpdates`, `UPDATE_CHECK`, `latest_version`, `updatecheck`. */
function saysUpdateCheck(words: readonly string[]): boolean {
  if (words.some((word) => word === 'updatecheck' || word === 'versioncheck' || word === 'checkupdates' || word === 'checkupdate' || word === 'updatechecker')) return true;
  const checks = words.some((word) => word === 'check' || word === 'checker' || word === 'checks' || word === 'latest');
  return checks && words.some((word) => UPDATE.has(word));
}

/**
 * Whether a setting's or constant's name says its value is where the product phones home:
 * `TELEMETRY_URL`, `USAGE_STATS_URL`, `UPDATE_CHECK_URL`, `VERSION_CHECK_URL`, `ANALYTICS_PHONE_HOME`,
 * and `UPDATES_URL`, `UPDATE_SERVER` only with nothing before them (`STATUS_UPDATES_URL` is a partner's).
 */
export function isPhoneHomeSetting(name: string): boolean {
  const words = wordsOf(name);
  if (saysTelemetry(words) || saysUpdateCheck(words)) return true;
  return words.length >= 2 && (words[0] === 'update' || words[0] === 'updates') && words.slice(1).every((word) => ADDRESS.has(word));
}

/** Whether a function's name says it phones home: `checkUpdates`, `check_for_updates`, `send_telemetry`, `reportUsageStats`. */
export function isPhoneHomeFunction(name: string): boolean {
  const words = wordsOf(name);
  return saysTelemetry(words) || saysUpdateCheck(words);
}

/** Whether a module's file is a telemetry or update checker: `telemetry.py`, `phone_home.go`, `update_check.ts`, `usage_stats.rb` (not `updates.ts`). */
export function isPhoneHomeFile(path: string): boolean {
  const base = path.split('/').pop()?.replace(/\.[^.]+$/, '') ?? '';
  const words = wordsOf(base);
  return saysTelemetry(words) || saysUpdateCheck(words) || (words.length === 1 && (words[0] === 'updater' || words[0] === 'versioncheck'));
}

/** Identifiers written in a call, its string literals left out (`"telemetry"` as a JSON field names nothing). */
function identifiersOf(text: string): string[] {
  const code = text.replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ' ');
  return code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}

/** The names of the functions (and methods) a node is written in, innermost first. */
function enclosingFunctions(node: SyntaxNode): string[] {
  const names: string[] = [];
  for (let at: SyntaxNode | null = node.parent; at; at = at.parent) {
    // Definitions only: a Java `method_invocation` or a Ruby `method_call` names the method it calls.
    if (!/function|method|arrow|lambda/.test(at.type) || /call|invocation|reference|signature|type|spec/.test(at.type)) continue;
    const named = at.childForFieldName('name');
    if (named) names.push(named.text);
    else if (at.parent?.type === 'variable_declarator' || at.parent?.type === 'assignment_expression' || at.parent?.type === 'pair') {
      // `const checkUpdates = async () => …`, `exports.checkUpdates = function () …`
      const holder = at.parent.childForFieldName('name') ?? at.parent.childForFieldName('left') ?? at.parent.childForFieldName('key');
      if (holder) names.push(holder.text.split('.').pop() ?? holder.text);
    }
  }
  return names;
}

/**
 * Whether an HTTP call phones home: what its URL is read from (`key`, a setting resolution looks
 * up) or an identifier the call is written with names telemetry or an update check, or the
 * function it is made in, or its file, is a telemetry or update checker.
 */
export function isPhoneHomeCall(node: SyntaxNode, path: string | undefined, key: string | undefined): boolean {
  if (key !== undefined && isPhoneHomeSetting(key.split(/[.:]/).pop() ?? key)) return true;
  if (identifiersOf(node.text).some(isPhoneHomeSetting)) return true;
  if (enclosingFunctions(node).some(isPhoneHomeFunction)) return true;
  return path !== undefined && isPhoneHomeFile(path);
}
