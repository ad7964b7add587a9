/**
 * The prioritised improvement plan: the level's highest-value improvements first (they are the
 * broad moves that lift the whole practice), then one concrete next step per question, weakest
 * area first, so the plan reads as "what to do on Monday" rather than a list of aspirations.
 */
import { QUESTION_IDS, levelInfo, type AnswerValue, type Answers, type LevelNumber, type QuestionId } from './questions.js';

/** What a plan item is: one of the level's improvements, or the next step on one question. */
export type PlanItemKind = 'improvement' | 'next-step';

/** One item of the plan; priority 1 comes first. */
export interface PlanItem {
  kind: PlanItemKind;
  /** The question a next step belongs to; absent on level improvements. */
  questionId?: QuestionId;
  text: string;
  priority: number;
}

/**
 * For each question, what to do from each answer: entries 1-3 say how to reach the next option,
 * entry 4 how to keep what has been reached. Where Patchbay helps, the step says how.
 */
export const NEXT_STEPS: Readonly<Record<QuestionId, Readonly<Record<AnswerValue, string>>>> = {
  inventory: {
    1: 'Start the list: import the spreadsheet you already have with `patchbay import integrations.csv`, or add them one at a time with `patchbay integrations add`. Source, target and mechanism are enough to begin.',
    2: 'Close the gaps: record the integrations still missing, then complete the partial records (owner with `--maintained-by`, a description, the data each one carries). The evidence in this assessment lists the incomplete records by id.',
    3: 'Keep the record current: keep the catalog YAML beside the code and have CI run `patchbay import` on it, so every change to an integration updates its record; then work through the incomplete records the evidence lists.',
    4: 'Keep it up: check the share of complete records after each release, and mark integrations that no longer run as retired (`--status retired`) instead of leaving them behind.',
  },
  monitoring: {
    1: 'Give each integration a health value in the catalog (`patchbay integrations update <id> --health fragile`, `reliable` or `monitored`) and a runbook link, so that when someone reports a problem it is clear where to look. Start with the ones you know are fragile.',
    2: 'Put automatic uptime and error-rate alerts on every integration, fragile and unknown ones first (`patchbay integrations list --health fragile,unknown`); mark each one `monitored` once it is covered and link its dashboard.',
    3: 'Watch more than up or down: add latency and data volume to the errors you already track, and record the expected volume of each integration\'s data in the catalog so that a drop stands out.',
    4: 'Keep it up: make monitoring a condition for going live, so no new integration starts unwatched, and review integration health next to uptime and latency.',
  },
  'api-standards': {
    1: 'Collect the conventions teams already follow for authentication, error responses and versioning, compare them, and pick one for each.',
    2: 'Write the standards down in one place every team can find (authentication, error format, versioning), and link each API\'s specification from the catalog (a link of type `api-spec`).',
    3: 'Check the standards automatically: lint API specifications in the build and stop changes that break the rules from being merged.',
    4: 'Keep it up: track how many APIs pass the automated checks, and revise the rules as practice moves on.',
  },
  delivery: {
    1: 'Gather the integration code teams have written, and turn the parts they all repeat (connections, retries, logging) into shared libraries.',
    2: 'Agree standard patterns and templates for new integrations, require a code review for each one, and record the pattern chosen (mechanism and technology) in the catalog.',
    3: 'Form a platform team that turns the templates into self-service golden paths, so a team can deliver a standard integration without waiting for anyone.',
    4: 'Keep it up: measure how long a new integration takes from request to production, and keep shortening it.',
  },
  'data-quality': {
    1: 'Make data problems visible: when data does not match between systems, note which integration carried it and which objects and fields were affected (the catalog lists the data each integration carries).',
    2: 'Validate automatically where data crosses an integration: check required fields, types and formats before passing data on. List each integration\'s fields in the catalog so the checks have one source to follow.',
    3: 'Set up data governance: an owner for each key business object, quality rules for it, and automated checks that report against those rules.',
    4: 'Keep it up: follow quality measures over time (rejected records, mismatches found) and act when they drift.',
  },
  'change-communication': {
    1: 'Know who to tell: the catalog\'s integrations show which systems consume each API (`patchbay integrations list --target <system>`); inform those teams before any change.',
    2: 'Write a change process: how a change is announced, how long an old version stays available, who must confirm they are ready. Record deprecation dates: mark the integrations on the old version `deprecated` and note the end date on them.',
    3: 'Version every API and add consumer contract tests to the CI/CD pipeline, so a breaking change fails the build before it reaches a consumer.',
    4: 'Keep it up: check that deprecation dates are kept, and that the contract tests cover every consumer.',
  },
};

/** The question ids ordered weakest answer first; equal answers keep the question order. */
export function weakestFirst(answers: Answers): QuestionId[] {
  // Array.prototype.sort is stable, and QUESTION_IDS is in question order, so ties keep it.
  return [...QUESTION_IDS].sort((a, b) => answers[a] - answers[b]);
}

/**
 * The plan for a set of answers at a level: the level's improvements, then a next step per
 * question with an answer below 4, weakest first (ties in question order), then the "keep it up"
 * steps of questions answered 4, in question order, because what is already strong matters least.
 */
export function improvementPlan(answers: Answers, level: LevelNumber): PlanItem[] {
  const items: Omit<PlanItem, 'priority'>[] = levelInfo(level).improvements.map((text) => ({ kind: 'improvement', text }));
  const ordered = weakestFirst(answers);
  for (const id of ordered.filter((question) => answers[question] < 4)) {
    items.push({ kind: 'next-step', questionId: id, text: NEXT_STEPS[id][answers[id]] });
  }
  for (const id of ordered.filter((question) => answers[question] === 4)) {
    items.push({ kind: 'next-step', questionId: id, text: NEXT_STEPS[id][4] });
  }
  return items.map((item, index) => ({ ...item, priority: index + 1 }));
}
