/**
 * An object-store client a user points somewhere at run time: a data-source or export backend
 * class whose boto3 client is built with `endpoint_url=` from what the user entered
 * (`boto3.client("s3", endpoint_url=self.params.get("endpoint_url"))`, a parameter, a model's
 * field). Where it connects is the user's choice, not the deployment's, so its operations
 * (`list_objects_v2`, `download_file`) are no integration: without this, an unresolved S3 call is
 * taken to reach the one S3-compatible store the deployment runs (a MinIO the settings' storage uses).
 *
 * An `endpoint_url` the code reads from the environment, a literal or a settings constant is
 * followed as before; so is a client built with none (AWS's own endpoint).
 */
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import type { FileModel, SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';
import { firstOf } from './targets.js';
import type { Evaluator } from './value-evaluation.js';

/** The object-store SDKs' technologies whose operations this applies to. */
const STORES = new Set(['Amazon S3']);
/** Calls building a client or resource (`boto3.client`, `session.client`, `boto3.resource`, aiobotocore's `create_client`). */
const CLIENT = /(^|\.)(?:client|resource|create_client)$/;

/** Whether a file may build a client on a user's endpoint: cheap, before any of it is read. */
export function mayBuildUserEndpointClients(text: string): boolean {
  return /\bendpoint_url\s*=/.test(text) && /\bboto|botocore\b/.test(text);
}

/** The facts without the object-store operations made on a client built on an endpoint the code cannot know. */
export function withoutUserEndpointCalls(input: { root: SyntaxNode; model: FileModel; evaluator: Evaluator; facts: Fact[] }): Fact[] {
  const { model, evaluator, facts } = input;
  const unknownEndpoint = (client: SyntaxNode): boolean => {
    const endpoint = kids(field(client, 'arguments') ?? client).find((argument) => argument.type === 'keyword_argument' && field(argument, 'name')?.text === 'endpoint_url');
    const value = endpoint ? field(endpoint, 'value') : undefined;
    if (!value || value.type === 'none') return false;
    const read = firstOf(evaluator.value(value));
    return read.kind === 'unknown' || (read.kind === 'ref' && /^(?:param|init):/.test(read.name));
  };
  /** The client a receiver is: its one assignment in the function (or, for `self.x`, the class) around the call. */
  const clientOf = (receiver: SyntaxNode): SyntaxNode | undefined => {
    let scope: SyntaxNode | null = receiver.parent;
    const wanted = receiver.type === 'attribute' ? 'class_definition' : 'function_definition';
    while (scope && scope.type !== wanted) scope = scope.parent;
    if (!scope) return undefined;
    const assigned = scope.descendantsOfType('assignment').flatMap((assignment) => {
      const left = assignment ? field(assignment, 'left') : undefined;
      const right = assignment ? field(assignment, 'right') : undefined;
      return left && right && left.text === receiver.text && right.type === 'call' && CLIENT.test(field(right, 'function')?.text ?? '') ? [right] : [];
    });
    return assigned.length === 1 ? assigned[0] : undefined;
  };
  return facts.filter((fact) => {
    if (fact.type !== 'connection' || !STORES.has((fact as ConnectionFact).technology ?? '')) return true;
    // The operation's call on its line (`client.list_objects_v2(…).get("Contents")` holds two).
    const receivers = model.sites.filter((candidate) => candidate.kind === 'call' && candidate.line === fact.evidence.line).flatMap((candidate) => (candidate.receiver?.type === 'identifier' || candidate.receiver?.type === 'attribute' ? [candidate.receiver] : []));
    return !receivers.some((receiver) => {
      const client = clientOf(receiver);
      return client !== undefined && unknownEndpoint(client);
    });
  });
}
