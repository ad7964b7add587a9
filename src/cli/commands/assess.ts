/**
 * `patchbay assess` (the readiness assessment: asked on a terminal, or answers given for
 * scripts) and `patchbay assessments list|show` (the history).
 */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { assessmentMarkdown } from '../../core/assess/markdown.js';
import { parseAnswers, type Answers } from '../../core/assess/questions.js';
import { PatchbayError } from '../../core/errors.js';
import { answersFromInput } from '../../services/assessment-service.js';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../option-values.js';
import { table } from '../output.js';
import { askAssessment } from '../prompts/ask-assessment.js';

/** Reads answers from a YAML/JSON file: a list of six, or a mapping by question id (or `answers:`). */
function answersFromFile(path: string): Answers {
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PatchbayError('invalid-input', `${path}: cannot be read as YAML or JSON: ${(error as Error).message}`, { issues: [{ file: path, message: (error as Error).message }] });
  }
  const answers = value !== null && typeof value === 'object' && !Array.isArray(value) && 'answers' in value ? (value as { answers: unknown }).answers : value;
  try {
    return answersFromInput(answers);
  } catch (error) {
    if (error instanceof PatchbayError) throw new PatchbayError(error.code, `${path}: ${error.message}`, { issues: error.issues.map((issue) => ({ ...issue, file: path })) });
    throw error;
  }
}

/** Registers assess and assessments. */
export function assessCommands(program: Command, context: () => CliContext): void {
  program
    .command('assess')
    .description('take the Integration Readiness Assessment: six questions, a level and a prioritised plan')
    .option('--answers <list>', 'the option chosen for each question, 1-4, in order, e.g. 2,3,1,4,2,3')
    .option('--answers-file <file>', 'answers in a YAML/JSON file: a list of six, or by question id')
    .addOption(new Option('--format <format>', 'how to print the result').choices(['markdown', 'json']).default('markdown'))
    .option('--no-save', 'show the result without keeping it in the history')
    .action(async (options: { answers?: string; answersFile?: string; format: string; save: boolean }) => {
      const ctx = context();
      let answers: Answers;
      if (options.answers !== undefined) answers = parseAnswers(options.answers);
      else if (options.answersFile !== undefined) answers = answersFromFile(options.answersFile);
      else if (process.stdin.isTTY && process.stdout.isTTY) answers = await askAssessment();
      else throw new PatchbayError('invalid-input', 'No terminal to ask on: give --answers 2,3,1,4,2,3 (one option 1-4 per question, in order) or --answers-file');
      await ctx.withClient(async (client) => {
        const outcome = await client.assess(answers, options.save);
        if (ctx.output.json || options.format === 'json') {
          ctx.output.out(JSON.stringify(outcome, null, 2));
        } else {
          ctx.output.out(assessmentMarkdown(outcome.result, outcome.comparison));
        }
        if (outcome.id) ctx.output.err(`Kept as ${outcome.id}; see progress with \`patchbay assessments list\`.`);
      });
    });

  const history = program.command('assessments').description('assessments taken, to show progress over time');
  history
    .command('list')
    .description('assessments, newest first')
    .option('--limit <n>', 'how many', wholeNumber(1, 500), 20)
    .action(async (options: { limit: number }) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const page = await client.assessmentHistory(options.limit);
        if (ctx.output.json) {
          ctx.output.out(JSON.stringify(page, null, 2));
          return;
        }
        const rows = page.items.map((item) => ({ ...item, answers: Object.values(item.answers).join(',') }));
        ctx.output.out(table(rows, ['id', 'takenAt', 'author', 'level', 'name', 'answers']));
      });
    });
  history
    .command('show <id>')
    .description('one assessment with its plan and evidence')
    .action(async (id: string) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const assessment = await client.getAssessment(id);
        ctx.output.out(ctx.output.json ? JSON.stringify(assessment, null, 2) : assessmentMarkdown(assessment.doc.result, assessment.doc.comparison));
      });
    });
}
