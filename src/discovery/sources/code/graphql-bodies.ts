/**
 * GraphQL sent as the body of a plain HTTP call: `httpx.post(url, json={"query": MUTATION, …})`,
 * `requests.post(url, data=json.dumps({"query": q}))`, `fetch(url, { method: 'POST', body:
 * JSON.stringify({ query, variables }) })`, `axios.post(url, { query: GET_ORDERS })`. The address
 * often says nothing (a Hasura endpoint read from the environment), so the body decides: the call
 * is GraphQL when it carries GraphQL's request shape, a `query` beside `variables` or
 * `operationName`, or a `query` that is a GraphQL document (written, a constant, a `gql`
 * template), or a `query` sent with Hasura's `x-hasura-*` headers.
 *
 * A `query` alone is not enough: Elasticsearch's and OpenSearch's search bodies carry one (an
 * object), and search APIs take a `query` string of words.
 */
import type { CallSite, SyntaxNode } from './code-model.js';
import type { Evaluator } from './value-evaluation.js';

/** Where a request's body is passed by keyword (requests/httpx `json=`, `data=`, `content=`) or in an options object (`body`, `data`, `json`). */
const BODY_KEYS = ['json', 'data', 'body', 'content'];

/** Serialisers a body object is passed through before it is sent. */
const SERIALISER = /(^|\.)(stringify|dumps|Marshal|Serialize|SerializeObject|writeValueAsString|toJson)$/;

/** Keys only a GraphQL request carries beside its `query`. */
const REQUEST_KEYS = ['variables', 'operationname'];

/**
 * A GraphQL document: an optional operation (`query Orders($id: uuid!)`, `mutation`, `subscription`)
 * or a fragment, then a selection set opening on a field name (not a JSON object's quoted key).
 */
const DOCUMENT = /^\s*(?:(?:query|mutation|subscription)\b[^{]*|fragment\s+\w+\s+on\s+\w+\s*)?\{\s*[A-Za-z_]/;

/** A GraphQL template tag or parse call (`gql\`…\``, `graphql(\`…\`)`). */
const TAGGED = /^(gql|graphql)\s*[`(]/;

/** How far a body is followed through names, serialisers and wrappers. */
const MAX_DEPTH = 4;

/** Whether a call's body is a GraphQL request. */
export function postsGraphqlQuery(evaluator: Evaluator, site: CallSite): boolean {
  const options = site.args.slice(1);
  const bodies = [...BODY_KEYS.flatMap((key) => [site.named.get(key), ...options.map((option) => evaluator.property(option, key, 0))]), ...options].filter((node): node is SyntaxNode => node !== undefined);
  const headers = [site.named.get('headers'), ...options.map((option) => evaluator.property(option, 'headers', 0))].filter((node): node is SyntaxNode => node !== undefined);
  return bodies.some((body) => isGraphqlRequest(evaluator, body, headers, 0));
}

/** A relative path or URL ending at a GraphQL endpoint (`/v1/graphql`, `graphql/`). */
const GRAPHQL_PATH = /(^|\/)graphql\/?$/i;

/**
 * Whether a client built on a base address (`httpx.Client(base_url=ENGINE_BASE)`, `async with
 * httpx.AsyncClient(base_url=…) as client`, `axios.create({ baseURL })`) talks GraphQL: a method
 * called on it posts a GraphQL request or to a `/graphql` path (`client.post("/v1/graphql",
 * json={…})`). The constructor is the call that names the address; the path and body are only
 * in the calls made through it.
 */
export function clientPostsGraphql(evaluator: Evaluator, sites: readonly CallSite[], constructor: CallSite): boolean {
  return sites.some((site) => {
    if (site === constructor || site.receiver === undefined || evaluator.bindingOf(site.receiver)?.id !== constructor.node.id) return false;
    const path = site.args[0] ?? site.named.get('url');
    const written = path !== undefined ? evaluator.value(path) : undefined;
    return (written?.kind === 'literal' && GRAPHQL_PATH.test(written.text.trim())) || postsGraphqlQuery(evaluator, site);
  });
}

function isGraphqlRequest(evaluator: Evaluator, node: SyntaxNode, headers: readonly SyntaxNode[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const shape = evaluator.shapeOf(node);
  if (shape.kind === 'wrap') return isGraphqlRequest(evaluator, shape.inner, headers, depth + 1);
  if (shape.kind === 'call') {
    const inner = shape.site.args[0];
    return SERIALISER.test(shape.site.callee) && inner !== undefined && isGraphqlRequest(evaluator, inner, headers, depth + 1);
  }
  if (shape.kind === 'name') {
    const bound = evaluator.bindingOf(node);
    if (bound && bound.id !== node.id && evaluator.shapeOf(bound).kind !== 'object') return isGraphqlRequest(evaluator, bound, headers, depth + 1);
  }
  const query = evaluator.property(node, 'query', 0);
  if (!query) return false;
  if (REQUEST_KEYS.some((key) => evaluator.property(node, key, 0) !== undefined)) return true;
  return isDocument(evaluator, query, 0) || headers.some((header) => sendsHasuraHeader(evaluator, header));
}

/** Whether a value is a GraphQL document: its text, a constant holding one, a `gql` template. */
function isDocument(evaluator: Evaluator, node: SyntaxNode, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (TAGGED.test(node.text.trimStart())) return true;
  const value = evaluator.value(node);
  if (value.kind === 'literal') return DOCUMENT.test(value.text);
  const bound = evaluator.bindingOf(node);
  return bound !== undefined && bound.id !== node.id && isDocument(evaluator, bound, depth + 1);
}

/** Whether a headers object sends one of Hasura's (`x-hasura-admin-secret`, `X-Hasura-Role`). */
function sendsHasuraHeader(evaluator: Evaluator, node: SyntaxNode): boolean {
  let current: SyntaxNode | undefined = node;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    const shape = evaluator.shapeOf(current);
    if (shape.kind === 'object') return [...shape.entries.keys()].some((key) => /^["']?x-hasura-/i.test(key));
    current = shape.kind === 'wrap' ? shape.inner : shape.kind === 'name' ? evaluator.bindingOf(current) : undefined;
  }
  return false;
}
