/**
 * Protocol Buffers files: every `service` is a gRPC interface the component whose root holds the
 * file offers. Clients reach it by its fully qualified name (`package.Service`), which is what gRPC
 * puts on the wire, so that name is the API and the first of its names.
 */
import type { NamespaceBase, Root, Service } from 'protobufjs';
import { redact } from '../../../core/discovery/redact.js';
import type { Fact, ProvidesFact } from '../../../core/discovery/facts.js';
import { lineOfOffset, type Source } from '../../source.js';
import { once } from '../code/syntax-helpers.js';

/**
 * protobufjs, loaded at the first file declaring a service: most scans have none, and loaded up
 * front it would be compiled again by every worker thread at start.
 */
const protobufLibrary = once(async () => (await import('protobufjs')).default);

/** The Protocol Buffers source. */
export const protobufSource: Source = {
  name: 'protobuf',
  extensions: ['.proto'],
  accepts: (path) => /\.proto$/i.test(path),
  async read(file, context): Promise<Fact[]> {
    if (!/\bservice\b/.test(file.text)) return [];
    const protobuf = await protobufLibrary();
    let root: Root;
    try {
      root = protobuf.parse(file.text, { keepCase: true, alternateCommentMode: true }).root;
    } catch {
      return [];
    }
    const code = withoutComments(file.text);
    const facts: Fact[] = [];
    for (const service of servicesIn(root, protobuf)) {
      const qualified = service.fullName.replace(/^\./, '');
      const fact: ProvidesFact = {
        type: 'provides',
        api: redact(qualified),
        protocol: 'grpc',
        names: [...new Set([qualified, service.name])].map(redact),
        evidence: context.evidenceAt(serviceLine(code, service.name)),
      };
      facts.push(fact);
    }
    return facts;
  },
};

/** Every service in a parsed file, in declaration order (services may sit in nested namespaces). */
function servicesIn(namespace: NamespaceBase, protobuf: typeof import('protobufjs')): Service[] {
  const services: Service[] = [];
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Service) services.push(nested);
    // Messages are namespaces too, but the grammar allows no service inside one: only packages are searched.
    else if (nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Type)) services.push(...servicesIn(nested, protobuf));
  }
  return services;
}

/**
 * The line of `service <Name>`. protobufjs keeps no source positions on reflection objects (its
 * tokenizer counts lines only for error messages and comments), so the declaration is found in
 * the text after parsing has proved it is there. Comments are blanked first so a commented-out
 * `service` of the same name is not cited.
 */
function serviceLine(code: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\bservice\\s+${escaped}\\s*\\{`).exec(code);
  return match ? lineOfOffset(code, match.index) : 1;
}

/** The text with comments and string contents replaced by spaces, keeping every offset and newline. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (match) => match.replace(/[^\n]/g, ' '));
}
