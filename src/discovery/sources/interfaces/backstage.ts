/**
 * Backstage catalog descriptors (`catalog-info.yaml` and any YAML whose documents have
 * `apiVersion: backstage.io/...`): components, resources and APIs a team declared, and the
 * relations between them. Declared by people who know the system, so facts are `declared`.
 *
 * Entity references are `[kind:][namespace/]name`; only the name is kept, because the rest of
 * discovery names systems by name alone. A relation whose other end is defined in the same file
 * is made more precise with what that entity says (a database resource makes a database use).
 */
import { redact } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type Fact, type ProvidesFact } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import type { Source } from '../../source.js';
import { entryOf, folderOf, itemsOf, readYaml, textOf, valueOf, type YamlFile } from './yaml-tree.js';

/** One entity of the file, as far as discovery needs it. */
interface Entity {
  kind: string;
  name: string;
  /** `spec.type`, lower-cased. */
  type: string;
  spec: unknown;
  /** The line of `metadata.name`, which evidence cites. */
  line: number;
}

/** A reference to another entity: its kind when written, and its name. */
interface EntityRef {
  kind?: string;
  name: string;
  line: number;
}

/** What a resource's `spec.type` says about its kind and product. */
const RESOURCE_TYPES: Array<[RegExp, SystemKind, string?]> = [
  [/^postgres(?:ql)?$/, 'database', 'PostgreSQL'],
  [/^mysql$/, 'database', 'MySQL'],
  [/^mongo(?:db)?$/, 'database', 'MongoDB'],
  [/^redis$/, 'database', 'Redis'],
  [/^(?:dynamodb|dynamo-?db-table)$/, 'database', 'Amazon DynamoDB'],
  [/^kafka(?:-topic)?$/, 'message-broker', 'Kafka'],
  [/^rabbitmq$/, 'message-broker', 'RabbitMQ'],
  [/^(?:sqs|sqs-queue)$/, 'message-broker', 'Amazon SQS'],
  [/^(?:sns|sns-topic)$/, 'message-broker', 'Amazon SNS'],
  [/^s3(?:-bucket)?$/, 'file-store', 'Amazon S3'],
  [/^(?:gcs|gcs-bucket)$/, 'file-store', 'Google Cloud Storage'],
  [/database|^db$|sql|cache/, 'database'],
  [/queue|topic|broker|stream|event-?bus|messag/, 'message-broker'],
  [/bucket|storage|blob|file/, 'file-store'],
  [/gateway/, 'gateway'],
  [/warehouse/, 'data-warehouse'],
];

/** The protocol and mechanism of an API entity's `spec.type`. */
const API_TYPES: Record<string, { protocol: ProvidesFact['protocol']; mechanism: Mechanism }> = {
  openapi: { protocol: 'rest', mechanism: 'rest' },
  grpc: { protocol: 'grpc', mechanism: 'grpc' },
  graphql: { protocol: 'graphql', mechanism: 'graphql' },
  asyncapi: { protocol: 'async', mechanism: 'messaging' },
  wsdl: { protocol: 'soap', mechanism: 'soap' },
  soap: { protocol: 'soap', mechanism: 'soap' },
};

/**
 * The protocol of an API whose type is unknown (its entity is in another file, or the type is
 * `trpc` or custom): REST, by far the most common, because ProvidesFact has no "unknown" protocol.
 * Only the API name matters to resolution, which leads consumers of the name to its provider.
 */
const DEFAULT_API = { protocol: 'rest' } as const;

/** The Backstage catalog source. */
export const backstageSource: Source = {
  name: 'backstage',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(path),
  read(file, context): Fact[] {
    // Every entity declares `apiVersion: backstage.io/...`; other YAML is passed over without parsing.
    if (!file.text.includes('backstage.io/')) return [];
    const yaml = readYaml(file.text);
    if (!yaml) return [];
    const entities = readEntities(yaml);
    if (entities.length === 0) return [];

    // Keyed by kind as well: a component and the API it provides are often both called `cart`.
    const byRef = new Map<string, Entity>();
    for (const entity of entities) {
      const key = `${entity.kind}:${entity.name.toLowerCase()}`;
      if (!byRef.has(key)) byRef.set(key, entity);
    }
    /** The entity of this file a reference names; an unqualified name may be any of the kinds given. */
    const inFile = (ref: Omit<EntityRef, 'line'>, kinds: readonly string[]): Entity | undefined => {
      for (const kind of ref.kind ? [ref.kind] : kinds) {
        const entity = byRef.get(`${kind}:${ref.name.toLowerCase()}`);
        if (entity) return entity;
      }
      return undefined;
    };
    const components = entities.filter((entity) => entity.kind === 'component' && entity.type !== 'library');
    // Several deployable components in one file share its folder: the folder cannot be the root of
    // each. A file with a Location is a catalog index that registers descriptors from elsewhere,
    // and a component declared there is not the code around it.
    const isIndex = entities.some((entity) => entity.kind === 'location');
    const root = components.length === 1 && !isIndex ? folderOf(file.path) : undefined;
    const providers = new Map<string, string>();
    for (const component of components) {
      for (const ref of refsOf(yaml, component.spec, 'providesApis')) providers.set(ref.name.toLowerCase(), component.name);
    }

    const facts: Fact[] = [];
    for (const entity of entities) {
      if (entity.kind === 'component' && entity.type !== 'library') {
        const fact: ComponentFact = {
          type: 'component',
          name: redact(entity.name),
          kind: 'application',
          ...(root !== undefined ? { root } : {}),
          evidence: context.evidenceAt(entity.line),
          confidence: CONFIDENCE.declared,
        };
        facts.push(fact);
        for (const ref of refsOf(yaml, entity.spec, 'providesApis')) {
          if (inFile(ref, ['api'])) continue; // the API entity below reports it, with its real type
          facts.push({ type: 'provides', component: redact(entity.name), api: redact(ref.name), protocol: DEFAULT_API.protocol, evidence: context.evidenceAt(ref.line) });
        }
        for (const ref of refsOf(yaml, entity.spec, 'consumesApis')) {
          const known = API_TYPES[inFile(ref, ['api'])?.type ?? ''];
          const connection: ConnectionFact = {
            type: 'connection',
            component: redact(entity.name),
            // An API name, not a component name: resolution maps it to its provider through ProvidesFact.
            target: { component: redact(ref.name) },
            // An API whose type this file does not show (or an AsyncAPI one, whose messages go through a
            // broker in a direction the catalog does not say) is a declared dependency: resolution
            // replaces it by any more specific connection the code shows, instead of adding a guessed one.
            role: known && known.mechanism !== 'messaging' ? 'calls' : 'depends',
            mechanism: known?.mechanism ?? 'other',
            evidence: context.evidenceAt(ref.line),
            confidence: CONFIDENCE.declared,
          };
          facts.push(connection);
        }
      } else if (entity.kind === 'resource') {
        const [kind, technology] = resourceKind(entity.type);
        const fact: ComponentFact = {
          type: 'component',
          name: redact(entity.name),
          kind,
          ...(technology ? { technology } : {}),
          evidence: context.evidenceAt(entity.line),
          confidence: CONFIDENCE.declared,
        };
        facts.push(fact);
      } else if (entity.kind === 'api') {
        const provider = providers.get(entity.name.toLowerCase());
        const fact: ProvidesFact = {
          type: 'provides',
          ...(provider ? { component: redact(provider) } : {}),
          api: redact(entity.name),
          protocol: (API_TYPES[entity.type] ?? DEFAULT_API).protocol,
          evidence: context.evidenceAt(entity.line),
        };
        facts.push(fact);
      }
      if ((entity.kind === 'component' && entity.type !== 'library') || entity.kind === 'resource') {
        for (const ref of refsOf(yaml, entity.spec, 'dependsOn')) facts.push(dependency(entity.name, ref.name, inFile(ref, ['component', 'resource']), context.evidenceAt(ref.line)));
        // `dependencyOf` is the same relation written from the other end.
        for (const ref of refsOf(yaml, entity.spec, 'dependencyOf')) facts.push(dependency(ref.name, entity.name, entity, context.evidenceAt(ref.line)));
      }
    }
    return facts;
  },
};

/** A declared dependency; a database resource at the other end makes it a database dependency. */
function dependency(from: string, to: string, target: Entity | undefined, evidence: ConnectionFact['evidence']): ConnectionFact {
  const targetKind: SystemKind | undefined = target?.kind === 'resource' ? resourceKind(target.type)[0] : target?.kind === 'component' ? 'application' : undefined;
  return {
    type: 'connection',
    component: redact(from),
    target: { component: redact(to) },
    role: 'depends',
    mechanism: targetKind === 'database' ? 'database' : 'other',
    ...(targetKind ? { targetKind } : {}),
    evidence,
    confidence: CONFIDENCE.declared,
  };
}

/** The kind (and product, when the type names one) of a resource type. */
function resourceKind(type: string): [SystemKind, string?] {
  for (const [pattern, kind, technology] of RESOURCE_TYPES) if (pattern.test(type)) return [kind, technology];
  return ['other'];
}

/** The Backstage entities of every document, skipping documents that are not Backstage entities. */
function readEntities(yaml: YamlFile): Entity[] {
  const entities: Entity[] = [];
  for (const document of yaml.documents) {
    const root = document.contents;
    if (!textOf(valueOf(root, 'apiVersion'))?.startsWith('backstage.io/')) continue;
    const kind = textOf(valueOf(root, 'kind'))?.toLowerCase();
    const nameEntry = entryOf(valueOf(root, 'metadata'), 'name');
    const name = textOf(nameEntry?.value)?.trim();
    if (!kind || !nameEntry || !name) continue;
    const spec = valueOf(root, 'spec');
    entities.push({ kind, name, type: (textOf(valueOf(spec, 'type')) ?? '').trim().toLowerCase(), spec, line: yaml.lineOf(nameEntry.keyNode) });
  }
  return entities;
}

/** The entity references listed under a spec field, each with its line. */
function refsOf(yaml: YamlFile, spec: unknown, field: string): EntityRef[] {
  const refs: EntityRef[] = [];
  for (const item of itemsOf(valueOf(spec, field))) {
    const ref = parseRef(textOf(item) ?? '');
    if (ref) refs.push({ ...ref, line: yaml.lineOf(item) });
  }
  return refs;
}

/** Reads `[kind:][namespace/]name`. */
function parseRef(text: string): Omit<EntityRef, 'line'> | undefined {
  const match = /^\s*(?:([A-Za-z][\w-]*):)?(?:[^/:\s]+\/)?([^/:\s]+)\s*$/.exec(text);
  if (!match?.[2]) return undefined;
  return { ...(match[1] ? { kind: match[1].toLowerCase() } : {}), name: match[2] };
}
