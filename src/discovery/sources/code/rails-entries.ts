/**
 * What a Rails file's code says of the process running it and of the constants it declares, where
 * its folder says nothing or the wrong thing (rails-roles.ts reads the folders). Large apps and
 * their plugins (a Discourse-style forum) keep code outside the layout Rails generates:
 *
 * - **jobs outside `app/jobs`**: a plugin's `jobs/check_spam_post.rb` declaring
 *   `class CheckSpamPost < ::Jobs::Base` runs in the job worker as `app/jobs` does. A job is a
 *   class subclassing a job base (`ApplicationJob`, `ActiveJob::Base`, a `…Job`, an app's
 *   `Jobs::Base`/`Jobs::Scheduled`/`Jobs::Onceoff`) or including `Sidekiq::Worker`/`Sidekiq::Job`;
 * - **OmniAuth authenticators** (`lib/auth/gitlab_authenticator.rb`): a class handed the
 *   middleware's builder (`def register_middleware(omniauth) omniauth.provider :gitlab, … end`)
 *   runs inside OmniAuth's Rack middleware, its callbacks (`after_authenticate`) too, so in the web
 *   process only, though it sits in `lib/` and the list of sign-in methods naming it is code jobs
 *   reach too;
 * - **web entry points in settings** (`config.middleware.use Middleware::RateLimiter`, a
 *   `routes.draw` block's `constraints AdminConstraint.new`): the constants they name are the web
 *   process's code, though `config/` is loaded by every process (core/discovery/rails-reach.ts
 *   starts the web process's reach from them);
 * - **constants by nesting**: a plugin's autoloader roots its `lib/` under the plugin's namespace
 *   (`module QuorumAssist; module Completions; class Anthropic` in `lib/completions/anthropic.rb`),
 *   so the path's constant (`Completions::Anthropic`) is not the one callers write: the `module` and
 *   `class` nesting gives the declared constants and the namespace a reference is looked up from.
 */
import type { SyntaxNode } from './code-model.js';

/** Job base classes by their last segment: ActiveJob's and any `…Job` an app derives from. */
const JOB_BASE_SUFFIX = /Job$/;

/** ActiveJob's base, and an app's own job bases of the Discourse style (`Jobs::Base`, `Jobs::Scheduled`, `Jobs::Onceoff`). */
const APP_JOB_BASE = /^(?:::)?(?:ActiveJob::Base|Jobs::(?:Base|Scheduled|Onceoff))$/;

/** Modules whose inclusion makes a class a job (`include Sidekiq::Job`; GitLab's `ApplicationWorker` includes it). */
const JOB_MODULE = /^(?:::)?(?:Sidekiq::(?:Worker|Job)|ApplicationWorker)$/;

/** The nodes of a type under a root, without the nulls tree-sitter's typing allows. */
function nodesOf(root: SyntaxNode, types: string | string[]): SyntaxNode[] {
  return root.descendantsOfType(types).filter((node): node is SyntaxNode => node !== null);
}

/** Whether a class node is a background job (see the module comment). */
function isJobClass(node: SyntaxNode): boolean {
  const superclass = node.childForFieldName('superclass')?.namedChildren[0]?.text;
  if (superclass !== undefined && (APP_JOB_BASE.test(superclass) || JOB_BASE_SUFFIX.test(superclass.split('::').pop() ?? ''))) return true;
  return (node.childForFieldName('body')?.namedChildren ?? []).some(
    (statement) => statement?.type === 'call' && statement.childForFieldName('method')?.text === 'include' && !statement.childForFieldName('receiver') && (statement.childForFieldName('arguments')?.namedChildren ?? []).some((module) => JOB_MODULE.test(module?.text ?? '')),
  );
}

/** Whether a file declares a background job class. */
export function declaresJob(root: SyntaxNode): boolean {
  return nodesOf(root, 'class').some(isJobClass);
}

/** The method definition around a node, if any. */
function enclosingMethod(node: SyntaxNode): SyntaxNode | undefined {
  for (let at = node.parent; at; at = at.parent) if (at.type === 'method' || at.type === 'singleton_method') return at;
  return undefined;
}

/** Whether a name is one of a method's parameters. */
function isParameter(method: SyntaxNode, name: string): boolean {
  return (method.childForFieldName('parameters')?.namedChildren ?? []).some((parameter) => (parameter?.type === 'identifier' ? parameter.text : parameter?.childForFieldName('name')?.text) === name);
}

/**
 * Whether a file adds strategies to OmniAuth's middleware from a method handed its builder
 * (`def register_middleware(omniauth) omniauth.provider :gitlab, … end`): an authenticator, whose
 * code OmniAuth runs. Builder blocks in settings (`config.middleware.use OmniAuth::Builder do …`)
 * are rails-queues.ts's.
 */
export function registersOmniAuthStrategy(root: SyntaxNode): boolean {
  return nodesOf(root, 'call').some((call) => {
    if (call.childForFieldName('method')?.text !== 'provider') return false;
    const receiver = call.childForFieldName('receiver');
    if (receiver?.type !== 'identifier' || call.childForFieldName('arguments')?.namedChildren[0]?.type !== 'simple_symbol') return false;
    const method = enclosingMethod(call);
    // The builder is handed in (`omniauth`, `builder`, `middleware`); a `provider` on any other object is not OmniAuth's.
    return method !== undefined && isParameter(method, receiver.text) && /omniauth|builder|middleware/i.test(receiver.text + (method.childForFieldName('name')?.text ?? ''));
  });
}

/** Rack middleware stack methods (`config.middleware.use`, `insert_before`, …). */
const MIDDLEWARE_METHODS = new Set(['use', 'insert', 'insert_before', 'insert_after', 'unshift', 'swap']);

/** Routing blocks (`Rails.application.routes.draw`, an engine's `routes.draw`, `routes.append`). */
const ROUTES_METHODS = new Set(['draw', 'append', 'prepend']);

/** Whether a call is a Rack middleware stack's or a routing block's: what it names serves requests. */
function isWebEntryCall(call: SyntaxNode): boolean {
  const method = call.childForFieldName('method')?.text ?? '';
  const receiver = call.childForFieldName('receiver');
  const last = receiver?.type === 'call' ? receiver.childForFieldName('method')?.text : receiver?.text;
  return (MIDDLEWARE_METHODS.has(method) && last === 'middleware') || (ROUTES_METHODS.has(method) && last === 'routes' && call.childForFieldName('block') !== null);
}

/** Whether a written name is a constant path (`Middleware::RateLimiter`, `::AdminConstraint`). */
const isConstantPath = (text: string): boolean => /^(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*$/.test(text);

/** The whole constant path a node is part of (`A::B::C` for its `A`), or the node itself. */
function outermostConstant(node: SyntaxNode): SyntaxNode {
  let at = node;
  while (at.parent?.type === 'scope_resolution') at = at.parent;
  return at;
}

/**
 * The constants a reference written in a file may be, innermost namespace first as Ruby's lexical
 * lookup tries them: `PdfRenderer` in `Invoices::GeneratePdfService` may be
 * `Invoices::GeneratePdfService::PdfRenderer`, `Invoices::PdfRenderer` or `PdfRenderer`; `::X` is only `X`.
 */
export function constantCandidates(written: string, namespace: string | undefined): string[] {
  if (written.startsWith('::')) return [written.slice(2)];
  const parts = namespace ? namespace.split('::') : [];
  const candidates: string[] = [];
  for (let length = parts.length; length > 0; length -= 1) candidates.push(`${parts.slice(0, length).join('::')}::${written}`);
  return [...candidates, written];
}

/**
 * The constants a file names in its Rack middleware stack and routing blocks, each as every
 * constant Ruby's lookup may take it for (`Middleware::RateLimiter` inside `module Forum` is also
 * `Forum::Middleware::RateLimiter`), sorted; Rails' and Rack's own classes among them name no code
 * of the app and are simply found nowhere.
 */
export function webEntryNames(root: SyntaxNode): string[] {
  const names = new Set<string>();
  for (const call of nodesOf(root, 'call').filter(isWebEntryCall)) {
    for (const part of [call.childForFieldName('arguments'), call.childForFieldName('block')]) {
      for (const node of part ? nodesOf(part, ['constant', 'scope_resolution']) : []) {
        const whole = outermostConstant(node);
        if (isConstantPath(whole.text)) for (const candidate of constantCandidates(whole.text, namespaceAt(whole))) names.add(candidate);
      }
    }
  }
  return [...names].sort();
}

/** A nested constant's full name: `B::C` in `A` is `A::B::C`, `::B` is `B`. */
function qualified(namespace: string | undefined, written: string): string {
  if (written.startsWith('::')) return written.slice(2);
  return namespace ? `${namespace}::${written}` : written;
}

/** The namespace a node's code is in: the `module`/`class` nesting around it (`QuorumAssist::Completions`), undefined at the top. */
export function namespaceAt(node: SyntaxNode): string | undefined {
  const names: string[] = [];
  for (let at = node.parent; at; at = at.parent) {
    if (at.type !== 'module' && at.type !== 'class') continue;
    // A node of the definition's own name or superclass is looked up outside it.
    const body = at.childForFieldName('body');
    if (!body || node.startIndex < body.startIndex) continue;
    names.unshift(at.childForFieldName('name')?.text ?? '');
  }
  return names.reduce<string | undefined>((namespace, written) => qualified(namespace, written), undefined);
}

/**
 * The constants a file declares by its nesting: every class, and every module with code of its
 * own (methods, constants, calls), not a module only wrapping the classes inside it (`module Jobs`
 * around a job), which would make every job file declare `Jobs` and no reference to it resolve.
 */
export function declaredConstants(root: SyntaxNode): string[] {
  const declared = new Set<string>();
  for (const node of nodesOf(root, ['class', 'module'])) {
    const name = node.childForFieldName('name');
    if (!name || !isConstantPath(name.text)) continue;
    const own = (node.childForFieldName('body')?.namedChildren ?? []).some((statement) => statement !== null && !['class', 'module', 'comment'].includes(statement.type));
    if (node.type === 'module' && !own) continue;
    declared.add(qualified(namespaceAt(name), name.text));
  }
  return [...declared];
}
