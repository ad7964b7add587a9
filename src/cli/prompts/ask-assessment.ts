/**
 * The readiness assessment asked on a terminal: one question at a time, options chosen with the
 * arrow keys, Ctrl-C to leave without saving anything.
 */
import { cancel, intro, isCancel, select } from '@clack/prompts';
import { PatchbayError } from '../../core/errors.js';
import { QUESTIONS, answersFromList, type AnswerValue, type Answers } from '../../core/assess/questions.js';

/** Asks the six questions in order and returns the answers. */
export async function askAssessment(): Promise<Answers> {
  intro('Integration Readiness Assessment: six questions, about two minutes');
  const chosen: AnswerValue[] = [];
  for (const [index, question] of QUESTIONS.entries()) {
    const answer = await select<AnswerValue>({
      message: `${index + 1}/${QUESTIONS.length} ${question.title}: ${question.text}`,
      options: question.options.map((option) => ({ value: option.value, label: option.label, ...(option.description ? { hint: option.description } : {}) })),
    });
    if (isCancel(answer)) {
      cancel('Assessment abandoned; nothing was saved.');
      throw new PatchbayError('invalid-input', 'The assessment was cancelled before all six questions were answered');
    }
    chosen.push(answer);
  }
  return answersFromList(chosen);
}
