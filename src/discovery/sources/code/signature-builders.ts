/**
 * Short constructors for signature table lines, so each table reads as a list of libraries and
 * what their calls mean rather than as repeated object literals.
 */
import type { Mechanism } from '../../../core/model/vocabulary.js';
import type { CallSite, Signature } from './code-model.js';
import { lastSegment } from './syntax-helpers.js';
import { vendorApiMechanism } from '../../../core/discovery/mail-providers.js';

/** The parts of a signature a table line sets besides callee, role and mechanism. */
export type Options = Omit<Signature, 'call' | 'role' | 'mechanism'>;

/** A request-response call (HTTP, GraphQL, SOAP, gRPC). */
export function calls(mechanism: Mechanism, call: readonly string[], options: Options = {}): Signature {
  return { call, role: 'calls', mechanism, ...options };
}

/** A message producer of a technology. */
export function produces(technology: string, call: readonly string[], options: Options = {}): Signature {
  return { call, role: 'produces', mechanism: 'messaging', technology, ...options };
}

/** A message consumer of a technology. */
export function consumes(technology: string, call: readonly string[], options: Options = {}): Signature {
  return { call, role: 'consumes', mechanism: 'messaging', technology, ...options };
}

/** A user of a datastore, file store or mail server. */
export function uses(mechanism: Mechanism, technology: string | undefined, call: readonly string[], options: Options = {}): Signature {
  return { call, role: 'uses', mechanism, ...(technology ? { technology } : {}), ...options };
}

/** A client construction that names the broker or store the file's other calls use. */
export function endpoint(mechanism: Mechanism, technology: string, call: readonly string[], options: Options = {}): Signature {
  return { call, role: 'endpoint', mechanism, technology, ...options };
}

/**
 * A SaaS vendor's SDK (`new Stripe(key)`, `OpenAI()`, `new SendGridClient(key)`): the API it calls
 * is the vendor's own whatever host the SDK is pointed at, so the target is left empty and
 * resolution names the system after the vendor (`targetKind: 'saas'`, like Amazon S3 without a
 * bucket address). No argument is read: what a client is given is a key or a token.
 *
 * `rest`, but *email* for a mail provider's SDK (core/discovery/mail-providers.ts decides which
 * vendors those are, for every language's table alike): handing SendGrid or Postmark a message is
 * sending mail, whichever of the vendor's packages does it.
 */
export function vendor(technology: string, call: readonly string[], options: Omit<Options, 'target' | 'port' | 'channel'> = {}): Signature {
  return { call, role: 'calls', mechanism: vendorApiMechanism(technology), technology, targetKind: 'saas', ...options };
}

/**
 * For `require` patterns: only the call of what a module exports, `require('stripe')(key)`, whose
 * callee reads as `require` (the inner `require('stripe')` alone says nothing the import does not).
 */
export function requiredAndCalled(module: string): Signature['refine'] {
  const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(`^require\\(['"\`]${escaped}['"\`]\\)\\(`);
  return (site, tools) => (pattern.test(tools.text(site.node)) ? undefined : false);
}

/** A gRPC server registration or implementation. */
export function provides(call: readonly string[], service: (site: CallSite) => string | undefined, options: Omit<Options, 'service'> = {}): Signature {
  return { call, role: 'provides', mechanism: 'grpc', service, ...options };
}

/** The service a generated name carries: `NewCartServiceClient` with `New` and `Client` → `CartService`. */
export function between(text: string, prefix: string, suffix: string): string | undefined {
  if (!text.startsWith(prefix) || !text.endsWith(suffix) || text.length <= prefix.length + suffix.length) return undefined;
  return text.slice(prefix.length, text.length - suffix.length);
}

/** The service a gRPC stub or server type of the callee names, by prefix and suffix of its last name. */
export function serviceOfName(prefix: string, suffix: string): (site: CallSite) => string | undefined {
  return (site) => between(site.name, prefix, suffix);
}

/** The service a nested generated type names: `Cart.CartClient` → `Cart`, `Hipstershop.CartService.CartServiceBase` → `CartService`. */
export function nestedService(typeName: string, suffix: string): string | undefined {
  const segments = typeName.split('.');
  const inner = segments[segments.length - 1] ?? '';
  const outer = segments[segments.length - 2];
  const service = between(inner, '', suffix);
  return service !== undefined && (outer === undefined || outer === service) ? service : undefined;
}

/** The service the callee's nested generated type names, by the suffix of its inner type. */
export function serviceOfNested(suffix: string): (site: CallSite) => string | undefined {
  return (site) => nestedService(site.callee, suffix);
}

/** The service the `XxxGrpc` class a Java stub factory is called on names: `CartServiceGrpc.newBlockingStub` → `CartService`. */
export function serviceOfGrpcClass(site: CallSite): string | undefined {
  const segments = site.callee.split('.');
  const owner = segments[segments.length - 2] ?? '';
  return between(owner, '', 'GrpcKt') ?? between(owner, '', 'Grpc');
}

/** The last name of a callee. */
export function lastName(site: CallSite): string {
  return lastSegment(site.callee);
}
