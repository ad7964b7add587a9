/**
 * Kustomize's `kustomization.yaml`: what it takes in, the ConfigMaps and Secrets its generators
 * make, and the environment its inline patches set on workloads. The manifests it lists under
 * `resources` are plain manifests, read by `kubernetes-manifests` on their own (so are patch files
 * given by `path`), and workloads take generated ConfigMaps in with `envFrom` or `configMapKeyRef`
 * exactly as they take in written ones. Which files it lists, as resources and otherwise, is a
 * KustomizationFact: a manifest beside it that no kustomization lists is not deployed by
 * `kubectl apply -k`, and resolution leaves it out (core/discovery/kustomize-resources.ts).
 *
 * A generated ConfigMap is reported as the same named group of bindings a written one is
 * (`configmap:NAME`), under the generator's `name`: kustomize appends a content hash and rewrites
 * the references of the workloads it builds to match, so the name as written is what they use. With
 * a `namePrefix` or `nameSuffix` the built name (`prod-api-config`) is a second spelling of the
 * group, for references written against the built objects. Keys come from `literals` and from the
 * `.env` files of `envs` (and the old `env`), which a source cannot open: the group includes that
 * file's variables (`$group:file:PATH`), which resolution joins. A `secretGenerator` is a
 * `secret:NAME` group of key names only: its values are never read. A generator's `files` from a
 * shared Spring settings folder are taken in by the workloads mounting what it generates.
 */
import { CONFIGMAP_SETTINGS_GROUP, SPRING_CONFIG_GROUP } from '../../../core/discovery/binding-groups.js';
import type { BindingFact, Fact, KustomizationFact, SourceFile } from '../../../core/discovery/facts.js';
import { serviceConfigFile } from '../../../core/discovery/service-config-folders.js';
import { MASK } from '../../../core/discovery/redact.js';
import { CONFIGMAP_FILE_KEY } from '../../../core/discovery/mounted-code.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { readKubernetesObjects } from './kubernetes-objects.js';
import { baseName, folderOf, resolveRelative } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The names kustomize looks for in a folder. */
const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;

/** Kinds whose containers an env patch may target. */
const WORKLOAD_KIND = /^(Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod)$/;

/** A container's env list, as a JSON 6902 path addresses it (`/spec/template/spec/containers/0/env/-`). */
const ENV_PATH = /\/containers\/\d+\/env(\/(-|\d+))?$/;

/** The Kustomize source. */
export const kustomizeSource: Source = {
  name: 'kustomize',
  extensions: ['.yaml', '.yml', ''],
  accepts: (path) => KUSTOMIZATION.test(baseName(path)),
  read: neverThrows(readKustomization),
};

/** Reads one kustomization file. */
function readKustomization(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) {
    const root = yaml.root;
    if (!yaml.isMap(root)) continue;
    facts.push(listedFiles(yaml, file.path, context));
    const names = (name: string): string[] => {
      const prefix = yaml.text(yaml.get(root, 'namePrefix')) ?? '';
      const suffix = yaml.text(yaml.get(root, 'nameSuffix')) ?? '';
      return prefix === '' && suffix === '' ? [name] : [name, `${prefix}${name}${suffix}`];
    };
    for (const [field, kind] of [['configMapGenerator', 'configmap'], ['secretGenerator', 'secret']] as const) {
      for (const generator of yaml.items(yaml.get(root, field))) {
        const name = yaml.text(yaml.get(generator, 'name'));
        if (!name) continue;
        const members = generatorMembers(yaml, generator, kind === 'secret', file.path, context);
        const settings = generatorSettingsFiles(yaml, generator, file.path, context);
        for (const group of names(name)) {
          for (const member of members) facts.push({ ...member, group: `${kind}:${group}` });
          for (const member of settings) facts.push({ ...member, group: `${CONFIGMAP_SETTINGS_GROUP}${group}` });
        }
        // A ConfigMap of files (scripts a workload mounts and runs): each key's file, which
        // resolution takes for the mounting workload's code (core/discovery/mounted-code.ts).
        if (kind === 'configmap') for (const group of names(name)) facts.push(...generatedFiles(yaml, generator, group, file.path, context));
      }
    }
    facts.push(...inlinePatches(yaml, context));
  }
  return facts;
}

/** Fields listing what a kustomization deploys: files, or folders holding another kustomization. */
const RESOURCE_FIELDS = ['resources', 'bases', 'components'];

/** Fields listing files a kustomization reads that are not resources (an item may be inline YAML instead). */
const INPUT_LIST_FIELDS = ['crds', 'configurations', 'transformers', 'generators', 'validators', 'patchesStrategicMerge'];

/** Fields listing maps whose `path` is a file read, not a resource. */
const INPUT_PATH_FIELDS = ['patches', 'patchesJson6902', 'replacements'];

/** A remote resource: a repository's folder (`github.com/acme/platform//monitoring?ref=v1`, `git@…`), no file of the scan. */
const REMOTE = /^(git@|(github\.com|gitlab\.com|bitbucket\.org)\/)|\/\/|\?ref=/;

/**
 * The files and folders a kustomization names, resolved from its folder: its resources, and the
 * files it reads otherwise (patches, generator inputs, CRDs, transformer configurations, Helm
 * values). A multi-line item is inline YAML, not a path; a remote resource resolves to no file.
 */
function listedFiles(yaml: YamlDocument, path: string, context: SourceContext): KustomizationFact {
  const folder = folderOf(path);
  const root = yaml.root;
  // A generator's `files` item may give its key first (`run=scripts/sweep.py`).
  const pathOf = (node: unknown, keyed = false): string[] => {
    const text = yaml.text(node)?.trim();
    if (text === undefined || text.includes('\n') || REMOTE.test(text)) return [];
    const resolved = resolveRelative(folder, keyed ? text.slice(text.indexOf('=') + 1).trim() : text);
    return resolved === undefined || resolved === '' ? [] : [resolved];
  };
  const resources = RESOURCE_FIELDS.flatMap((field) => yaml.items(yaml.get(root, field)).flatMap((item) => pathOf(item)));
  const inputs = [
    ...INPUT_LIST_FIELDS.flatMap((field) => yaml.items(yaml.get(root, field)).flatMap((item) => pathOf(item))),
    ...INPUT_PATH_FIELDS.flatMap((field) => yaml.items(yaml.get(root, field)).flatMap((item) => pathOf(yaml.get(item, 'path')))),
    ...['configMapGenerator', 'secretGenerator'].flatMap((field) =>
      yaml.items(yaml.get(root, field)).flatMap((generator) => [
        ...yaml.items(yaml.get(generator, 'files')).flatMap((item) => pathOf(item, true)),
        ...[...yaml.items(yaml.get(generator, 'envs')), yaml.get(generator, 'env')].flatMap((item) => pathOf(item)),
      ]),
    ),
    ...yaml.items(yaml.get(root, 'helmCharts')).flatMap((chart) => pathOf(yaml.get(chart, 'valuesFile'))),
    ...pathOf(yaml.get(yaml.get(root, 'openapi'), 'path')),
  ];
  const listing = yaml.get(root, 'resources') ?? yaml.get(root, 'bases');
  return { type: 'kustomization', folder, resources, inputs, evidence: context.evidenceAt(listing === undefined ? 1 : yaml.lineOf(listing)) };
}

/**
 * The files of a generator's `files` (`- sweep.py`, `- run=scripts/sweep.py`): the key is the
 * file's name unless given before `=`; the path is from the kustomization's folder.
 */
function generatedFiles(yaml: YamlDocument, generator: unknown, map: string, path: string, context: SourceContext): BindingFact[] {
  return yaml.items(yaml.get(generator, 'files')).flatMap((item): BindingFact[] => {
    const text = (yaml.text(item) ?? '').trim();
    const equals = text.indexOf('=');
    const written = equals < 0 ? text : text.slice(equals + 1).trim();
    const file = resolveRelative(folderOf(path), written);
    const key = equals < 0 ? baseName(written) : text.slice(0, equals).trim();
    if (file === undefined || file === '' || key === '' || key.includes('/')) return [];
    return [{ type: 'binding', scope: folderOf(path), key: `${CONFIGMAP_FILE_KEY}${map}`, value: `${key}=${file}`, evidence: context.evidenceAt(yaml.lineOf(item)) }];
  });
}

/** The keys of one generator: its literals, and an inclusion of each `.env` file it reads. */
function generatorMembers(yaml: YamlDocument, generator: unknown, secret: boolean, path: string, context: SourceContext): Omit<BindingFact, 'group'>[] {
  const members: Omit<BindingFact, 'group'>[] = [];
  for (const item of yaml.items(yaml.get(generator, 'literals'))) {
    const text = yaml.text(item) ?? '';
    const equals = text.indexOf('=');
    const key = text.slice(0, equals).trim();
    if (equals <= 0 || key === '') continue;
    const line = yaml.lineOf(item);
    if (secret) members.push({ type: 'binding', key, value: MASK, evidence: { ...context.evidenceAt(line), excerpt: `${key}=${MASK}` } });
    else {
      const fact = bindingFact({ scope: '' }, key, text.slice(equals + 1), line, context.evidenceAt);
      members.push({ type: 'binding', key: fact.key, value: fact.value, evidence: fact.evidence });
    }
  }
  const envFiles = [...yaml.items(yaml.get(generator, 'envs')), ...(yaml.get(generator, 'env') === undefined ? [] : [yaml.get(generator, 'env')])];
  for (const item of envFiles) {
    const envPath = resolveRelative(folderOf(path), yaml.text(item) ?? '');
    if (envPath) members.push({ type: 'binding', key: '*', value: `$group:file:${envPath}`, evidence: context.evidenceAt(yaml.lineOf(item)) });
  }
  // `files` become keys holding a whole file (mounted as a volume, not read as variables): not bound (but see generatorSettingsFiles).
  return members;
}

/**
 * The files of a shared Spring settings folder a generator packs (`files: [../../config/orders.yml]`,
 * also `key=path`; core/discovery/service-config-folders.ts): a workload mounting the generated
 * ConfigMap or Secret loads them, so it takes them in as a location naming them would. The files'
 * values are read where they are, never from here.
 */
function generatorSettingsFiles(yaml: YamlDocument, generator: unknown, path: string, context: SourceContext): Omit<BindingFact, 'group'>[] {
  const members: Omit<BindingFact, 'group'>[] = [];
  for (const item of yaml.items(yaml.get(generator, 'files'))) {
    const written = yaml.text(item) ?? '';
    const filePath = resolveRelative(folderOf(path), written.slice(written.indexOf('=') + 1).trim());
    const shared = filePath ? serviceConfigFile(filePath) : undefined;
    if (shared && !shared.developer) members.push({ type: 'binding', key: '*', value: `$group:${SPRING_CONFIG_GROUP}${shared.base}`, evidence: context.evidenceAt(yaml.lineOf(item)) });
  }
  return members;
}

/**
 * The environment inline patches set: a strategic-merge patch (a partial workload, read as a
 * manifest, lines kept) or a JSON 6902 patch adding `{name, value}` to a container's `env` of the
 * workload its `target` names. Patch files given by `path` are manifests read on their own.
 */
function inlinePatches(yaml: YamlDocument, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  const patches = [...yaml.items(yaml.get(yaml.root, 'patches')), ...yaml.items(yaml.get(yaml.root, 'patchesStrategicMerge')), ...yaml.items(yaml.get(yaml.root, 'patchesJson6902'))];
  for (const patch of patches) {
    const node = yaml.isMap(patch) ? yaml.get(patch, 'patch') : patch;
    const text = yaml.text(node);
    // A one-line item is a file path; a patch is YAML of several lines.
    if (text === undefined || !text.includes('\n')) continue;
    // A block scalar's content starts on the line after its `|` indicator.
    const offset = yaml.lineOf(node);
    const shifted: SourceContext = { ...context, evidenceAt: (line, path) => context.evidenceAt(line + offset, path) };
    const documents = parseYamlDocuments(text);
    const target = yaml.get(patch, 'target');
    const targetName = yaml.text(yaml.get(target, 'name'));
    const operations = documents.flatMap((document) => document.items(document.root).map((item) => ({ document, item })));
    if (operations.length > 0 && targetName && WORKLOAD_KIND.test(yaml.text(yaml.get(target, 'kind')) ?? '')) {
      for (const { document, item } of operations) {
        if (!/^(add|replace)$/.test(document.text(document.get(item, 'op')) ?? '') || !ENV_PATH.test(document.text(document.get(item, 'path')) ?? '')) continue;
        const value = document.get(item, 'value');
        for (const entry of document.isSeq(value) ? document.items(value) : [value]) {
          const key = document.text(document.get(entry, 'name'));
          const bound = document.text(document.get(entry, 'value'));
          if (key && bound !== undefined) facts.push(bindingFact({ component: targetName }, key, bound, document.lineOf(entry), shifted.evidenceAt));
        }
      }
    } else facts.push(...readKubernetesObjects(documents, shifted));
  }
  return facts;
}
