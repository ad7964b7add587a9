/**
 * Protocol Buffers files: every `service` is a gRPC interface the component whose root holds the
 * file offers. Clients reach it by its fully qualified name (`package.Service`), which is what gRPC
 * puts on the wire, so that name is the API and the first of its names.
 */
import protobuf from 'protobufjs';
import { redact } from '../../../core/discovery/redact.js';
import type { Fact, ProvidesFact } from '../../../core/discovery/facts.js';
import { lineOfOffset, type Source } from '../../source.js';

/** The Protocol Buffers source. */
export const protobufSource: Source = {
  name: 'protobuf',
  accepts: (path) => /\.proto$/i.test(path),
  read(file, context): Fact[] {
    if (!/\bservice\b/.test(file.text)) return [];
    let root: protobuf.Root;
    try {
      root = protobuf.parse(file.text, { keepCase: true, alternateCommentMode: true }).root;
    } catch {
      return [];
    }
    const code = withoutComments(file.text);
    const facts: Fact[] = [];
    for (const service of servicesIn(root)) {
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
function servicesIn(namespace: protobuf.NamespaceBase): protobuf.Service[] {
  const services: protobuf.Service[] = [];
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Service) services.push(nested);
    // Messages are namespaces too, but the grammar allows no service inside one: only packages are searched.
    else if (nested instanceof protobuf.Namespace && !(nested instanceof protobuf.Type)) services.push(...servicesIn(nested));
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
