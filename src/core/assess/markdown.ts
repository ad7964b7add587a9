/**
 * The assessment as a Markdown report, for `--format markdown` and for pasting into a wiki or a
 * pull request: the level and why, every answer with its evidence beside it, and the plan as a
 * numbered list. Plain data in, text out; the same result always renders the same bytes.
 */
import type { EvidenceComparison } from './evidence.js';
import { questionById, type QuestionId } from './questions.js';
import type { AssessmentResult } from './scoring.js';

/** Makes text safe inside a Markdown table cell: one line, and no pipe that would split the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
}

/** The mean as a person reads it: no trailing zeros. */
function formatMean(mean: number): string {
  return String(Math.round(mean * 100) / 100);
}

/** Question titles joined for a sentence. */
function titles(ids: readonly QuestionId[]): string {
  return ids.map((id) => questionById(id).title).join(', ');
}

/** What the comparison shows for one question, for the Evidence column. */
function evidenceCell(comparison: EvidenceComparison | undefined): string {
  if (comparison === undefined) return 'No evidence.';
  const verdict = { agrees: '**Agrees.**', disagrees: '**Differs.**', 'no-evidence': '**No evidence.**' }[comparison.status];
  // For "no evidence" the note only restates the answer, which sits in the next column already.
  const note = comparison.status === 'no-evidence' ? '' : ` ${comparison.note}`;
  return cell(`${verdict}${note} ${comparison.detail}`);
}

/**
 * Renders an assessment (and, when given, its comparison with the evidence) as Markdown. Without
 * a comparison the answers table has no Evidence column.
 */
export function assessmentMarkdown(result: AssessmentResult, comparison?: readonly EvidenceComparison[]): string {
  const lines: string[] = [];
  lines.push(`# Integration readiness: level ${result.level} of 4, ${result.name}`, '');
  lines.push(`**${result.title}.** ${result.summary}`, '');
  lines.push(`- Mean answer: ${formatMean(result.mean)} of 4 (on its own, level ${result.meanLevel}).`);
  const lowest = result.answers.find((answer) => answer.id === result.weakest[0])?.answer;
  if (result.heldBackBy.length > 0) {
    lines.push(
      `- Held back by: ${titles(result.heldBackBy)} (answered ${lowest}). The level can be at most one above the weakest answer, so it is ${result.level}, not ${result.meanLevel}.`,
    );
  } else if (lowest === 4) {
    lines.push('- Every area is answered 4: there is no weakest area.');
  } else {
    lines.push(`- Weakest: ${titles(result.weakest)} (answered ${lowest}).`);
  }
  lines.push('', '## Answers', '');
  if (comparison === undefined) {
    lines.push('| # | Question | Your answer |', '|---|---|---|');
    result.answers.forEach((answer, index) => {
      lines.push(`| ${index + 1} | ${cell(answer.title)} | ${answer.answer}: ${cell(answer.label)} |`);
    });
  } else {
    lines.push('| # | Question | Your answer | Evidence |', '|---|---|---|---|');
    result.answers.forEach((answer, index) => {
      const found = comparison.find((item) => item.id === answer.id);
      lines.push(`| ${index + 1} | ${cell(answer.title)} | ${answer.answer}: ${cell(answer.label)} | ${evidenceCell(found)} |`);
    });
  }
  lines.push('', '## Improvement plan', '');
  for (const item of result.plan) {
    const prefix = item.questionId === undefined ? '' : `**${questionById(item.questionId).title}:** `;
    lines.push(`${item.priority}. ${prefix}${item.text}`);
  }
  return `${lines.join('\n')}\n`;
}
