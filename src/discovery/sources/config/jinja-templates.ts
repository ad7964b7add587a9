/**
 * Jinja2 templates of files discovery reads (`docker-compose.yml.j2`, `application.yml.j2`,
 * `nginx.conf.jinja`, `.env.j2`, a product's per-service `env.jinja`, Kubernetes manifests): a
 * repository that commits its deployment only as templates (Ansible roles, a `prepare` step,
 * Salt states, cookiecutter) is read as if it committed the rendered files.
 *
 * The template is rendered loosely (jinja-render.ts) and the result handed to the reader of the
 * file it renders to, found by the name without `.j2`/`.jinja`/`.jinja2`; a template named `env`
 * is a dotenv file (what a prepare step renders to `common/config/<service>/env` for compose's
 * `env_file:`). The facts come back pointing at the template's lines. Values the template leaves
 * to its inputs become, where a variable is a whole value (`POSTGRESQL_HOST={{ db_host }}`), an
 * inclusion of that input from the repository's template inputs (template-inputs.ts); elsewhere a
 * placeholder naming nothing.
 *
 * The bindings of an env template belong to the service whose compose file `env_file:`s the
 * rendered path, else to the service named like the template's folder: each binding says which
 * path it renders to and which folder it is in (BindingFact.renderedAs), and resolution decides.
 */
import type { BindingFact, Evidence, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { SNIFF_BYTES, type Source, type SourceContext } from '../../source.js';
import { TEMPLATE_PLACEHOLDER } from './emit.js';
import { conditionInputs } from './jinja-condition-inputs.js';
import { ANY_MARKER, WHOLE_MARKER, renderJinja } from './jinja-render.js';
import { TEMPLATE_INPUTS_GROUP } from './template-inputs.js';
import { baseName, folderOf } from './paths.js';

/** `.j2`, `.jinja`, `.jinja2`: the extensions Ansible, Salt, cookiecutter and prepare tools use. */
const TEMPLATE_EXTENSION = /\.(j2|jinja2?)$/i;

/** The path the template renders to, as readers recognise it; undefined for a file that is no template. */
export function renderedPath(path: string): string | undefined {
  if (!TEMPLATE_EXTENSION.test(path)) return undefined;
  const rendered = path.replace(TEMPLATE_EXTENSION, '');
  // A bare `env` is a dotenv file by convention (compose `env_file:`), named so readers know it.
  return baseName(rendered) === 'env' ? `${folderOf(rendered) === '' ? '' : `${folderOf(rendered)}/`}.env` : rendered;
}

/** The readers a template may be handed to: not Helm's (Go templates, not Jinja). */
function delegatesFor(path: string, readers: readonly Source[]): Source[] {
  const rendered = renderedPath(path);
  return rendered === undefined ? [] : readers.filter((reader) => reader.name !== 'helm-templates' && reader.accepts(rendered));
}

/** Makes the Jinja templates source over the readers of rendered files. */
export function jinjaTemplatesSource(readers: readonly Source[]): Source {
  return {
    name: 'jinja-templates',
    extensions: ['.j2', '.jinja', '.jinja2'],
    accepts: (path) => delegatesFor(path, readers).length > 0,
    read: async (file, context) => {
      try {
        return await readTemplate(file, context, delegatesFor(file.path, readers));
      } catch {
        return [];
      }
    },
  };
}

async function readTemplate(file: SourceFile, context: SourceContext, delegates: readonly Source[]): Promise<Fact[]> {
  const rendered = renderJinja(file.text, new Map(), await conditionInputs(file.path, context));
  const path = renderedPath(file.path) as string;
  const renderedFile: SourceFile = { path, text: rendered.text };
  const head = rendered.text.slice(0, SNIFF_BYTES);
  const facts: Fact[] = [];
  const renderedLines = rendered.text.split('\n');
  const evidenceAt = (line: number, other?: string): Evidence => {
    if (other !== undefined && other !== path) return context.evidenceAt(line, other);
    return context.evidenceAt(rendered.lineOf[Math.min(Math.max(line, 1), renderedLines.length) - 1] ?? 1);
  };
  for (const delegate of delegates) {
    if (delegate.sniff && !delegate.sniff(head)) continue;
    facts.push(...(await delegate.read(renderedFile, { ...context, evidenceAt })));
  }
  return facts.map((fact) => settle(fact, file.path, path, perServiceEnv(file.path)));
}

/**
 * `<service>/env` for a per-service env template (`templates/core/env.jinja`,
 * `roles/core/templates/env.j2`: the service is the nearest folder not called `templates`);
 * undefined for any other template (a `.env.j2` is the dotenv file of its folder).
 */
export function perServiceEnv(path: string): string | undefined {
  if (baseName(path).replace(TEMPLATE_EXTENSION, '') !== 'env') return undefined;
  const service = folderOf(path).split('/').filter((folder) => folder !== '' && folder !== 'templates').pop();
  return service === undefined ? undefined : `${service}/env`;
}

/** Points a fact read from the rendered text back at the template, its markers settled. */
function settle(fact: Fact, templatePath: string, renderedAs: string, renders: string | undefined): Fact {
  let settled = fact;
  // A folder a rendered file names (a proxy's mounted `./common/config/nginx`) is where the
  // rendering puts it, not where the template lies: resolution takes the one folder ending like it
  // (relocateEmptyRoots), the template's own folder (`templates/nginx`) in this layout.
  if (fact.type === 'component' && fact.root !== undefined && fact.root !== '' && fact.root !== folderOf(templatePath)) {
    settled = { ...fact, root: baseName(fact.root), rootFromBuildArgument: true };
  }
  if (fact.type === 'binding') {
    const whole = WHOLE_MARKER.exec(fact.value);
    const binding: BindingFact = whole ? { ...fact, value: `$group:${TEMPLATE_INPUTS_GROUP}#${whole[1] as string}` } : fact;
    settled = renders !== undefined && binding.scope !== undefined ? { ...binding, renderedAs: renders } : binding;
  }
  return withoutMarkers(settled, templatePath, renderedAs) as Fact;
}

/** Replaces the remaining markers by the placeholder and the rendered path by the template's. */
function withoutMarkers(value: unknown, templatePath: string, renderedAs: string): unknown {
  if (typeof value === 'string') return value === renderedAs ? templatePath : value.replace(ANY_MARKER, TEMPLATE_PLACEHOLDER);
  if (Array.isArray(value)) return value.map((item) => withoutMarkers(item, templatePath, renderedAs));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutMarkers(item, templatePath, renderedAs)]));
  return value;
}
