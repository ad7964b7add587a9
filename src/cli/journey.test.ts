/**
 * The assess → prioritise → advise steps of the journey on the command line, against the demo
 * landscape, plus the interactive assessment driven through a real pseudo-terminal.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { QUADRANTS } from '../core/prioritise/index.js';
import { REPO_ROOT, Workspace, demoOf, demoTemplate, jsonOf } from './test-support/cli-harness.js';

let template: { database: string; dispose(): void };
let workspace: Workspace;

beforeAll(async () => {
  template = await demoTemplate();
});
afterAll(() => template.dispose());
beforeEach(() => {
  workspace = new Workspace(template.database);
});
afterEach(() => workspace.dispose());

describe('patchbay assess', () => {
  it.each([
    ['1,1,1,1,1,1', 1, 'No strategy'],
    ['4,4,4,4,4,1', 2, 'Ad-hoc'],
    ['3,3,3,3,3,3', 3, 'Developing'],
    ['4,4,4,4,4,4', 4, 'Mature'],
  ])('scores --answers %s as level %i (%s) and keeps it', async (answers, level, name) => {
    const result = await workspace.run('--json', 'assess', '--answers', answers);
    expect(result.code, result.stderr).toBe(0);
    expect(jsonOf<{ result: { level: number; name: string }; id: string }>(result)).toMatchObject({ result: { level, name } });
    const history = jsonOf<{ items: { level: number }[] }>(await workspace.run('--json', 'assessments', 'list'));
    expect(history.items.map((item) => item.level)).toEqual([level]);
  });

  it('prints a markdown report with the evidence beside the answers', async () => {
    const result = await workspace.run('assess', '--answers', '4,2,1,2,2,1', '--no-save');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Integration readiness: level \d of 4/);
    expect(result.stdout).toContain('| Evidence |');
    expect(result.stdout).toContain('Improvement plan');
    expect(jsonOf<{ items: unknown[] }>(await workspace.run('--json', 'assessments', 'list')).items).toEqual([]);
  });

  it('reads answers from a file by question id', async () => {
    const file = workspace.write('answers.yaml', 'answers:\n  inventory: 3\n  monitoring: 3\n  api-standards: 3\n  delivery: 3\n  data-quality: 3\n  change-communication: 2\n');
    const result = await workspace.run('--json', 'assess', '--answers-file', file, '--no-save');
    expect(jsonOf<{ result: { level: number } }>(result).result.level).toBe(3);
  });

  it.each([
    [['assess', '--answers', '1,2,3'], 'expected 6 answers'],
    [['assess', '--answers', '1,2,3,4,5,1'], 'answer 5 must be 1-4'],
    [['assess'], 'No terminal to ask on'],
  ])('refuses %j with exit 2', async (args, fragment) => {
    const result = await workspace.run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fragment);
  });
});

describe('patchbay prioritise', () => {
  it('ranks the demo with every rated integration placed, prerequisites first', async () => {
    const result = await workspace.run('--json', 'prioritise');
    expect(result.code, result.stderr).toBe(0);
    const prioritisation = jsonOf<{ sequence: string[]; topThree: string[]; integrations: { id: string; quadrant: string; dependsOn: string[]; status: string }[] }>(result);
    const live = demoOf('Integration').filter((document) => (document.spec as { status?: string }).status !== 'retired');
    expect(prioritisation.sequence).toHaveLength(live.length);
    const position = new Map(prioritisation.sequence.map((id, index) => [id, index]));
    for (const item of prioritisation.integrations) {
      for (const prerequisite of item.dependsOn) {
        const before = prioritisation.integrations.find((other) => other.id === prerequisite);
        if (before && before.status !== 'active') expect(position.get(prerequisite)).toBeLessThan(position.get(item.id) as number);
      }
    }
    expect(prioritisation.topThree.length).toBeGreaterThan(0);
  });

  it('prints the table with quadrant names and writes the matrix as SVG', async () => {
    const table = await workspace.run('prioritise', '--limit', '5');
    expect(table.stdout).toContain('Start with:');
    for (const quadrant of QUADRANTS) expect(table.stdout).toContain(`${quadrant.name}:`);
    const svg = await workspace.run('prioritise', '--format', 'svg', '-o', join(workspace.dir, 'matrix.svg'));
    expect(svg.code, svg.stderr).toBe(0);
    const text = workspace.read('matrix.svg');
    expect(text.startsWith('<svg')).toBe(true);
    for (const quadrant of QUADRANTS) expect(text).toContain(quadrant.name);
  });

  it('takes weights from a file and refuses bad ones naming the field', async () => {
    const good = workspace.write('weights.yaml', 'weights:\n  value: { revenue: 3 }\n');
    expect((await workspace.run('--json', 'prioritise', '--weights', good)).code).toBe(0);
    const bad = workspace.write('bad.yaml', 'value: { revenue: -1 }\n');
    const result = await workspace.run('prioritise', '--weights', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/value/revenue');
  });
});

describe('patchbay advise and landscape', () => {
  it.each([
    [['--needs-answer', '--latency', 'sub-second'], 'request-response'],
    [['--consumers', '5', '--coupling', 'loose'], 'event-driven'],
    [['--analytics', '--latency', 'days', '--volume', 'high'], 'batch-etl'],
  ])('advises %j → %s', async (flags, pattern) => {
    const result = await workspace.run('--json', 'advise', ...flags);
    expect(result.code, result.stderr).toBe(0);
    expect(jsonOf<{ pattern: string }>(result).pattern).toBe(pattern);
  });

  it('advises on a catalogued integration and reports the landscape', async () => {
    const advice = await workspace.run('advise', 'wms-hours-to-hris');
    expect(advice.code, advice.stderr).toBe(0);
    expect(advice.stdout).toContain('Recommended:');
    expect(advice.stdout).toContain('Does not fit');
    const landscape = await workspace.run('landscape');
    expect(landscape.code, landscape.stderr).toBe(0);
    expect(landscape.stdout).toContain('Findings:');
    expect((await workspace.run('advise', 'ghost')).code).toBe(3);
  });
});

describe('the interactive assessment on a terminal', () => {
  const bin = join(REPO_ROOT, 'bin', 'patchbay.js');

  it('asks the six questions with arrow keys and prints the level', async () => {
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    // util-linux `script` gives the CLI a real pseudo-terminal, so the prompt behaves as for a person.
    // A pseudo-terminal made without a size is 0 columns wide; give it a person's window size.
    const command = `stty cols 200 rows 50; ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --database ${JSON.stringify(workspace.database)} assess --no-save`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '200', LINES: '50' } });
    let screen = '';
    // Colours and cursor moves are stripped: the test reads the words a person would read.
    child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')));
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 20_000;
      while (!screen.includes(text)) {
        if (Date.now() > deadline) throw new Error(`never saw ${JSON.stringify(text)} on the terminal:\n${screen.slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const down = '\u001b[B';
    // Choose option 3, 3, 2, 3, 3, 3 by pressing the down arrow from the first option.
    const choices = [3, 3, 2, 3, 3, 3];
    for (const [index, choice] of choices.entries()) {
      await waitFor(`${index + 1}/6`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      child.stdin.write(down.repeat(choice - 1));
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.stdin.write('\r');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    // 3,3,2,3,3,3: mean 2.83 rounds to 3, the lowest answer (2) caps it at 3: level 3.
    expect(screen).toContain('# Integration readiness: level 3 of 4, Developing');
  }, 60_000);
});
