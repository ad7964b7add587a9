/**
 * Helm chart templates (`templates/*.yaml`): Kubernetes manifests with Go template actions.
 * Actions are stripped conservatively — a line holding only actions (`{{- if … }}`, `{{ toYaml … |
 * nindent 8 }}`) becomes blank, an action inside a line becomes a placeholder — and what is left is
 * read as a manifest. Names, labels and values holding a placeholder are computed at install time
 * and are not read; the environment of a workload whose name is computed is bound to the chart
 * folder instead. Documents that do not parse once stripped are skipped. Paths are all this source
 * sees, so any YAML under a `templates/` folder is read here (and not as a plain manifest),
 * whether or not a Chart.yaml sits beside it: a template with no actions reads the same either way.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { TEMPLATE_PLACEHOLDER, neverThrows } from './emit.js';
import { MAY_HOLD_KUBERNETES_OBJECT, readKubernetesObjects } from './kubernetes-objects.js';
import { folderOf, hasFolder } from './paths.js';
import { parseYamlDocuments } from './yaml-nodes.js';

/** The Helm templates source. */
export const helmTemplatesSource: Source = {
  name: 'helm-templates',
  accepts: (path) => /\.ya?ml$/i.test(path) && hasFolder(path, 'templates'),
  read: neverThrows(readTemplate),
};

/** Replaces Go template actions, keeping every line where it was so evidence lines stay true. */
export function stripTemplateActions(text: string): string {
  // An action spanning lines (a `{{/* comment */}}` block) is folded onto its first line, the lines it covered left blank.
  const folded = text.replace(/\{\{[\s\S]*?\}\}/g, (action) => (action.includes('\n') ? `{{}}${'\n'.repeat(action.split('\n').length - 1)}` : action));
  return folded
    .split('\n')
    .map((line) => {
      if (!line.includes('{{')) return line;
      if (line.replace(/\{\{[\s\S]*?\}\}/g, '').trim() === '') return '';
      return line.replace(/\{\{[\s\S]*?\}\}/g, TEMPLATE_PLACEHOLDER);
    })
    .join('\n');
}

/** The chart folder of a template: the folder holding its `templates/`. */
function chartFolder(path: string): string {
  const parts = folderOf(path).split('/');
  const index = parts.lastIndexOf('templates');
  return parts.slice(0, Math.max(index, 0)).join('/');
}

/** Reads one template. */
function readTemplate(file: SourceFile, context: SourceContext): Fact[] {
  if (!MAY_HOLD_KUBERNETES_OBJECT.test(file.text)) return [];
  // Both branches of an `{{ if }}`/`{{ else }}` survive stripping, so keys may repeat.
  const documents = parseYamlDocuments(stripTemplateActions(file.text), { uniqueKeys: false });
  return readKubernetesObjects(documents, context, { fallbackScope: chartFolder(file.path) });
}
