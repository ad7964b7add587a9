/**
 * Python comments blanked out of a text, for the code sources' second look at a file whose trigger
 * words may all sit in comments (`# see the requests runbook`): the readers read syntax nodes, so
 * a word in a comment can never make a fact. A regex pass rather than a parse, because it runs
 * before parsing to spare it: string literals (triple-quoted ones across lines, any prefix) are
 * matched whole and kept, so a `#` inside one stays.
 */
const COMMENT_OR_STRING = /"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\[\s\S]?)*"?|'(?:[^'\\\n]|\\[\s\S]?)*'?|#[^\n]*/g;

/** The text with each comment replaced by spaces (lines and offsets kept). */
export function blankPythonComments(text: string): string {
  if (!text.includes('#')) return text;
  return text.replace(COMMENT_OR_STRING, (token) => (token.charCodeAt(0) === 0x23 ? ' '.repeat(token.length) : token));
}
