import { describe, expect, it } from 'vitest';
import { blankPythonComments } from './python-comments.js';

describe('blankPythonComments', () => {
  it.each([
    ['a line comment', 'x = 1  # uses requests\n', 'x = 1                 \n'],
    ['a whole-line comment', '# import redis\nimport os\n', `${' '.repeat(14)}\nimport os\n`],
    ['a # inside a double-quoted string', 'u = "redis://h#1"  # c\n', 'u = "redis://h#1"     \n'],
    ['a # inside a single-quoted string', "u = 'a#b' # c\n", "u = 'a#b'    \n"],
    ['a # inside a triple-quoted string across lines', 'd = """\n# not a comment\n"""\n# gone\n', 'd = """\n# not a comment\n"""\n      \n'],
    ['an escaped quote inside a string', 'u = "a\\"#b"\n', 'u = "a\\"#b"\n'],
    ['prefixed strings', 'u = rb"#x" + f"{y}#"\n', 'u = rb"#x" + f"{y}#"\n'],
    ['a text without #', 'import requests\n', 'import requests\n'],
  ])('%s', (_name, text, blanked) => {
    expect(blankPythonComments(text)).toBe(blanked);
    expect(blankPythonComments(text)).toHaveLength(text.length);
  });
});
