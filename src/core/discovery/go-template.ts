/**
 * The structure of a Go template (Helm's templates), hand-written because no JavaScript library
 * parses them: the actions (`{{ … }}`, trim markers and delimiters dropped), the words of an
 * action, and the tree of control blocks (`if`/`else if`/`else`, `with`, `range`, `define`,
 * `block`, each up to its `end`). Only structure is read here; what the actions mean is left to
 * their readers (the guards on values a branch carries, helm-render.ts's rendering of ranges).
 */

/** One action: where it is in the text and what it says. */
export interface TemplateAction {
  /** Offset of its `{{`. */
  from: number;
  /** Offset just past its `}}`. */
  to: number;
  /** Its text, delimiters and trim markers dropped. */
  body: string;
}

/** A template action, its delimiters and trim markers dropped. */
const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;

/** The actions of a template, in order. */
export function templateActions(text: string): TemplateAction[] {
  if (!text.includes('{{')) return [];
  return [...text.matchAll(ACTION)].map((match) => ({ from: match.index ?? 0, to: (match.index ?? 0) + match[0].length, body: (match[1] ?? '').trim() }));
}

/** Whether an action is a comment (`{{/* … *\/}}`), which renders nothing. */
export function isComment(action: TemplateAction): boolean {
  return action.body.startsWith('/*');
}

/** The words of an action: quoted strings and parenthesised groups kept whole. */
export function actionWords(action: string): string[] {
  const found: string[] = [];
  let current = '';
  let depth = 0;
  let quote: string | undefined;
  for (const character of action) {
    if (quote) {
      current += character;
      if (character === quote && !current.endsWith(`\\${quote}`)) quote = undefined;
      continue;
    }
    if (character === '"' || character === '`') quote = character;
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    if (/\s/.test(character) && depth === 0) {
      if (current !== '') found.push(current);
      current = '';
    } else current += character;
  }
  if (current !== '') found.push(current);
  return found;
}

/** The 1-based line of an offset, for a text (made once, asked many times). */
export function lineLocator(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The keywords opening a block that an `end` closes. */
export type BlockKeyword = 'if' | 'with' | 'range' | 'define' | 'block';

/** One branch of a block: the action opening it (`{{ if x }}`, `{{ else if y }}`, `{{ else }}`) and what it holds. */
export interface TemplateBranch {
  action: TemplateAction;
  /** `if`/`with`/`range`… for the first branch and for `else if`/`else with`; `else` for a plain `else`. */
  keyword: BlockKeyword | 'else';
  /** The words after the keyword(s): the pipeline tested, ranged over or entered. */
  words: string[];
  nodes: TemplateNode[];
}

/** A piece of a template: text as written, an action that is no control, or a block. */
export type TemplateNode =
  | { kind: 'text'; from: number; to: number }
  | { kind: 'action'; action: TemplateAction; words: string[] }
  | { kind: 'block'; keyword: BlockKeyword; branches: TemplateBranch[]; end: TemplateAction };

const BLOCK_KEYWORDS = new Set<string>(['if', 'with', 'range', 'define', 'block']);

/** The tree of a template; undefined when its blocks do not balance (Helm would not render it either). */
export function parseTemplate(text: string): TemplateNode[] | undefined {
  const root: TemplateNode[] = [];
  const open: { keyword: BlockKeyword; branches: TemplateBranch[]; into: TemplateNode[] }[] = [];
  const current = (): TemplateNode[] => open[open.length - 1]?.branches.at(-1)?.nodes ?? root;
  let offset = 0;
  for (const action of templateActions(text)) {
    if (action.from > offset) current().push({ kind: 'text', from: offset, to: action.from });
    offset = action.to;
    const [keyword = '', ...rest] = isComment(action) ? [] : actionWords(action.body);
    if (BLOCK_KEYWORDS.has(keyword)) {
      open.push({ keyword: keyword as BlockKeyword, branches: [{ action, keyword: keyword as BlockKeyword, words: rest, nodes: [] }], into: current() });
    } else if (keyword === 'else') {
      const block = open[open.length - 1];
      if (!block) return undefined;
      const chained = rest[0] !== undefined && BLOCK_KEYWORDS.has(rest[0]) ? (rest[0] as BlockKeyword) : undefined;
      block.branches.push({ action, keyword: chained ?? 'else', words: chained ? rest.slice(1) : rest, nodes: [] });
    } else if (keyword === 'end') {
      const block = open.pop();
      if (!block) return undefined;
      block.into.push({ kind: 'block', keyword: block.keyword, branches: block.branches, end: action });
    } else current().push({ kind: 'action', action, words: isComment(action) ? [] : [keyword, ...rest] });
  }
  if (open.length > 0) return undefined;
  if (offset < text.length) root.push({ kind: 'text', from: offset, to: text.length });
  return root;
}
