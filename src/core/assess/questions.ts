/**
 * The Integration Readiness Assessment: six questions, four options each, and four readiness
 * levels. The questions, their options and the levels keep the method's order, because people
 * compare their results with the method and with earlier assessments; the wording is our own.
 * Ids are stable: stored assessments and CLI flags refer to them, so an id is never renamed.
 */
import { PatchbayError, type FieldIssue } from '../errors.js';

/** The question ids, in the order the questions are asked. */
export const QUESTION_IDS = ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'] as const;

/** The id of one question. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** One answer: the chosen option, 1 (weakest) to 4 (strongest). */
export type AnswerValue = 1 | 2 | 3 | 4;

/** A complete set of answers, one per question. */
export type Answers = Record<QuestionId, AnswerValue>;

/** A readiness level, 1 (lowest) to 4 (highest). */
export type LevelNumber = 1 | 2 | 3 | 4;

/** The short names of the levels, lowest first. */
export const LEVEL_NAMES = ['No strategy', 'Ad-hoc', 'Developing', 'Mature'] as const;

/** The short name of one level. */
export type LevelName = (typeof LEVEL_NAMES)[number];

/** One option of a question. */
export interface QuestionOption {
  value: AnswerValue;
  label: string;
  description?: string;
}

/** One question with its four options, weakest first. */
export interface Question {
  id: QuestionId;
  /** A short name for the area, for headings and tables. */
  title: string;
  /** The question as asked. */
  text: string;
  options: readonly [QuestionOption, QuestionOption, QuestionOption, QuestionOption];
}

/** One readiness level with what to do first when you are at it. */
export interface Level {
  level: LevelNumber;
  name: LevelName;
  title: string;
  summary: string;
  /** The improvements that pay off most at this level, most valuable first. */
  improvements: readonly string[];
}

/** The six questions, in the method's order, each with its options weakest first. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'inventory',
    title: 'Integration inventory',
    text: 'Is there a written record of the integrations you run today?',
    options: [
      { value: 1, label: 'No record exists', description: 'Nobody has written down which integrations exist.' },
      { value: 2, label: 'Partly recorded', description: 'Some integrations are written down, others are not.' },
      { value: 3, label: 'Recorded, possibly out of date', description: 'There is a record of them, but nobody is sure it is still current.' },
      { value: 4, label: 'Complete and kept current', description: 'Every integration is recorded, and the record changes when the integrations do.' },
    ],
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    text: 'How do you find out whether your integrations are working?',
    options: [
      { value: 1, label: 'Users tell us', description: 'Nothing watches the integrations; failures surface when someone complains.' },
      { value: 2, label: 'We check when something seems wrong', description: 'Someone looks by hand, after a problem is suspected.' },
      { value: 3, label: 'Uptime and error alerts', description: 'Availability and errors are watched automatically.' },
      { value: 4, label: 'Full observability', description: 'Each integration\'s health, error rate, latency and volume are tracked.' },
    ],
  },
  {
    id: 'api-standards',
    title: 'API standards',
    text: 'Do your APIs follow shared standards?',
    options: [
      { value: 1, label: 'No standards', description: 'Every integration is designed its own way.' },
      { value: 2, label: 'Unwritten habits', description: 'Teams share some conventions, but nobody has written them down.' },
      { value: 3, label: 'Written standards', description: 'Authentication, error format and versioning are documented.' },
      { value: 4, label: 'Standards checked automatically', description: 'Automated governance enforces the standards.' },
    ],
  },
  {
    id: 'delivery',
    title: 'Delivery of new integrations',
    text: 'How does a new integration get built?',
    options: [
      { value: 1, label: 'Whoever needs it builds it', description: 'The team that needs an integration builds it, its own way.' },
      { value: 2, label: 'Shared code, no agreed process', description: 'Code and libraries are reused, but there is no agreed way of working.' },
      { value: 3, label: 'Templates, patterns and review', description: 'New integrations start from standard templates and patterns, and their code is reviewed.' },
      { value: 4, label: 'Platform and self-service', description: 'A platform team offers paved paths that other teams follow on their own.' },
    ],
  },
  {
    id: 'data-quality',
    title: 'Data quality',
    text: 'How do you keep data correct and consistent as it moves between systems?',
    options: [
      { value: 1, label: 'Not managed', description: 'Data that does not match between systems is a familiar problem.' },
      { value: 2, label: 'Checked by hand when problems appear', description: 'Someone spot-checks the data once an issue is reported.' },
      { value: 3, label: 'Validated automatically at the boundaries', description: 'Integrations check the data automatically where it enters or leaves.' },
      { value: 4, label: 'Governed, with automated quality checks', description: 'A governance framework sets the rules, and automated checks apply them.' },
    ],
  },
  {
    id: 'change-communication',
    title: 'Communicating API changes',
    text: 'How do the consumers of an API learn that it is about to change?',
    options: [
      { value: 1, label: 'They do not', description: 'There is no process, and breaking changes cause outages.' },
      { value: 2, label: 'Informally, and it gets missed', description: 'Changes are announced informally; the word does not always reach everyone.' },
      { value: 3, label: 'A written process with deprecation dates', description: 'Changes follow a documented process, with a timeline for retiring old versions.' },
      { value: 4, label: 'Contract tests and versioning in CI/CD', description: 'APIs are versioned, and contract tests in the delivery pipeline catch breaking changes.' },
    ],
  },
];

/** The four levels, lowest first (LEVELS[n - 1] is level n). */
export const LEVELS: readonly [Level, Level, Level, Level] = [
  {
    level: 1,
    name: 'No strategy',
    title: 'Integrations without a strategy',
    summary:
      'Integrations get built in reaction to needs, and nobody governs them. Begin by listing the integrations that exist and how healthy each one is; from there you can see which connections matter most and which gaps to close first.',
    improvements: [
      'Build a full list of the integrations that run today.',
      'Find the connections that nobody uses or that duplicate another, and switch them off.',
      'Give every critical integration an owner and a basic health check.',
    ],
  },
  {
    level: 2,
    name: 'Ad-hoc',
    title: 'Integrations built case by case',
    summary:
      'Integrations exist, but governance, monitoring and standards are thin. The largest gain comes from taking stock of what you have and agreeing minimum standards before you build more.',
    improvements: [
      'Audit the integrations: map every current connection and how healthy it is.',
      'Agree the minimum every integration must meet: how it authenticates, how it handles errors, how it is monitored.',
      'Put basic monitoring (uptime, error rate) on every integration.',
    ],
  },
  {
    level: 3,
    name: 'Developing',
    title: 'An integration capability taking shape',
    summary:
      'The foundations are sound, and there is room to grow. Make the standards formal, extend monitoring and set up change management: without them, a growing number of integrations turns into a fragile tangle that nobody governs.',
    improvements: [
      'Write down how APIs authenticate, report errors and are versioned, and make sure those rules are followed.',
      'Monitor and alert on every integration, not only the critical ones.',
      'Introduce a managed way of changing APIs, with fixed dates for retiring old versions.',
    ],
  },
  {
    level: 4,
    name: 'Mature',
    title: 'A mature integration capability',
    summary:
      'Your integration practice is in good shape. The work now is refining it and growing it; a platform approach keeps quality up as more teams ask for integrations.',
    improvements: [
      'Offer integrations as self-service, through a platform engineering approach.',
      'Run automated contract tests on every integration boundary.',
      'Treat integration health as a headline metric, next to uptime and latency.',
    ],
  },
];

/** The question with this id. */
export function questionById(id: QuestionId): Question {
  // QUESTION_IDS and QUESTIONS are the same list; a test keeps them so.
  return QUESTIONS[QUESTION_IDS.indexOf(id)] as Question;
}

/** The level with this number. */
export function levelInfo(level: LevelNumber): Level {
  // LevelNumber is 1-4 and LEVELS has four entries, so the index is always inside the tuple.
  return LEVELS[level - 1] as Level;
}

/** The label of the option a question was answered with. */
export function optionLabel(id: QuestionId, answer: AnswerValue): string {
  // AnswerValue is 1-4 and every question has four options.
  return (questionById(id).options[answer - 1] as QuestionOption).label;
}

/** True when the value is one of the four answer values. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** Shows a rejected value in a message without letting a huge or odd value flood it. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Answers from a list in question order, e.g. `[2, 3, 1, 4, 2, 3]`. Throws `invalid-input` naming
 * every wrong position (counted from 1, as a person counts questions) or the wrong count.
 */
export function answersFromList(list: readonly unknown[]): Answers {
  if (list.length !== QUESTION_IDS.length) {
    throw new PatchbayError(
      'invalid-input',
      `expected ${QUESTION_IDS.length} answers, one per question in this order: ${QUESTION_IDS.join(', ')} (got ${list.length})`,
      { issues: [{ pointer: '', message: `must hold exactly ${QUESTION_IDS.length} answers` }] },
    );
  }
  const issues: FieldIssue[] = [];
  list.forEach((value, index) => {
    if (!isAnswerValue(value)) issues.push({ pointer: `/${index}`, message: `answer ${index + 1} must be 1-4 (got ${shown(value)})` });
  });
  if (issues.length > 0) throw new PatchbayError('invalid-input', issues.map((issue) => issue.message).join('; '), { issues });
  return Object.fromEntries(QUESTION_IDS.map((id, index) => [id, list[index]])) as Answers;
}

/**
 * Answers from text as a person types it on a command line: six digits separated by commas or
 * spaces, e.g. `2,3,1,4,2,3`. Same validation and messages as answersFromList.
 */
export function parseAnswers(text: string): Answers {
  const parts = text.split(/[\s,]+/).filter((part) => part !== '');
  // Keep what is not a whole number as text, so the message shows what was typed.
  return answersFromList(parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
}

/**
 * Answers from a mapping of question id to answer, as a JSON body carries them. Throws
 * `invalid-input` naming missing, unknown and out-of-range entries.
 */
export function answersFromRecord(record: Readonly<Record<string, unknown>>): Answers {
  const issues: FieldIssue[] = [];
  for (const id of QUESTION_IDS) {
    if (!(id in record)) issues.push({ pointer: `/${id}`, message: `answer to '${id}' is missing` });
    else if (!isAnswerValue(record[id])) issues.push({ pointer: `/${id}`, message: `answer to '${id}' must be 1-4 (got ${shown(record[id])})` });
  }
  for (const key of Object.keys(record)) {
    if (!(QUESTION_IDS as readonly string[]).includes(key)) {
      issues.push({ pointer: `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `'${key}' is not a question; the questions are ${QUESTION_IDS.join(', ')}` });
    }
  }
  if (issues.length > 0) throw new PatchbayError('invalid-input', issues.map((issue) => issue.message).join('; '), { issues });
  return Object.fromEntries(QUESTION_IDS.map((id) => [id, record[id]])) as Answers;
}

/** The answers as a list in question order: the inverse of answersFromList. */
export function answersToList(answers: Answers): AnswerValue[] {
  return QUESTION_IDS.map((id) => answers[id]);
}
