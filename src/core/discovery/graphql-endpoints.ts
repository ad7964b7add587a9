/**
 * A plain HTTP call whose address, once resolved, is a GraphQL endpoint: `HASURA_URL=http://
 * graphql-engine:8080/v1/graphql` in the deployment, read by `requests.post(os.environ["HASURA_URL"],
 * json=payload)`. The code saw only a variable; the value's path says the protocol, as a path
 * written after the variable does in code (fact-emission.ts). A gateway's route forwards whatever
 * comes and is left alone; a datastore's GraphQL API (Weaviate's `/v1/graphql`, Dgraph's) is still
 * a use of the store.
 */
import type { SystemKind } from '../model/vocabulary.js';
import type { ConnectionFact } from './facts.js';

/** An HTTP URL whose path ends at a GraphQL endpoint (`/graphql`, `/v1/graphql`, `/api/graphql/`). */
const GRAPHQL_URL = /^\s*https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?\/graphql\/?(?:[?#]\S*)?\s*$/i;

/** Kinds of system whose HTTP API is how their data is used, not an API call (resolve.ts). */
const STORES = new Set<SystemKind>(['database', 'file-store', 'message-broker']);

/** Whether a REST call reaches a GraphQL endpoint by the address it was resolved to. */
export function callsGraphqlEndpoint(fact: Pick<ConnectionFact, 'role' | 'mechanism' | 'routed'>, address: string | undefined, targetKind: SystemKind): boolean {
  return fact.role === 'calls' && fact.mechanism === 'rest' && fact.routed !== true && !STORES.has(targetKind) && address !== undefined && GRAPHQL_URL.test(address);
}
