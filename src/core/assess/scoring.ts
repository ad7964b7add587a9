/**
 * Scoring: from six answers to a readiness level.
 *
 * The rule: level = min( round-half-down(mean of the six answers), lowest answer + 1 ).
 *
 * - The mean says where the practice stands overall. A mean exactly halfway between two levels
 *   rounds DOWN, because a level is a claim about what is already in place, and a tie is not yet
 *   evidence of the higher one.
 * - The cap says that the weakest area holds the whole practice back: an organisation cannot be
 *   more than one level above its weakest answer, since an integration estate is only as
 *   dependable as its least governed part (good standards do not help if nobody knows which
 *   integrations exist). So 4,4,4,4,4,1 has a mean of 3.5 but is level 2.
 *
 * The arithmetic uses the integer sum, so no floating-point rounding decides a level.
 */
import { improvementPlan, type PlanItem } from './plan.js';
import {
  QUESTION_IDS,
  answersFromRecord,
  levelInfo,
  optionLabel,
  questionById,
  type AnswerValue,
  type Answers,
  type LevelName,
  type LevelNumber,
  type QuestionId,
} from './questions.js';

/** One answer as the result reports it, with the option's label. */
export interface AnsweredQuestion {
  id: QuestionId;
  title: string;
  answer: AnswerValue;
  label: string;
}

/** The outcome of an assessment: the level, why, and what to do next. */
export interface AssessmentResult {
  level: LevelNumber;
  name: LevelName;
  title: string;
  summary: string;
  /** Mean of the six answers, rounded to two decimals (for display; the level uses the exact sum). */
  mean: number;
  /** The level the mean alone would give (rounded half down). */
  meanLevel: LevelNumber;
  /** The highest level the weakest answer allows: lowest answer + 1, at most 4. */
  cap: LevelNumber;
  /** The questions with the lowest answer, in question order. */
  weakest: QuestionId[];
  /** The questions that pulled the level below meanLevel; empty when the cap did not apply. */
  heldBackBy: QuestionId[];
  /** Every answer, in question order. */
  answers: AnsweredQuestion[];
  /** The prioritised improvement plan. */
  plan: PlanItem[];
}

/** The parts of the scoring rule for a set of answers, before anything is looked up. */
export interface LevelBreakdown {
  level: LevelNumber;
  meanLevel: LevelNumber;
  cap: LevelNumber;
  capApplied: boolean;
}

/** Applies the scoring rule (see the file comment) to a set of answers. */
export function levelFor(answers: Answers): LevelBreakdown {
  const values = QUESTION_IDS.map((id) => answers[id]);
  const sum = values.reduce<number>((total, value) => total + value, 0);
  // round-half-down(sum / n) = ceil(sum / n - 1/2) = ceil((2·sum - n) / 2n), in integers.
  const n = values.length;
  const meanLevel = Math.ceil((2 * sum - n) / (2 * n)) as LevelNumber;
  const cap = Math.min(4, Math.min(...values) + 1) as LevelNumber;
  return { level: Math.min(meanLevel, cap) as LevelNumber, meanLevel, cap, capApplied: cap < meanLevel };
}

/**
 * Assesses a set of answers: the level with its name and summary, the weakest areas, what held
 * the level back, and the improvement plan. Throws `invalid-input` if an answer is not 1-4 (the
 * type says so, but answers often arrive as JSON).
 */
export function assess(answers: Answers): AssessmentResult {
  const checked = answersFromRecord(answers);
  const { level, meanLevel, cap, capApplied } = levelFor(checked);
  const lowest = Math.min(...QUESTION_IDS.map((id) => checked[id]));
  const weakest = QUESTION_IDS.filter((id) => checked[id] === lowest);
  const sum = QUESTION_IDS.reduce<number>((total, id) => total + checked[id], 0);
  const info = levelInfo(level);
  return {
    level,
    name: info.name,
    title: info.title,
    summary: info.summary,
    mean: Math.round((sum / QUESTION_IDS.length) * 100) / 100,
    meanLevel,
    cap,
    weakest,
    heldBackBy: capApplied ? weakest : [],
    answers: QUESTION_IDS.map((id) => ({ id, title: questionById(id).title, answer: checked[id], label: optionLabel(id, checked[id]) })),
    plan: improvementPlan(checked, level),
  };
}
