/**
 * Container entrypoint scripts (`entrypoint.sh`, `docker-entrypoint.sh`, `*-entrypoint.sh`, and
 * scripts in a `docker-entrypoint.d/` folder): the defaults they give environment variables
 * before starting the program, `: "${CATALOGUE_HOST:=catalogue}"`, `export CART_HOST=${CART_HOST:-cart}`
 * or `export X=literal`. A templated nginx config (`proxy_pass http://${CATALOGUE_HOST}:8080;`)
 * is filled with them when the deployment sets nothing.
 *
 * The script does not know whose image it is in, so its defaults are a group of bindings
 * (`script:<path>`); the Dockerfile that copies or runs the script takes the group in as bindings
 * of its folder (dockerfile.ts). Folder bindings rank below those a deployment gives the
 * component (compose `environment`, a Kubernetes `env`), so the deployment's value wins, as it
 * does when the container starts. Parsed with tree-sitter's bash grammar (tree-sitter-wasms,
 * already loaded for code), so quoting, comments and heredocs are a parser's business.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { ENTRYPOINT_EXEC_KEY } from '../../../core/discovery/go-binaries.js';
import type { SyntaxTree } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact } from './emit.js';
import { baseName } from './paths.js';

/** `entrypoint.sh`, `docker-entrypoint.sh`, `web-entrypoint.sh`, `docker-entrypoint.d/20-defaults.sh`, `*.envsh`. */
const SCRIPT = /(^|\/)([\w.-]*entrypoint[\w.-]*\.sh|docker-entrypoint\.d\/[^/]+\.(sh|envsh)|[^/]+\.envsh)$/i;

/** The group a script's defaults are bound in, named by its path. */
export function scriptGroup(path: string): string {
  return `script:${path}`;
}

/** Whether a path is an entrypoint script this source reads. */
export function isEntrypointScript(path: string): boolean {
  return SCRIPT.test(path) && !/\.(md|txt)$/i.test(baseName(path));
}

/** The entrypoint-script source. */
export const entrypointScriptSource: Source = {
  name: 'entrypoint-script',
  extensions: ['.sh', '.envsh'],
  accepts: isEntrypointScript,
  async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
    const execs = execPrograms(file, context);
    if (!/\$\{\w+:?[=-]|export\s+\w+=/.test(file.text)) return execs;
    let tree: SyntaxTree;
    try {
      tree = await context.parse('bash', file.text);
    } catch {
      return execs;
    }
    try {
      return [...scriptDefaults(tree, file, context), ...execs];
    } finally {
      tree.delete();
    }
  },
};

type Node = SyntaxTree['rootNode'];

/** The defaults a script gives, first one per variable winning (later ones find it already set). */
function scriptDefaults(tree: SyntaxTree, file: SourceFile, context: SourceContext): Fact[] {
  const group = scriptGroup(file.path);
  const seen = new Set<string>();
  const facts: Fact[] = [];
  const bind = (key: string, value: string, node: Node): void => {
    if (seen.has(key) || value.trim() === '' || value.includes('$') || value.includes('`')) return;
    seen.add(key);
    const { scope: _scope, ...fact } = bindingFact({ scope: '' }, key, value, node.startPosition.row + 1, context.evidenceAt);
    facts.push({ ...fact, group });
  };
  const visit = (node: Node): void => {
    if (node.type === 'expansion') {
      // `${NAME:=default}`, `${NAME=default}`, `${NAME:-default}`, `${NAME-default}`.
      const name = node.namedChildren.find((child) => child?.type === 'variable_name');
      const operator = node.children.find((child) => child !== null && /^:?[-=]$/.test(child.type));
      const close = node.children[node.children.length - 1];
      if (name && operator && close?.type === '}') bind(name.text, unquote(file.text.slice(operator.endIndex, close.startIndex)), node);
    } else if (node.type === 'declaration_command' && node.child(0)?.type === 'export') {
      // `export NAME=literal`: the program started by `exec` sees it.
      for (const assignment of node.namedChildren) {
        if (assignment?.type !== 'variable_assignment') continue;
        const name = assignment.childForFieldName('name');
        const value = assignment.childForFieldName('value');
        if (name && value && (value.type === 'word' || value.type === 'raw_string' || (value.type === 'string' && value.namedChildren.every((child) => child?.type === 'string_content')))) bind(name.text, unquote(value.text), assignment);
      }
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(tree.rootNode);
  return facts;
}

/**
 * The programs the script hands the container to (`exec /harbor/harbor_core "$@"`, `exec
 * env X=1 ./app`), by file name, in its group: which binary the image runs (core/discovery/go-binaries.ts).
 * A shell, a runner or another script (`exec "$@"`, `exec sh -c …`, `exec /docker-entrypoint.sh`) names none.
 */
function execPrograms(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  file.text.split(/\r?\n/).forEach((text, index) => {
    const words = /^\s*exec\s+(.*)$/.exec(text)?.[1]?.split(/\s+/).filter((word) => word !== '' && word !== 'env' && !/^\w+=/.test(word) && !word.startsWith('-'));
    const program = words?.[0]?.replace(/^["']|["']$/g, '');
    if (program === undefined || program.includes('$') || /(^|\/)(ba|da|a)?sh$|(^|\/)(su-exec|gosu|tini|dumb-init)$|\.(sh|envsh)$/.test(program)) return;
    const name = baseName(program);
    if (/^[\w.-]+$/.test(name)) facts.push({ type: 'binding', key: ENTRYPOINT_EXEC_KEY, value: name, group: scriptGroup(file.path), evidence: context.evidenceAt(index + 1) });
  });
  return facts;
}

function unquote(text: string): string {
  return text.trim().replace(/^(["'])(.*)\1$/s, '$2');
}
