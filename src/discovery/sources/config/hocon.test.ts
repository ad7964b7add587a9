import { describe, expect, it } from 'vitest';
import { parseHocon, type HoconLeaf } from './hocon.js';

/** The settings of a text as `key=value` lines (includes read from `files`). */
function settings(text: string, files: Record<string, string> = {}): string[] {
  return parseHocon(text, 'conf/application.conf', (name) => (files[name] === undefined ? undefined : { path: `conf/${name}`, text: files[name] as string })).map((leaf) => `${leaf.key}=${leaf.value}`);
}

describe('parseHocon', () => {
  it.each<[string, string, string[]]>([
    ['a dotted key', 'a.b.c = 1', ['a.b.c=1']],
    ['`:` and quoted strings with escapes', 'a: "x\\ty"', ['a=x\ty']],
    ['an unquoted string with inner spaces', 'a = hello big world  ', ['a=hello big world']],
    ['an optional override after a default', 'h = "localhost"\nh = ${?GMS_HOST}', ['h=${GMS_HOST:localhost}']],
    ['an optional override alone', 'secret = ${?APP_SECRET}', ['secret=${APP_SECRET}']],
    ['a required variable', 'url = ${DB_URL}', ['url=${DB_URL}']],
    ['a self reference', 'h = "gms"\nurl = "http://"${h}":8080/api"', ['h=gms', 'url=http://gms:8080/api']],
    ['a self reference to an overridden setting', 'h = "localhost"\nh = ${?H}\nurl = "http://"${h}', ['h=${H:localhost}', 'url=http://${H:localhost}']],
    ['nested objects', 'akka { kafka.producer { kafka-clients { bootstrap.servers = "localhost:9092" } } }', ['akka.kafka.producer.kafka-clients.bootstrap.servers=localhost:9092']],
    ['commas between fields and an override inside an object', 'k { s = "a:1", s = ${?S} }', ['k.s=${S:a:1}']],
    ['objects merging', 'a { x = 1 }\na { y = 2 }\na.x = 3', ['a.x=3', 'a.y=2']],
    ['`#` and `//` comments', '# a = 1\n// b = 2\nc = 3 # trailing\nd = "x#y" // after', ['c=3', 'd=x#y']],
    ['an array of values', 'servers = ["a:9092", "b:9092"]', ['servers=a:9092,b:9092']],
    ['`+=` appending', 'topics = [a]\ntopics += b\nmore += c', ['topics=a,b', 'more=c']],
    ['an array of objects', 'hosts = [ { h = x }, { h = y } ]', ['hosts[0].h=x', 'hosts[1].h=y']],
    ['a quoted key segment keeping its dot', '"a.b".c = 1', ['a.b.c=1']],
    ['a root in braces (JSON)', '{ "a": { "b": "c" } }', ['a.b=c']],
    ['a triple-quoted string', 'q = """x "y" z"""', ['q=x "y" z']],
    ['an object replaced by `${?VAR}` is kept', 'a { b = 1 }\na = ${?A}', ['a.b=1']],
  ])('reads %s', (_name, text, expected) => {
    expect(settings(text)).toEqual(expected);
  });

  it('merges an included file in place, its settings carrying its own file and line', () => {
    const leaves: HoconLeaf[] = parseHocon('a = 1\ninclude "other.conf"\nc = 3', 'conf/application.conf', (name) => (name === 'other.conf' ? { path: 'conf/other.conf', text: '\na = 2\nb = 2' } : undefined));
    expect(leaves).toEqual([
      { key: 'a', value: '2', line: 2, file: 'conf/other.conf' },
      { key: 'b', value: '2', line: 3, file: 'conf/other.conf' },
      { key: 'c', value: '3', line: 3 },
    ]);
  });

  it('reads `include required(file(…))` and skips an include it cannot read', () => {
    expect(settings('include required(file("x.conf"))\ninclude "missing.conf"\nb = 1', { 'x.conf': 'a = 1' })).toEqual(['a=1', 'b=1']);
  });

  it('keeps the line of the assignment that wins', () => {
    expect(parseHocon('h = "localhost"\n\nh = ${?H}').map((leaf) => leaf.line)).toEqual([3]);
  });
});
