/**
 * Rules users add for their in-house client libraries, so discovery recognises
 * `AcmeHttp.get(...)` as an HTTP call without a change to Patchbay. Kept in a YAML file
 * (docs/discovery-rules.md) and validated here before any rule runs.
 */
import { Type, type Static } from '@sinclair/typebox';
import { PatchbayError } from '../errors.js';
import { stringEnum } from '../model/schemas.js';
import { schemaIssues } from '../model/validate.js';
import { MECHANISMS } from '../model/vocabulary.js';

/** The languages a rule can apply to; `any` applies to all. */
export const RULE_LANGUAGES = ['any', 'typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'groovy', 'csharp',
  'rust',
  'ruby',
  'php',
] as const;

/** One rule: calls of a function or method are connections of a kind. */
export const UserRuleSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$', description: 'A name for the rule, shown in evidence.' }),
    language: Type.Optional(stringEnum(RULE_LANGUAGES, { description: 'Which language the rule reads. Default: any.' })),
    call: Type.String({ minLength: 1, maxLength: 200, description: 'The called name as written, e.g. `AcmeHttp.get` or `publish_event`; `*` matches any run of name characters.' }),
    target: Type.Optional(Type.Integer({ minimum: 0, maximum: 20, description: 'Which argument (0-based) holds the address, URL, env var or channel. Default 0.' })),
    role: stringEnum(['calls', 'produces', 'consumes', 'uses'] as const, { description: 'What the call does.' }),
    mechanism: stringEnum(MECHANISMS, { description: 'The mechanism of the integration it makes.' }),
    technology: Type.Optional(Type.String({ maxLength: 100 })),
    /** For messaging: the broker the channel lives on, when the call does not say. */
    broker: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

/** A validated user rule. */
export type UserRule = Static<typeof UserRuleSchema>;

const RulesFile = Type.Object({ rules: Type.Array(UserRuleSchema, { maxItems: 1_000 }) }, { additionalProperties: false });

/** Checks a parsed rules file, naming the file and field of every problem. */
export function parseUserRules(value: unknown, file: string): UserRule[] {
  const issues = schemaIssues(RulesFile, value);
  if (issues.length > 0) {
    throw new PatchbayError('invalid-input', `${file}: the discovery rules are not valid: ${issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ')}`, {
      issues: issues.map((issue) => ({ ...issue, file })),
    });
  }
  return (value as { rules: UserRule[] }).rules;
}
