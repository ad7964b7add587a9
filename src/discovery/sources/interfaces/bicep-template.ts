/**
 * Azure Bicep files (`*.bicep`): the same resources as ARM templates, written in Azure's own
 * language, which compiles to an ARM template (`az bicep build`). Each file is parsed with
 * tree-sitter-bicep, compiled as Bicep compiles it (bicep-compile.ts) and read by the ARM template
 * reader, so a Bicep resource means exactly what its ARM twin means: systems named as the file
 * names them (parameter defaults, variables, `'${prefix}-orders'`), apps' settings as bindings
 * (`cosmos.properties.documentEndpoint`, `bus.listKeys().primaryConnectionString` is the resource),
 * Event Grid subscriptions, system topics and API Management backends as connections.
 *
 * Each file is read on its own, as the scanner reads every file; modules are joined afterwards
 * (core/discovery/bicep-modules.ts). A file calling a module states the call: the module's path and
 * the parameters it passes, written out as settings are (a resource by its name). A file whose
 * parameters without default shape what it says states its facts a second time with those
 * parameters as markers, with its outputs, for each call to fill in; alone (called by no file read)
 * its resources keep the literal part of their names, as an ARM template's do. Registry and template
 * spec modules (`br:`, `ts:`) and ARM JSON modules are not joined. Files under test and sample folders, and parameter files
 * (`.bicepparam`), are not the deployment and are not read.
 */
import { BICEP_MODULE_CALL_KEY, BICEP_MODULE_TEMPLATE_KEY, holdsMarker, type ModuleCall, type ModuleTemplate } from '../../../core/discovery/bicep-modules.js';
import type { BindingFact, EvidenceAt, Fact } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { isRecord } from '../../../core/model/is-record.js';
import type { Source } from '../../source.js';
import { folderOf, resolveRelative } from '../config/paths.js';
import { SAMPLE_FOLDER, readParsedTemplate, type Json, type TemplateReading } from './arm-template.js';
import { compileBicep } from './bicep-compile.js';

/** What a file must declare to say anything: a resource, a module call or an output. */
const DECLARATION = /^\s*(?:resource|module|output)\s/m;

/** The Bicep source. */
export const bicepTemplateSource: Source = {
  name: 'bicep-template',
  extensions: ['.bicep'],
  accepts: (path) => /\.bicep$/i.test(path) && !isTestCode(path) && !SAMPLE_FOLDER.test(path),
  async read(file, context): Promise<Fact[]> {
    if (!DECLARATION.test(file.text)) return [];
    try {
      const tree = await context.parse('bicep', file.text);
      try {
        const compiled = compileBicep(tree.rootNode, { path: file.path, parameterMarkers: false });
        const reading = readParsedTemplate(compiled, context.evidenceAt);
        const facts = [...reading.facts, ...moduleCalls(compiled, reading, file.path, context.evidenceAt)];
        const open = compileBicep(tree.rootNode, { path: file.path, parameterMarkers: true });
        const template = moduleTemplate(readParsedTemplate(open, context.evidenceAt), open);
        if (template) facts.push({ type: 'binding', scope: file.path, key: BICEP_MODULE_TEMPLATE_KEY, value: JSON.stringify(template), evidence: context.evidenceAt(1) });
        return facts;
      } finally {
        tree.delete();
      }
    } catch {
      return [];
    }
  },
};

function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** The calls of local modules a file makes, with the parameters whose values it knows. */
function moduleCalls(compiled: Json, reading: TemplateReading, path: string, evidenceAt: EvidenceAt): BindingFact[] {
  const calls: BindingFact[] = [];
  for (const [symbol, resource] of Object.entries(recordOf(recordOf(compiled.root)['resources']))) {
    // A call under `if (…)` false with the file's defaults deploys nothing, as a resource would not be.
    const condition = 'condition' in recordOf(resource) ? reading.evaluate(recordOf(resource)['condition']) : true;
    if (condition === false || condition === 'false') continue;
    const properties = recordOf(recordOf(resource)['properties']);
    const written = properties['templatePath'];
    // A registry or template spec module (`br:…`, `br/public:…`, `ts:…`) is not a file of the scan.
    const local = typeof written === 'string' && !/^(?:br|ts)[:/]/i.test(written) && /\.bicep$/i.test(written);
    const module = local ? resolveRelative(folderOf(path), written) : undefined;
    if (module === undefined) continue;
    const params: Record<string, string> = {};
    for (const [key, passed] of Object.entries(recordOf(properties['parameters']))) {
      // A value known only at deployment is passed as such: the module's settings keep it as unknown, its names are none.
      params[key] = reading.render(recordOf(passed)['value']) ?? '${?}';
    }
    const call: ModuleCall = { symbol, module, params };
    calls.push({ type: 'binding', scope: path, key: BICEP_MODULE_CALL_KEY, value: JSON.stringify(call), evidence: evidenceAt(compiled.lineOf(resource)) });
  }
  return calls;
}

/** What a file says with its parameters left open, when it has outputs or something depends on a parameter. */
function moduleTemplate(reading: TemplateReading, compiled: Json): ModuleTemplate | undefined {
  const outputs: Record<string, string> = {};
  for (const [name, output] of Object.entries(recordOf(recordOf(compiled.root)['outputs']))) {
    const text = reading.render(recordOf(output)['value']);
    if (text !== undefined && !text.includes('${?}')) outputs[name.toLowerCase()] = text;
  }
  const open = reading.facts.some(holdsMarker);
  if (!open && Object.keys(outputs).length === 0) return undefined;
  return { ...(open ? { facts: reading.facts } : {}), outputs };
}
