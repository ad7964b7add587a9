/**
 * The catalog's entities as JSON Schema (TypeBox). One definition serves three purposes: the
 * TypeScript types, validation in the core (which names the bad field), and the REST API's request
 * and response schemas from which the OpenAPI document is generated. Every object is closed
 * (`additionalProperties: false`) so a misspelt field is an error, not silently dropped data.
 */
import { Kind, Type, TypeRegistry, type Static, type TObject } from '@sinclair/typebox';
import {
  DIRECTIONS,
  FREQUENCIES,
  HEALTHS,
  INTEGRATION_STATUSES,
  LIFECYCLES,
  COUPLING_TOLERANCES,
  LATENCIES,
  LINK_TYPES,
  MECHANISMS,
  ORIGINS,
  SYSTEM_KINDS,
  VOLUME_LEVELS,
  VOLUME_PERIODS,
} from './vocabulary.js';

/** Pattern of an id: a slug a person can type, stable for the entity's life. */
export const ID_PATTERN = '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$';
const idDescription = 'Lowercase letters, digits and hyphens, 1-64 characters, starting and ending with a letter or digit.';

// A plain `{ type: string, enum }` schema reads best in OpenAPI and in error messages; TypeBox
// needs to be told how to check it, once.
if (!TypeRegistry.Has('StringEnum')) {
  TypeRegistry.Set<{ enum: string[] }>('StringEnum', (schema, value) => typeof value === 'string' && schema.enum.includes(value));
}

/** A string-enum schema over a list of values, checkable by TypeBox and readable in OpenAPI. */
export function stringEnum<const T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}) {
  return Type.Unsafe<T[number]>({ [Kind]: 'StringEnum', type: 'string', enum: [...values], ...options });
}

/** Builds a string-enum schema from one of the vocabulary lists. */
function oneOf<const T extends readonly string[]>(values: T, description: string) {
  return stringEnum(values, { description });
}

/** A closed object: unknown properties are rejected. */
function closed<T extends Parameters<typeof Type.Object>[0]>(properties: T, description?: string) {
  return Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });
}

export const Id = Type.String({ pattern: ID_PATTERN, minLength: 1, maxLength: 64, description: idDescription });

/** A reference to another entity by id, with what it refers to. */
function idRef(description: string) {
  return Type.String({ pattern: ID_PATTERN, minLength: 1, maxLength: 64, description });
}

/** An optional reference to another entity. */
function optionalRef(description: string) {
  return Type.Optional(idRef(description));
}
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Text = Type.String({ maxLength: 10_000 });
const ShortText = Type.String({ maxLength: 500 });
const Url = Type.String({ minLength: 1, maxLength: 2_000, description: 'An absolute URL or a path in a repository.' });
export const Tag = Type.String({ pattern: '^[a-z0-9][a-z0-9._:/-]{0,62}$', description: 'Lowercase tag, up to 63 characters.' });
const Tags = Type.Array(Tag, { maxItems: 50, uniqueItems: true, description: 'Free tags, used for filtering.' });

export const Link = closed({
  url: Url,
  title: Type.Optional(ShortText),
  type: Type.Optional(oneOf(LINK_TYPES, 'What the link points at.')),
});
const Links = Type.Array(Link, { maxItems: 50 });

/** Fields shared by every entity as written by a user. */
const common = {
  id: Id,
  name: Name,
  description: Type.Optional(Text),
  tags: Type.Optional(Tags),
  links: Type.Optional(Links),
};

export const TeamInput = closed(
  {
    ...common,
    contact: Type.Optional(Type.String({ maxLength: 320, description: 'How to reach the team: e-mail, chat channel.' })),
    onCall: Type.Optional(Type.String({ maxLength: 320, description: 'Who is called when something the team owns breaks.' })),
  },
  'A team that owns systems and integrations.',
);

export const DomainInput = closed(
  {
    ...common,
    owner: optionalRef('Id of the team accountable for the domain.'),
  },
  'A business area (sales, finance, logistics...) that groups systems.',
);

export const SystemInput = closed(
  {
    ...common,
    kind: oneOf(SYSTEM_KINDS, 'What sort of system this is.'),
    owner: optionalRef('Id of the owning team.'),
    domain: optionalRef('Id of the business domain.'),
    lifecycle: Type.Optional(oneOf(LIFECYCLES, 'Where the system is in its life. Default: active.')),
    exposesApi: Type.Optional(Type.Boolean({ description: 'Whether the system offers an API others can call.' })),
  },
  'An application, SaaS product, database, broker, partner or manual process.',
);

export const Volume = closed(
  {
    count: Type.Number({ minimum: 0, maximum: 1e15 }),
    per: oneOf(VOLUME_PERIODS, 'The period the count is measured over.'),
    unit: Type.Optional(Type.String({ maxLength: 40, description: 'What is counted: records (default), messages, files, MB.' })),
  },
  'How much data moves per period.',
);

export const DataField = closed({
  name: Type.String({ pattern: '^[A-Za-z0-9_$@][A-Za-z0-9_$@.\\-\\[\\]]{0,127}$', description: 'Field name as the data calls it.' }),
  type: Type.Optional(Type.String({ maxLength: 80 })),
  description: Type.Optional(ShortText),
  pii: Type.Optional(Type.Boolean({ description: 'Whether the field holds personal data.' })),
});

export const DataObject = closed(
  {
    object: Type.String({ pattern: '^[A-Za-z0-9_$][A-Za-z0-9_$.\\-]{0,127}$', description: 'Business object, e.g. customer, order.' }),
    format: Type.Optional(Type.String({ maxLength: 80, description: 'JSON, XML, CSV, EDIFACT, Avro...' })),
    volume: Type.Optional(Volume),
    fields: Type.Optional(Type.Array(DataField, { maxItems: 1_000 })),
  },
  'One data object an integration carries, with its fields.',
);

export const IntegrationOwner = closed(
  {
    builtBy: optionalRef('Id of the team that built it.'),
    maintainedBy: optionalRef('Id of the team that maintains it.'),
    onCall: Type.Optional(Type.String({ maxLength: 320, description: 'Who is called when it breaks.' })),
  },
  'Who built, maintains and answers for the integration.',
);

export const Evidence = closed({
  file: Type.String({ maxLength: 1_000 }),
  line: Type.Optional(Type.Integer({ minimum: 1 })),
  excerpt: Type.Optional(Type.String({ maxLength: 500 })),
});

export const Provenance = closed(
  {
    origin: oneOf(ORIGINS, 'How the integration came into the catalog.'),
    source: Type.Optional(Type.String({ maxLength: 1_000, description: 'Where it came from: a file, a scan, a person.' })),
    confidence: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: 'How sure the finder was that the integration exists, 0-1 (a scan records it on each proposal).' }),
    ),
    evidence: Type.Optional(Type.Array(Evidence, { maxItems: 100 })),
  },
  'Where the record came from.',
);

/** A rating on the guide's scale: 1 (lowest) to 5 (highest). */
const Rating = Type.Integer({ minimum: 1, maximum: 5 });

export const ValueRatings = closed(
  {
    revenue: Type.Optional({ ...Rating, description: 'Does it enable a product, partnership or customer capability?' }),
    cost: Type.Optional({ ...Rating, description: 'Does it remove manual work, re-keying or workarounds?' }),
    risk: Type.Optional({ ...Rating, description: 'Does it improve accuracy, compliance or auditability?' }),
    speed: Type.Optional({ ...Rating, description: 'Does it shorten time to market for an initiative?' }),
  },
  'Business value, each 1 (little) to 5 (a great deal).',
);

export const ComplexityRatings = closed(
  {
    systemReadiness: Type.Optional({ ...Rating, description: 'How much must be built before the target can take part (5: no API yet).' }),
    dataQuality: Type.Optional({ ...Rating, description: 'How much the source data needs cleaning (5: poor data).' }),
    security: Type.Optional({ ...Rating, description: 'How demanding the security needs are (5: encryption, access control, audit).' }),
    dependencyChain: Type.Optional({ ...Rating, description: 'How much must be in place first (5: a long chain).' }),
  },
  'Technical complexity, each 1 (simple) to 5 (hard).',
);

export const Ratings = closed(
  { value: Type.Optional(ValueRatings), complexity: Type.Optional(ComplexityRatings) },
  'Ratings for prioritisation; what is not rated is derived from the catalog where it can be.',
);

export const Requirements = closed(
  {
    needsImmediateAnswer: Type.Optional(Type.Boolean({ description: 'The caller waits for a response before it can go on.' })),
    latency: Type.Optional(oneOf(LATENCIES, 'How soon the data must arrive.')),
    consumers: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'How many systems need this data.' })),
    volume: Type.Optional(oneOf(VOLUME_LEVELS, 'How much data moves.')),
    ordering: Type.Optional(Type.Boolean({ description: 'Messages must be processed in order.' })),
    couplingTolerance: Type.Optional(oneOf(COUPLING_TOLERANCES, 'How far the two ends may depend on each other being up and unchanged.')),
    analytics: Type.Optional(Type.Boolean({ description: 'The data feeds reporting or analytics.' })),
  },
  'What the integration needs, for pattern advice.',
);

export const IntegrationInput = closed(
  {
    ...common,
    name: Type.Optional(Name),
    source: idRef('Id of the system the data comes from (the caller, when that is all that is known).'),
    target: idRef('Id of the system the data goes to.'),
    direction: Type.Optional(oneOf(DIRECTIONS, 'How data moves. Default: one-way.')),
    mechanism: oneOf(MECHANISMS, 'How the integration is built.'),
    technology: Type.Optional(Type.String({ maxLength: 200, description: 'Product or protocol, e.g. "Azure Service Bus", "SFTP".' })),
    frequency: Type.Optional(oneOf(FREQUENCIES, 'How often data moves. Default: real-time.')),
    schedule: Type.Optional(Type.String({ maxLength: 200, description: 'For batch: a cron expression or plain words ("nightly 02:00").' })),
    data: Type.Optional(Type.Array(DataObject, { maxItems: 200 })),
    owner: Type.Optional(IntegrationOwner),
    health: Type.Optional(oneOf(HEALTHS, 'What is known about its health. Default: unknown.')),
    status: Type.Optional(oneOf(INTEGRATION_STATUSES, 'Where it is in its life. Default: active.')),
    runbook: Type.Optional(Url),
    provenance: Type.Optional(Provenance),
    ratings: Type.Optional(Ratings),
    requirements: Type.Optional(Requirements),
    dependsOn: Type.Optional(
      Type.Array(idRef('Id of an integration that must be in place first.'), { maxItems: 100, uniqueItems: true, description: 'Integrations that must be in place before this one.' }),
    ),
  },
  'A flow of data from a source system to a target system.',
);

/** What the catalog adds to every stored entity. */
const stored = {
  revision: Type.Integer({ minimum: 1, description: 'Increases on every change; echoed as the ETag.' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

/** Adds the stored fields to an input schema, for responses. */
function storedOf<T extends TObject>(input: T) {
  return closed({ ...input.properties, ...stored }, input.description);
}

export const Team = storedOf(TeamInput);
export const Domain = storedOf(DomainInput);
export const System = storedOf(SystemInput);
export const Integration = storedOf(IntegrationInput);

export type LinkValue = Static<typeof Link>;
export type TeamInput = Static<typeof TeamInput>;
export type DomainInput = Static<typeof DomainInput>;
export type SystemInput = Static<typeof SystemInput>;
export type IntegrationInput = Static<typeof IntegrationInput>;
export type DataObjectValue = Static<typeof DataObject>;
export type EvidenceValue = Static<typeof Evidence>;
export type RatingsValue = Static<typeof Ratings>;
export type RequirementsValue = Static<typeof Requirements>;

/** The fields the catalog keeps on every stored entity. */
export interface StoredFields {
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export type Team = TeamInput & StoredFields;
export type Domain = DomainInput & StoredFields;
export type System = SystemInput & StoredFields;
export type Integration = IntegrationInput & StoredFields;

/** The input shape of each entity kind, by kind. */
export interface EntityInputs {
  team: TeamInput;
  domain: DomainInput;
  system: SystemInput;
  integration: IntegrationInput;
}

/** The input schema of each entity kind, by kind. */
export const INPUT_SCHEMAS = {
  team: TeamInput,
  domain: DomainInput,
  system: SystemInput,
  integration: IntegrationInput,
} as const;

/** The stored (response) schema of each entity kind, by kind. */
export const STORED_SCHEMAS = { team: Team, domain: Domain, system: System, integration: Integration } as const;
