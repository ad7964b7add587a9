/**
 * A Go package is every file of its folder with its `package` clause, and real SDKs split theirs:
 * `sdk.go` holds the request helper (`func (s *SDK) do(method, base, path string, …)`), `things.go`
 * and `users.go` the methods calling it (`s.do(http.MethodPost, s.cfg.ThingsURL, "/things", …)`).
 * Files are read one at a time, so the file declaring the helper reads its siblings' calls of it.
 */
import { excludedFromDefaultBuild } from '../../../core/discovery/go-build-constraints.js';
import type { SyntaxTree } from '../../code-parser.js';
import type { SourceContext } from '../../source.js';
import type { FileModel, SyntaxNode } from './code-model.js';
import { bindReceiverCalls, declaredHelperMethods } from './go-reader.js';

/** The `package` clause of a Go file's text. */
const PACKAGE_CLAUSE = /^\s*package\s+(\w+)/m;
/** An unexported method's declaration (`func (s *SDK) do(`) or function's (`func proxyRequest(`), the helpers read across files. */
const METHOD_DECLARATION = /^func\s*(?:\(\s*\w+\s+\*?\w+(?:\[[^\]]*\])?\s*\)\s*)?[a-z_]\w*\s*\(/m;
/** A package of more files than this is read file by file only: each file would parse every other. */
const MAX_SIBLINGS = 40;

/**
 * The other files of a Go file's package whose text may call one of its helper methods: `.go`
 * files of the same folder declaring the same package, neither tests nor left out of the default
 * build, naming a helper in a call (`.do(`).
 */
export function packageSiblings(path: string, text: string, helpers: readonly string[], context: SourceContext): { path: string; text: string }[] {
  const own = PACKAGE_CLAUSE.exec(text)?.[1];
  if (!own || helpers.length === 0 || !context.listFolder || !context.readFile) return [];
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const names = (context.listFolder(folder) ?? []).filter((name) => name.endsWith('.go') && !name.endsWith('_test.go') && `${folder === '' ? '' : `${folder}/`}${name}` !== path);
  if (names.length > MAX_SIBLINGS) return [];
  const called = new RegExp(`(?:\\b\\w+\\.|(?<![\\w.]))(?:${helpers.map((name) => name.replace(/\W/g, '')).join('|')})\\s*\\(`);
  const siblings: { path: string; text: string }[] = [];
  for (const name of names) {
    const sibling = `${folder === '' ? '' : `${folder}/`}${name}`;
    const body = context.readFile(sibling);
    if (body === undefined || PACKAGE_CLAUSE.exec(body)?.[1] !== own || !called.test(body) || excludedFromDefaultBuild(sibling, body)) continue;
    siblings.push({ path: sibling, text: body });
  }
  return siblings;
}

/**
 * Binds in a Go file's model what the methods of its package's other files give the helper methods
 * it declares (`param:sdk.SDK.do#1` ← each `s.do(…, s.cfg.ThingsURL, …)` of `things.go`). Returns
 * the sibling trees, whose nodes the model now holds: the caller deletes them after its facts are out.
 */
export async function bindSiblingHelperCalls(path: string, text: string, root: SyntaxNode, model: FileModel, context: SourceContext): Promise<SyntaxTree[]> {
  if (!METHOD_DECLARATION.test(text) || !context.listFolder) return [];
  const helpers = declaredHelperMethods(root);
  if (helpers.size === 0) return [];
  const siblings = packageSiblings(path, text, [...new Set(helpers.values())], context);
  const trees: SyntaxTree[] = [];
  const wanted = new Set(helpers.keys());
  for (const sibling of siblings) {
    const tree = await context.parse('go', sibling.text);
    trees.push(tree);
    bindReceiverCalls(tree.rootNode, model.bindings, wanted);
  }
  return trees;
}
