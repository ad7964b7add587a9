/**
 * What a go-micro service's code says of itself beyond its calls (core/discovery/go-micro.ts): the
 * name it registers under (`micro.Name("acme.fleet")`, `server.Name(…)`, `web.Name(…)`, the name
 * also a constant, a package variable or an env var with a default), and the broker plugin it
 * links in (`_ "github.com/micro/go-plugins/broker/nats/v2"`). Both are bound for the file's
 * folder, where resolution reads them for the component holding the code. Its clients, publishers
 * and subscribers are lines of the Go signature table (go-signatures.ts).
 */
import type { BindingFact, EvidenceAt, Fact } from '../../../core/discovery/facts.js';
import { brokerPluginOf, MICRO_BROKER_PLUGIN_KEY, MICRO_NAME_KEY } from '../../../core/discovery/go-micro.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { FileModel, SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import type { Evaluator } from './value-evaluation.js';

/** The module paths go-micro has lived at, its plugins', and micro v3's service package (`service.New(service.Name(…))`). */
export const GO_MICRO_IMPORTS = ['github.com/micro/go-micro', 'github.com/asim/go-micro', 'go-micro.dev', 'github.com/go-micro', 'github.com/micro/go-plugins', 'github.com/micro/micro'];

/** The options naming a service: the service's, its server's, a web service's. */
const NAME_OPTION = /^(?:micro|server|web|service)\.Name$/;

/** Whether a file is go-micro's: it imports the framework or one of its plugins. */
function importsGoMicro(model: FileModel): boolean {
  return model.imports.some((path) => GO_MICRO_IMPORTS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(prefix)));
}

/** Whether a file's text may be go-micro's, before it is parsed. */
export function mayBeGoMicro(text: string): boolean {
  return /go-micro|micro\/go-plugins|micro\/micro\//.test(text);
}

/** The name and broker bindings of one Go file (nothing for a file not importing go-micro, or generated client code). */
export function goMicroBindings(root: SyntaxNode, model: FileModel, evaluator: Evaluator, path: string, evidenceAt: EvidenceAt): Fact[] {
  // protoc-gen-micro's output only declares the clients (a default name for an empty one included): it calls nothing.
  if (/\.pb\.micro\.go$/.test(path) || !importsGoMicro(model)) return [];
  const scope = folderOf(path);
  const facts: BindingFact[] = [];
  for (const site of model.sites) {
    if (site.kind !== 'call' || !NAME_OPTION.test(site.callee) || site.args.length !== 1) continue;
    const value = boundValue(evaluator.valueAt(site, 0), true);
    if (value !== undefined) facts.push({ type: 'binding', scope, key: MICRO_NAME_KEY, value, evidence: evidenceAt(site.line) });
  }
  for (const imported of model.imports) {
    const plugin = brokerPluginOf(imported);
    if (plugin === undefined) continue;
    const line = importLineOf(root, imported);
    facts.push({ type: 'binding', scope, key: MICRO_BROKER_PLUGIN_KEY, value: plugin, evidence: evidenceAt(line) });
  }
  return facts;
}

/** The line an import path is written on (a commented-out import is no import spec). */
function importLineOf(root: SyntaxNode, imported: string): number {
  const pending: SyntaxNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as SyntaxNode;
    if (node.type === 'import_spec' && node.childForFieldName('path')?.text.slice(1, -1) === imported) return node.startPosition.row + 1;
    if (node.type === 'source_file' || node.type === 'import_declaration' || node.type === 'import_spec_list') for (const child of node.namedChildren) if (child) pending.push(child);
  }
  return 1;
}
