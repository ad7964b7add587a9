/**
 * One pass over a parsed file collecting what the rest of the engine reads: call sites, imports,
 * bindings and declared types.
 */
import type { CodeLanguage } from '../../code-parser.js';
import type { FileModel, LanguageReader, SyntaxNode } from './code-model.js';
import { isFlagVarDefinition } from './go-flags.js';
import { markUnaliased } from './import-aliases.js';
import { bind, isEnvName } from './syntax-helpers.js';

/**
 * Walks a file once and returns its model. `searched` is the file's nodes of at least the reader's
 * types, in document order, when the caller searched the tree once for this and more (code-source.ts).
 */
export function buildFileModel(root: SyntaxNode, reader: LanguageReader, language: CodeLanguage, searched?: readonly SyntaxNode[], isPathAlias?: (specifier: string) => boolean, isWorkspacePackage?: (specifier: string) => boolean): FileModel {
  const model: FileModel = { language, sites: [], imports: [], bindings: new Map(), types: new Map(), shared: new Map(), imported: new Set(), ...(isPathAlias ? { isPathAlias } : {}), ...(isWorkspacePackage ? { isWorkspacePackage } : {}) };
  // The grammar's own search hands back only the node types the reader looks at, in document
  // order; walking every node from JavaScript costs more than parsing does.
  const wanted = searched ? new Set(reader.nodeTypes) : undefined;
  const nodes = searched && wanted ? searched.filter((node) => wanted.has(node.type)) : root.descendantsOfType(reader.nodeTypes as string[]);
  for (const node of nodes) {
    if (!node) continue;
    const site = reader.site(node);
    if (site) model.sites.push(site);
    const bases = reader.bases?.(node);
    if (bases) model.sites.push(...bases);
    reader.declare(node, model);
  }
  reader.finish?.(model);
  // Imports may follow the calls they name (hoisted, or simply written lower): marked once all are read.
  for (const site of model.sites) markUnaliased(site, model);
  return finish(model, reader);
}


/** Whether an argument names a member (`&svc.cartSvcAddr`, `svc.addr`): a field other files of the package may read. */
function isMember(node: SyntaxNode): boolean {
  return /^&?\s*[A-Za-z_][\w]*\s*\.\s*[A-Za-z_]\w*$/.test(node.text);
}

/** Whether an argument names a shared name: a member, or a Go package-level variable (`&catalogSvcAddr`). */
function isShared(node: SyntaxNode, name: string, model: FileModel): boolean {
  return isMember(node) || (model.globals?.has(name) === true && /^&?\s*[A-Za-z_]\w*$/.test(node.text));
}

/**
 * Binds what configuration helpers set. Online Boutique's Go services write
 * `mustMapEnv(&svc.cartSvcAddr, "CART_SERVICE_ADDR")` and `mustConnGRPC(ctx, &svc.cartSvcConn, svc.cartSvcAddr)`:
 * a statement call given a name and an ENV_NAME literal binds the name to that variable; a Go
 * call given `&x.field` (an out-parameter) binds the field to the call's other arguments.
 */
function finish(model: FileModel, reader: LanguageReader): FileModel {
  for (const site of model.sites) {
    if (site.kind !== 'call' || !site.statement || site.args.length < 2) continue;
    // Go flag definitions (`flag.StringVar(&dsn, "dsn", "default", "usage")`) bind their default, in the reader.
    // (`flag.StringVar`, `fs.IntVarP`, `cmd.Flags().StringVar`: the flag's name and usage are no values of the variable.)
    if (model.language === 'go' && isFlagVarDefinition(site.callee)) continue;
    const names: { name: string; address: boolean; node: SyntaxNode }[] = [];
    let envName: string | undefined;
    for (const arg of site.args) {
      const shape = reader.shape(arg);
      if (shape.kind === 'string' && isEnvName(shape.text)) envName ??= shape.text;
      else if (shape.kind === 'name') names.push({ name: shape.name, address: false, node: arg });
      else if (shape.kind === 'wrap') {
        const inner = reader.shape(shape.inner);
        if (inner.kind === 'name') names.push({ name: inner.name, address: shape.address === true, node: arg });
      }
    }
    if (envName !== undefined) {
      for (const { name, node } of names) {
        bind(model.bindings, name, { kind: 'env', key: envName });
        if (isShared(node, name, model)) model.shared.set(name, { value: node, at: node });
      }
      continue;
    }
    for (const out of names.filter((candidate) => candidate.address)) {
      if (isShared(out.node, out.name, model)) model.shared.set(out.name, { value: out.node, at: out.node });
      for (const arg of site.args) if (arg.id !== out.node.id) bind(model.bindings, out.name, arg);
    }
  }
  return model;
}
