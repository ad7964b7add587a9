/**
 * The inputs Jinja templates are rendered with, kept in the repository: an Ansible role's
 * `defaults/main.yml` and `vars/*.yml`, an inventory's `group_vars/*.yml` (or
 * `group_vars/<group>/*.yml`), and a product's configuration template with its defaults
 * (`harbor.yml.tmpl`, `config.yml.tmpl`: what the operator copies and edits before rendering).
 *
 * Each scalar is a member of one group of bindings, keyed by its dotted path (`http.port`), which
 * templates take in one variable at a time (`$group:template-inputs#db_host`, see
 * jinja-templates.ts); resolution takes the definition nearest the template. Values that are
 * themselves templates (`"{{ other }}"`) are left out: they say nothing until rendered.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName } from './paths.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** The group every template input belongs to. */
export const TEMPLATE_INPUTS_GROUP = 'template-inputs';

/** Ansible's variable files and product configuration templates. */
export function isTemplateInputs(path: string): boolean {
  return /(^|\/)(defaults|vars)\/main\.ya?ml$/.test(path) || /(^|\/)group_vars\/([^/]+\/)?[^/]+\.ya?ml$/.test(path) || /(^|\/)group_vars\/[^/.]+$/.test(path) || /\.ya?ml\.tmpl$/.test(baseName(path));
}

/** The template inputs source. */
export const templateInputsSource: Source = {
  name: 'template-inputs',
  extensions: ['.yaml', '.yml', '', '.tmpl'],
  accepts: isTemplateInputs,
  read: neverThrows(readInputs),
};

function readInputs(file: SourceFile, context: SourceContext): Fact[] {
  return parseYamlDocuments(file.text, { uniqueKeys: false }).flatMap((yaml) =>
    flattenLeaves(yaml, yaml.root, '.')
      .filter((leaf) => !leaf.value.includes('{{'))
      .map((leaf) => bindingFact({ group: TEMPLATE_INPUTS_GROUP }, leaf.key, leaf.value, leaf.line, context.evidenceAt)),
  );
}
