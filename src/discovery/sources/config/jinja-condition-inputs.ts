/**
 * The values a Jinja template's `{% if %}` conditions are decided by, read while the template is
 * read: the template inputs (template-inputs.ts: Ansible's `defaults/main.yml`, `vars/main.yml`,
 * `group_vars/all.yml`, a product's `harbor.yml.tmpl`) and the literals an installer's Python puts
 * in the dict it renders with (python-template-inputs.ts, `config_dict['with_trivy'] = True`),
 * found in the template's folder and each folder above it.
 *
 * Why at read time and not at resolution like output values: a branch decides which lines the
 * template has at all (a whole compose service behind `{% if with_trivy %}`), so it must be
 * chosen before the rendered file is handed to its reader. Resolution still fills output values
 * (`{{ db_host }}`) from the same files, with evidence pointing at the input.
 *
 * The nearest definition of a name wins (a role's `defaults/main.yml` over an inventory's
 * `group_vars`). A Python file is read only when it renders Jinja or loads YAML, or is imported
 * from such a file of an ancestor folder (`from utils.configs import …`: Harbor's prepare tool
 * keeps its `config_dict` in `utils/configs.py`): the import names the folder, so no folder names
 * are guessed. Nothing is run.
 */
import type { SourceContext } from '../../source.js';
import { baseName, folderOf } from './paths.js';
import { chosen, inputAssignments, isPythonTemplateCode, conditionLiteralOf, rendersJinja, loadsYaml } from './python-template-inputs.js';
import { isTemplateInputs } from './template-inputs.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** A folder and each folder above it up to the scan root, nearest first. */
function foldersUpFrom(start: string): string[] {
  const folders: string[] = [];
  let folder = start;
  for (;;) {
    folders.push(folder);
    if (folder === '') return folders;
    folder = folderOf(folder);
  }
}

const join = (folder: string, name: string) => (folder === '' ? name : `${folder}/${name}`);

/** Scalars of a YAML inputs file, by dotted key; values that are templates themselves say nothing yet. */
export function yamlInputs(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const yaml of parseYamlDocuments(text, { uniqueKeys: false })) {
    for (const leaf of flattenLeaves(yaml, yaml.root, '.')) if (!leaf.value.includes('{{') && !values.has(leaf.key)) values.set(leaf.key, leaf.value);
  }
  return values;
}

/** The modules a Python file imports by dotted path (`from utils.configs import x`, `import utils.misc`), as files of its folder. */
export function importedModules(text: string, folder: string): string[] {
  const modules = new Set<string>();
  for (const match of text.matchAll(/^\s*(?:from\s+(\.?[\w.]+)\s+import\b|import\s+([\w.]+))/gm)) {
    const dotted = (match[1] ?? match[2] ?? '').replace(/^\./, '');
    if (dotted === '') continue;
    modules.add(join(folder, `${dotted.replace(/\./g, '/')}.py`));
  }
  return [...modules];
}

/** Reads the inputs of one YAML file into `values` unless nearer files defined them already. */
function addAll(values: Map<string, string>, found: ReadonlyMap<string, string>): void {
  for (const [key, value] of found) if (!values.has(key)) values.set(key, value);
}

/** Keys of this file's entries in SourceContext.shared. */
const SHARED = 'jinja-condition-inputs:';

/**
 * A value kept in the chunk's shared map (SourceContext.shared) under a key, worked out the first
 * time it is asked for: every template of a role's `templates/` folder is decided by the same
 * inputs, and each Python or YAML inputs file is parsed once, not once per template. A promise is
 * kept, so files asking while it is worked out wait for the same one. Without a shared map,
 * worked out every time.
 */
function kept<T>(shared: Map<string, unknown> | undefined, key: string, make: () => T): T {
  if (shared === undefined) return make();
  if (shared.has(key)) return shared.get(key) as T;
  const made = make();
  shared.set(key, made);
  return made;
}

/** The values the template's conditions are decided by (see the module comment); empty without file access. */
export async function conditionInputs(templatePath: string, context: SourceContext): Promise<Map<string, string>> {
  // They depend on the template's folder alone (its folder and those above it): one answer per folder.
  const folder = folderOf(templatePath);
  const values = await kept(context.shared, `${SHARED}folder:${folder}`, () => folderInputs(folder, context));
  // A copy: the caller may add to it, and the kept one serves the folder's next template.
  return new Map(values);
}

/** The literals a Python file sets for its templates (python-template-inputs.ts), parsed once per chunk. */
function pythonInputs(path: string, text: string, renders: boolean, context: SourceContext): Promise<Map<string, string>> {
  return kept(context.shared, `${SHARED}python:${path}`, async () => {
    let tree;
    try {
      tree = await context.parse('python', text);
      return new Map(chosen(inputAssignments(tree.rootNode, renders, conditionLiteralOf)).map((input) => [input.key, input.value]));
    } catch {
      // A file that cannot be parsed decides nothing.
      return new Map<string, string>();
    } finally {
      tree?.delete();
    }
  });
}

/** The inputs of the templates of one folder (conditionInputs). */
async function folderInputs(templateFolder: string, context: SourceContext): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  const { readFile, listFolder } = context;
  if (!readFile || !listFolder) return values;
  const seen = new Set<string>();
  const read = (path: string): string | undefined => {
    if (seen.has(path)) return undefined;
    seen.add(path);
    return readFile(path);
  };
  const readPython = async (path: string, text: string, imported: boolean) => {
    const renders = rendersJinja(text);
    if (!imported && !renders && !loadsYaml(text)) return;
    addAll(values, await pythonInputs(path, text, renders, context));
    if (imported) return;
    for (const module of importedModules(text, folderOf(path))) {
      const body = isPythonTemplateCode(module) ? read(module) : undefined;
      if (body !== undefined) await readPython(module, body, true);
    }
  };
  for (const folder of foldersUpFrom(templateFolder)) {
    const names = listFolder(folder) ?? [];
    const yamlFiles = [
      ...names.map((name) => join(folder, name)).filter(isTemplateInputs),
      ...['defaults/main.yml', 'defaults/main.yaml', 'vars/main.yml', 'vars/main.yaml', 'group_vars/all.yml', 'group_vars/all.yaml'].map((name) => join(folder, name)),
      ...(listFolder(join(folder, 'group_vars/all')) ?? []).map((name) => join(folder, `group_vars/all/${name}`)),
    ];
    for (const path of yamlFiles) {
      if (!/\.ya?ml(\.tmpl)?$/.test(baseName(path))) continue;
      const text = read(path);
      if (text !== undefined) addAll(values, kept(context.shared, `${SHARED}yaml:${path}`, () => yamlInputs(text)));
    }
    for (const name of names.filter((name) => name.endsWith('.py'))) {
      const path = join(folder, name);
      if (!isPythonTemplateCode(path)) continue;
      const text = read(path);
      if (text !== undefined) await readPython(path, text, false);
    }
  }
  return values;
}
