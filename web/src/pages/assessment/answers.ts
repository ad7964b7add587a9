/**
 * Answers in progress, kept in the URL (`?answers=23-4--`: one character per question in the
 * API's order, `-` for not yet answered) so a reload or a shared link shows the same form.
 */
export type Option = 1 | 2 | 3 | 4;
export type PartialAnswers = (Option | null)[];

const UNANSWERED = '-';

/** Reads the URL form; anything unreadable counts as unanswered rather than failing the page. */
export function parseAnswersParam(text: string | null | undefined, count: number): PartialAnswers {
  const answers: PartialAnswers = [];
  for (let index = 0; index < count; index += 1) {
    const character = text?.[index];
    answers.push(character !== undefined && /^[1-4]$/.test(character) ? (Number(character) as Option) : null);
  }
  return answers;
}

/** The URL form, or null when nothing is answered (so the parameter can be dropped). */
export function formatAnswersParam(answers: PartialAnswers): string | null {
  if (answers.every((answer) => answer === null)) return null;
  return answers.map((answer) => (answer === null ? UNANSWERED : String(answer))).join('');
}

/** Sets one answer, leaving the others as they are. */
export function withAnswer(answers: PartialAnswers, index: number, option: Option): PartialAnswers {
  return answers.map((answer, at) => (at === index ? option : answer));
}

/** The answers by question id, once every question is answered; null before that. */
export function completeAnswers(answers: PartialAnswers, questionIds: readonly string[]): Record<string, Option> | null {
  if (answers.length !== questionIds.length || answers.some((answer) => answer === null)) return null;
  return Object.fromEntries(questionIds.map((id, index) => [id, answers[index] as Option]));
}

/** How many questions are answered. */
export function answeredCount(answers: PartialAnswers): number {
  return answers.filter((answer) => answer !== null).length;
}

/** Kept answers (by question id) back in question order, e.g. to start again from a past assessment. */
export function answersInOrder(record: Record<string, number>, questionIds: readonly string[]): PartialAnswers {
  return questionIds.map((id) => {
    const value = record[id];
    return value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
  });
}
