/**
 * Django Channels: a channel layer is Redis used as pub/sub between the processes of one Django
 * codebase, so it is messaging, not a database (the cache of CACHES is one):
 *
 * - the layer is the settings' `CHANNEL_LAYERS["default"]`: a channels_redis backend's first host
 *   (`"CONFIG": {"hosts": [_CHANNELS_URL]}`, a URL, a `(host, port)` pair or `{"address": …}`),
 *   bound as CHANNELS_LAYER_KEY for the settings' folder; an in-memory layer is in-process, nobody;
 * - **sending** to a group or channel produces to it: `channel_layer.group_send(…)`,
 *   `async_to_sync(channel_layer.group_send)(…)`, `self.channel_layer.send(…)`, in files importing
 *   `channels` (a Celery task's progress report runs in the worker, as task-reach.ts follows);
 * - a **consumer** joined to groups (a `WebsocketConsumer`, `AsyncJsonWebsocketConsumer`… class
 *   calling `channel_layer.group_add`) receives them in the ASGI web process serving it.
 *
 * Resolution finds the layer for the sending or receiving process as it finds Celery's broker
 * (core/discovery/shared-codebase.ts, APP_BROKER_KEYS).
 */
import { folderOf } from '../../../core/discovery/file-paths.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import { CHANNELS_LAYER_KEY, DJANGO_CHANNELS } from '../../../core/discovery/shared-codebase.js';
import type { SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import type { PythonFileInput } from './celery-config.js';
import type { Assignment } from './python-assignments.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
import { firstOf } from './targets.js';
import type { Evaluator } from './value-evaluation.js';

/** Channels' consumer classes, whose subclasses serve websockets (or other protocols) in the ASGI process. */
const CONSUMER_BASES = /(?:^|\.)(?:Async)?(?:Json)?Websocket(?:Consumer)$|(?:^|\.)(?:AsyncConsumer|SyncConsumer|AsyncHttpConsumer)$/;
/** Sending through the layer: to a group, or to one channel. */
const SENDS = new Set(['group_send', 'send']);

/** Whether a Python file may say anything of a channel layer, cheaply, before it is read. */
export function mayUseChannels(text: string): boolean {
  return /\b(?:CHANNEL_LAYERS|channel_layer|group_send|group_add)\b/.test(text);
}

type Input = PythonFileInput;

/** The layer a settings module configures (from its top-level assignments), as a binding for its folder. */
export function channelLayerBinding(assignments: readonly Assignment[], input: Input): BindingFact[] {
  const layers = assignments.find((assignment) => assignment.name === 'CHANNEL_LAYERS' && !assignment.entry && !assignment.attribute && assignment.conditions.length === 0);
  const layer = layers ? entry(layers.value, 'default') : undefined;
  const backend = layer ? entry(layer, 'BACKEND') : undefined;
  if (!layer || !backend || !/redis/i.test(literal(backend, input.evaluator) ?? '')) return [];
  const hosts = entry(entry(layer, 'CONFIG'), 'hosts');
  const first = hosts && (hosts.type === 'list' || hosts.type === 'tuple') ? kids(hosts)[0] : undefined;
  // A host given as `{"address": "redis://…"}` (Sentinel and TLS options beside it) or a `(host, port)` pair.
  const address = first?.type === 'dictionary' ? entry(first, 'address') : first?.type === 'tuple' ? kids(first)[0] : first;
  const value = address ? boundValue(input.evaluator.value(address), true) : undefined;
  if (value === undefined) return [];
  return [{ type: 'binding', scope: folderOf(input.path), key: CHANNELS_LAYER_KEY, value, evidence: input.evidenceAt(lineOf(address as SyntaxNode)) }];
}

/** The file's sends through the layer (produces) and its consumers joined to groups (consumes). */
export function channelsConnections(input: Input): ConnectionFact[] {
  const { root, model, evaluator, evidenceAt } = input;
  if (!model.imports.some((name) => /^channels(?:\.|$)/.test(name))) return [];
  const facts: ConnectionFact[] = [];
  const connection = (role: 'produces' | 'consumes', at: SyntaxNode, channel?: string): ConnectionFact => ({
    type: 'connection',
    target: {},
    role,
    mechanism: 'messaging',
    technology: DJANGO_CHANNELS,
    ...(channel ? { channel } : {}),
    targetKind: 'message-broker',
    evidence: evidenceAt(lineOf(at)),
    confidence: CONFIDENCE.resolved,
  });
  for (const attribute of root.descendantsOfType('attribute')) {
    if (!attribute || !SENDS.has(field(attribute, 'attribute')?.text ?? '')) continue;
    const object = field(attribute, 'object');
    if (!object || !/(?:^|\.)channel_layer$|^get_channel_layer\(\)$/.test(object.text)) continue;
    // `channel_layer.group_send("orders", …)`, or `async_to_sync(channel_layer.group_send)("orders", …)`.
    const call = attribute.parent?.type === 'call' && field(attribute.parent, 'function')?.id === attribute.id ? attribute.parent : attribute.parent?.parent?.parent?.type === 'call' ? attribute.parent.parent.parent : undefined;
    const group = call ? kids(field(call, 'arguments') ?? call)[0] : undefined;
    const name = group ? firstOf(evaluator.value(group)) : undefined;
    facts.push(connection('produces', attribute, name?.kind === 'literal' ? name.text : undefined));
  }
  for (const statement of root.descendantsOfType('class_definition')) {
    const bases = statement ? field(statement, 'superclasses') : undefined;
    if (!statement || !bases || !kids(bases).some((base) => CONSUMER_BASES.test(base.text))) continue;
    const joins = (field(statement, 'body') as SyntaxNode).descendantsOfType('attribute').find((attribute) => attribute && field(attribute, 'attribute')?.text === 'group_add' && /(?:^|\.)channel_layer$/.test(field(attribute, 'object')?.text ?? ''));
    if (joins) facts.push(connection('consumes', joins));
  }
  return facts;
}

/** Facts the file adds for Channels: its layer (a settings module's) and its sends and consumers. */
export function readChannels(assignments: readonly Assignment[], input: Input): Fact[] {
  return [...channelLayerBinding(assignments, input), ...channelsConnections(input)];
}

/** The value of a dictionary literal's entry by its literal key. */
function entry(node: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
  if (node?.type !== 'dictionary') return undefined;
  for (const pair of kids(node)) {
    const name = pair.type === 'pair' ? field(pair, 'key') : undefined;
    if (name?.type === 'string' && unquote(name.text) === key) return field(pair, 'value');
  }
  return undefined;
}

function literal(node: SyntaxNode, evaluator: Evaluator): string | undefined {
  const value = firstOf(evaluator.value(node));
  return value.kind === 'literal' ? value.text : undefined;
}
