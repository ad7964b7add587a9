/**
 * Open Liberty's `server.xml` (`src/main/liberty/config/server.xml`, or one beside a Dockerfile
 * copying it to `/config`) and its `configDropins`: each `<variable name="…" value="…"/>` is a
 * setting MicroProfile Config reads (Liberty exposes server variables through it), bound for the
 * module the file configures, as `microprofile-config.properties` is. A `defaultValue` applies only
 * when nothing else sets the variable, so it is bound as a fallback. A value holding `${other}`
 * expressions carries them for resolution to fill in. Only variables are read: features,
 * datasources and the rest of the server's configuration are not.
 */
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName } from './paths.js';
import { withSpringDefaults } from './placeholders.js';
import { moduleRoot } from './spring-config.js';

/** `server.xml`, and the XML files of `configDropins/defaults|overrides`. */
function isServerConfig(path: string): boolean {
  if (/(^|\/)src\/test\//.test(path)) return false;
  return baseName(path) === 'server.xml' || /(^|\/)configDropins\/(?:defaults|overrides)\/[^/]+\.xml$/.test(path);
}

/** The Open Liberty server configuration source. */
export const libertyServerSource: Source = {
  name: 'liberty-server',
  extensions: ['.xml'],
  accepts: isServerConfig,
  read: neverThrows(readServerConfig),
};

/** One start tag of an XML text: its name, attributes (entities decoded) and line. */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML's predefined and numeric character references. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/**
 * The start tags of an XML text, in order. Comments, CDATA sections, processing instructions and
 * the document type are skipped, so a commented-out element is none; text content is not read.
 */
export function startTags(text: string): StartTag[] {
  const tags: StartTag[] = [];
  let line = 1;
  let index = 0;
  const advance = (to: number) => {
    for (let cursor = index; cursor < to && cursor < text.length; cursor += 1) if (text[cursor] === '\n') line += 1;
    index = to;
  };
  while (index < text.length) {
    const open = text.indexOf('<', index);
    if (open < 0) break;
    advance(open);
    const skipTo = (terminator: string) => {
      const end = text.indexOf(terminator, open);
      advance(end < 0 ? text.length : end + terminator.length);
    };
    if (text.startsWith('<!--', open)) skipTo('-->');
    else if (text.startsWith('<![CDATA[', open)) skipTo(']]>');
    else if (text.startsWith('<?', open)) skipTo('?>');
    else if (text.startsWith('<!', open) || text.startsWith('</', open)) skipTo('>');
    else {
      const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(open, open + 200))?.[1];
      if (!name) {
        advance(open + 1);
        continue;
      }
      const attributes = new Map<string, string>();
      const startLine = line;
      const pattern = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)/y;
      pattern.lastIndex = open + 1 + name.length;
      let end = -1;
      let after = pattern.lastIndex;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        after = pattern.lastIndex;
        if (match[5]) {
          end = after;
          break;
        }
        attributes.set(match[1] as string, decode(match[3] ?? match[4] ?? ''));
      }
      // Something not well-formed: the tag ends at the next `>`.
      if (end < 0) end = text.indexOf('>', after) < 0 ? text.length : text.indexOf('>', after) + 1;
      tags.push({ name, attributes, line: startLine });
      advance(end);
    }
  }
  return tags;
}

/** Reads one server configuration file: its variables, when its root element is `<server>`. */
function readServerConfig(file: SourceFile, context: SourceContext): Fact[] {
  const tags = startTags(file.text);
  if (tags[0]?.name !== 'server') return [];
  const scope = moduleRoot(file.path);
  const facts: BindingFact[] = [];
  for (const tag of tags) {
    if (tag.name !== 'variable') continue;
    const name = tag.attributes.get('name')?.trim();
    const value = tag.attributes.get('value');
    const fallback = value === undefined ? tag.attributes.get('defaultValue') : undefined;
    const written = value ?? fallback;
    if (!name || written === undefined || written.trim() === '') continue;
    const binding = bindingFact({ scope }, name, withSpringDefaults(written), tag.line, context.evidenceAt);
    facts.push({
      ...binding,
      ...(fallback !== undefined ? { fallback: true } : {}),
      ...(written.includes('${') && binding.value === withSpringDefaults(written) ? { expression: written } : {}),
    });
  }
  return facts;
}
