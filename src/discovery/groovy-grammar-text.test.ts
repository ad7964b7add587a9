import { describe, expect, it } from 'vitest';
import { parseCode } from './code-parser.js';
import { gstringConcatenation, groovyTextForGrammar } from './groovy-grammar-text.js';

const lines = (...text: string[]): string => text.join('\n');

describe('groovyTextForGrammar', () => {
  const cases: { name: string; text: string; expected: string }[] = [
    {
      name: 'fields one a line end with a semicolon; annotation lines do not',
      text: lines('class A {', "  @Value('${a.url}')", '  String aUrl', '  @Autowired', '  RedisTemplate redis', '}'),
      expected: lines('class A {', '  @Value("${a.url}")', '  String aUrl;', '  @Autowired', '  RedisTemplate redis;', '}'),
    },
    {
      name: 'a chain continued on the next lines keeps its receiver, its line breaks in comments',
      text: lines('  def c = new RestAdapter.Builder()', '    .setEndpoint(url) // the base', '    .build()'),
      expected: lines('  def c = new RestAdapter.Builder() /*', '    */.setEndpoint(url) /* // the base', '    */.build();'),
    },
    {
      name: 'inside parentheses, brackets, after operators and before continuing lines: no semicolon',
      text: lines('foo(a,', '  b', ')', 'def m = [', '  a: 1', ']', 'def s = a +', '  b', 'def t = x', '  ? y', '  : z'),
      expected: lines('foo(a,', '  b', ');', 'def m = [', '  a: 1', '];', 'def s = a +', '  b;', 'def t = x', '  ? y', '  : z;'),
    },
    {
      name: 'a multi-line annotation, a control head and a method whose brace is on the next line',
      text: lines('@RequestMapping(', "  value = '/x'", ')', 'class C', '{', '  def f() {', '    if (enabled)', '      send()', '  }', '}'),
      expected: lines('@RequestMapping(', '  value = "/x"', ')', 'class C', '{', '  def f() {', '    if (enabled)', '      send();', '  }', '}'),
    },
    {
      name: 'strings: single quotes doubled, GStrings of names concatenated, escaped dollars plain, comments and triple-quoted text untouched',
      text: lines("def a = 'it''s \"x\"'", 'def b = "http://${host}:8080/$path"', 'def c = "\\${services.a.url}"', "// 'quoted' \"${x}\"", 'def d = """', '  ${x} y', '"""'),
      expected: lines("def a = \"it\"\"s \\\"x\\\"\";", 'def b = ("http://" + host + ":8080/" + path + "");', 'def c = "${services.a.url}";', "// 'quoted' \"${x}\"", 'def d = """', '  ${x} y', '""";'),
    },
    {
      name: 'safe navigation, spread, Elvis and the empty map, which the grammar does not know',
      text: lines('def h = System.getenv("H") ?: "localhost"', 'def n = apps*.name', 'def r = a', '  ?.b()', 'def m = x ?: [:]'),
      expected: lines('def h = System.getenv("H") || "localhost";', 'def n = apps.name;', 'def r = a /*', '  */.b();', 'def m = x || [];'),
    },
    {
      name: "closures with parameters get a block body (declarations), several parameters parentheses",
      text: lines('xs.each { Map app ->', '  def c = app.url', '}', 'm.each { k, v -> foo(v) }', 'xs.each { foo(it) }'),
      expected: lines('xs.each {( Map app )-> {', '  def c = app.url;', '} }', 'm.each {( k, v )-> { foo(v); } }', 'xs.each { foo(it); }'),
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(groovyTextForGrammar(text)).toBe(expected);
  });

  it("leaves an annotation's placeholder as it is", () => {
    expect(groovyTextForGrammar('class A {\n  private @Value("${a.url}") String aUrl\n}')).toBe('class A {\n  private @Value("${a.url}") String aUrl;\n}');
  });

  it('keeps every line where it was', () => {
    const text = lines('class A {', '  def x = new B()', '    .c()', '    .d("${e}")', '}');
    expect(groovyTextForGrammar(text).split('\n')).toHaveLength(5);
  });

  it('lets tree-sitter-groovy read fields and chains without errors', async () => {
    const tree = await parseCode('groovy', lines('class A {', "  @Value('${a.url}')", '  String aUrl', '  RestTemplate rest', '  def f() {', '    new RestAdapter.Builder()', '      .setEndpoint(aUrl)', '      .build()', '  }', '}'));
    expect(tree.rootNode.hasError).toBe(false);
    const chain = tree.rootNode.descendantsOfType('method_invocation').find((node) => node?.childForFieldName('name')?.text === 'build');
    expect(chain?.childForFieldName('object')?.childForFieldName('object')?.type).toBe('object_creation_expression');
    expect(tree.rootNode.descendantsOfType('field_declaration')).toHaveLength(2);
    tree.delete();
  });
});

describe('gstringConcatenation', () => {
  it.each([
    ['"http://${host}:8080"', '("http://" + host + ":8080")'],
    ['"$base/prices"', '("" + base + "/prices")'],
    ['"${config.orders.url}/v1"', '("" + config.orders.url + "/v1")'],
    ['"plain"', undefined],
    ['"${a ? b : c}/x"', undefined],
    ['"\\${not.interpolated}"', undefined],
  ])('%s → %s', (literal, expected) => {
    expect(gstringConcatenation(literal)).toBe(expected);
  });
});
