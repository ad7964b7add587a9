/**
 * Clients OpenAPI Generator (and swagger-codegen before it) makes from a server's specification.
 * A team publishes the generated SDK as a package of its own (`@acme/client`, `acme_client`,
 * `github.com/acme/client-go`), so no fixed module names it: the shapes every generator of a
 * language writes do. The generated API classes (`FrontendApi`, `PetApi`) call nothing until given
 * a configuration whose base URL is the server; that base URL is the REST call, followed like any
 * other client's address (env vars, their defaults). Only a known address is reported: the
 * generated default (`http://localhost`, the specification's first server) lives in the package,
 * not in the scan.
 *
 * - TypeScript (typescript-axios, typescript-fetch): `new Configuration({ basePath })` handed to
 *   `new FrontendApi(config)`; or the base path after the configuration, `new PetApi(config, url)`.
 * - Java (okhttp-gson, resttemplate, webclient, native): `apiClient.setBasePath(url)` on the
 *   `ApiClient` the API classes take (`Configuration.getDefaultApiClient().setBasePath(url)` too).
 * - Go: `cfg.Servers = openapi.ServerConfigurations{{URL: url}}` on `openapi.NewConfiguration()`,
 *   the first server being the one requests use (`ContextServerIndex` defaults to 0).
 * - Python: `openapi_client.Configuration(host=url)` handed to `ApiClient(configuration)`.
 */
import type { CallSite, Signature, SiteTools } from './code-model.js';
import { calls } from './signature-builders.js';

/**
 * `new PetApi(config, basePath)`: a generated API class is named `<Tag>Api`; its second argument is
 * the base path only after a configuration (or none: `undefined`), not a second options object.
 */
function basePathAfterConfiguration(site: CallSite, tools: SiteTools): false | undefined {
  const first = site.args[0];
  if (!first || site.args.length < 2) return false;
  const text = tools.text(first);
  return /^(?:undefined|null|new(?:\w+\.)*Configuration\(.*|\w*(?:[Cc]onfig|[Cc]onfiguration|[Cc]fg))$/.test(text) ? undefined : false;
}

export const OPENAPI_GENERATED_TYPESCRIPT: readonly Signature[] = [
  // `basePath` is the generator's name for it (no other common client takes a `Configuration({ basePath })`).
  calls('rest', ['new Configuration', 'new *.Configuration'], { requires: ['basePath'], target: ['basePath'], knownOnly: true }),
  calls('rest', ['new *Api', 'new *.*Api'], { target: [1], knownOnly: true, refine: basePathAfterConfiguration }),
];

export const OPENAPI_GENERATED_JVM: readonly Signature[] = [calls('rest', ['*.setBasePath'], { target: [0], knownOnly: true })];

// A property pick goes through the arguments in order, so `ServerConfigurations{{URL: a}, {URL: b}}` gives the first.
export const OPENAPI_GENERATED_GO: readonly Signature[] = [
  calls('rest', ['literal *.ServerConfiguration', 'literal ServerConfiguration', 'literal *.ServerConfigurations', 'literal ServerConfigurations'], { target: ['URL'], knownOnly: true }),
];

export const OPENAPI_GENERATED_PYTHON: readonly Signature[] = [calls('rest', ['Configuration', '*.Configuration'], { requires: ['host'], target: ['host'], knownOnly: true })];

/** Words a file holding one of these shapes has (prefilter.ts). */
export const OPENAPI_GENERATED_TRIGGERS = {
  typescript: ['basePath'],
  jvm: ['setBasePath'],
  go: ['ServerConfiguration', 'ServerConfigurations'],
  python: ['Configuration'],
};
