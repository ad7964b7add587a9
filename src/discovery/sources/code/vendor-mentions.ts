/**
 * A SaaS vendor a file's code names by its API host, for the calls whose address the code reads
 * at run time. An integration whose address an admin pastes into the product and keeps in its
 * database (a Slack incoming webhook: `Net::HTTP.post(URI(webhook_url), …)` with `webhook_url =
 * Setting.get("slack_webhook_url")`) names no host a scan can follow; the code checks or builds
 * the address against the vendor's host instead (`%r{\Ahttps://hooks\.slack\.com/services/}`,
 * `url.startswith("https://hooks.slack.com/")`). Such a call is to that vendor, the system
 * core/discovery/saas-hosts.ts names after it.
 *
 * Only string and pattern literals count (never comments: a comment's example URL is no code), and
 * only when they name exactly one vendor: a file naming several leaves the call's target unknown.
 * The host is a fallback (ConnectionFact.vendorHost): a setting a deployment binds still decides.
 */
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { saasVendorOfHost } from '../../../core/discovery/saas-hosts.js';
import type { SyntaxNode } from './code-model.js';

/** Literal node types across the grammars: strings, template strings, regular expressions. */
const LITERAL = /string|regex|heredoc/;
/** A host name in a literal's text, once pattern escapes (`hooks\.slack\.com`) are undone. */
const HOST = /(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}/gi;
/** A cheap test before any walk: the file's text names a dotted host at all. */
const ANY_HOST = /[a-z0-9]\\?\.[a-z]{2,}/i;

/** The vendors the literals under a node name, each with the first host naming it. */
export function vendorHostsWritten(root: SyntaxNode): Map<string, string> {
  const found = new Map<string, string>();
  if (!ANY_HOST.test(root.text)) return found;
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'comment' || node.type.endsWith('_comment')) return;
    if (LITERAL.test(node.type) && !/content|fragment|escape|interpolation/.test(node.type)) {
      // A string standing as a statement of its own is a docstring (Python), prose like a comment.
      if (node.parent?.type === 'expression_statement' && node.parent.namedChildCount === 1) return;
      for (const host of node.text.replace(/\\\./g, '.').match(HOST) ?? []) {
        const vendor = saasVendorOfHost(host);
        if (vendor !== undefined && !found.has(vendor)) found.set(vendor, host.toLowerCase());
      }
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return found;
}

/** Whether a call's address is left to run time: an HTTP or GraphQL call naming no host, not one of a vendor's own SDK nor a call home. */
export function isOpenCall(fact: ConnectionFact): boolean {
  return (
    fact.role === 'calls' &&
    (fact.mechanism === 'rest' || fact.mechanism === 'graphql') &&
    fact.target.url === undefined &&
    fact.target.host === undefined &&
    fact.target.component === undefined &&
    fact.targetKind !== 'saas' &&
    fact.relativePath === undefined &&
    !fact.phoneHome &&
    !fact.forwardProxy &&
    !fact.identityEndpoint
  );
}

/**
 * Marks the open calls of a file with the one vendor host its literals name (ConnectionFact.vendorHost);
 * `rootOf` gives the file's syntax tree, walked only when there is an open call.
 */
export function markVendorCalls(facts: readonly ConnectionFact[], rootOf: () => SyntaxNode | undefined): void {
  const open = facts.filter(isOpenCall);
  if (open.length === 0) return;
  const root = rootOf();
  if (!root) return;
  const vendors = vendorHostsWritten(root);
  if (vendors.size !== 1) return;
  const [host] = vendors.values();
  if (host === undefined) return;
  for (const fact of open) fact.vendorHost = host;
}
