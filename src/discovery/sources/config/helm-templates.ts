/**
 * Helm chart templates (`templates/*.yaml`): Kubernetes manifests with Go template actions.
 * Actions are stripped conservatively — a line holding only actions (`{{- if … }}`, `{{ toYaml … |
 * nindent 8 }}`) becomes blank, an action inside a line becomes a placeholder — and what is left is
 * read as a manifest. A name the release gives (`{{ .Release.Name }}`, the `fullname` helper) is
 * the chart's own service, named as the chart's helpers render it from its values
 * (`fullnameOverride`), else by the chart's name, else its folder's (see releaseNames). Other names, labels and
 * values holding a placeholder are computed at install time and are not read; the environment of a
 * workload whose name is computed is bound to the chart folder instead. Documents that do not parse once stripped are skipped. Paths are all this source
 * sees, so any YAML under a `templates/` folder is read here (and not as a plain manifest),
 * whether or not a Chart.yaml sits beside it: a template with no actions reads the same either way.
 *
 * Where a template puts the chart's values into a container's environment, the workload takes
 * them in from the values.yaml group (helm-values.ts): `value: {{ .Values.mongodb.url | quote }}`
 * binds that one value, and a `range` over `.Values.env` (or `toYaml .Values.env`) in an `env:`
 * list binds every variable of that map or list. Only these plain shapes are followed; a value
 * passed through `default` or `tpl` is computed at install time and is not read (one a helper
 * builds is rendered, below). An
 * Ingress's class given by the values (`ingressClassName: {{ .Values.ingress.className }}`) is
 * rewritten the same way, and resolution names its controller from the values (ingress-controllers.ts).
 * Both branches of a conditional are read; each branch's tests on the values go with the facts
 * (helm-guards.ts), and resolution drops what the chart's values.yaml does not render.
 *
 * A `range` over the chart's values (an Ingress's `range .Values.ingress.hosts`, a Deployment per
 * entry of `range $name, $svc := .Values.services`) is rendered first, element by element, from
 * the chart's values.yaml the scanner hands over (core/discovery/helm-render.ts); the evidence of
 * what it makes points at the template's lines. Addresses and names the chart's named templates
 * build (`{{ template "harbor.redis.urlForCore" . }}` in a ConfigMap's data) are rendered through
 * its helpers and values (renderChartActions). Helm test hooks (`helm.sh/hook: test`) are checks
 * `helm test` runs, not deployed, and are not read.
 */
import type { ComponentFact, Evidence, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { actionWords, isComment, templateActions } from '../../../core/discovery/go-template.js';
import { releaseNaming, renderValueRanges, type RenderedTemplate } from '../../../core/discovery/helm-render.js';
import type { Source, SourceContext } from '../../source.js';
import { TEMPLATE_PLACEHOLDER, neverThrows } from './emit.js';
import { templateGuards } from './helm-guards.js';
import { chartMetadata } from './helm-chart.js';
import { chartValues, valuesGroup } from './helm-values.js';
import { MAY_HOLD_KUBERNETES_OBJECT, readKubernetesObjects } from './kubernetes-objects.js';
import { folderOf, hasFolder } from './paths.js';
import { parseYamlDocuments, stringRecord, type YamlDocument } from './yaml-nodes.js';

/** The Helm templates source. */
export const helmTemplatesSource: Source = {
  name: 'helm-templates',
  extensions: ['.yaml', '.yml'],
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

/** `value: {{ .Values.a.b }}`, `value: {{ .Values.a.b | quote }}`, `value: {{ quote .Values.a.b }}`. */
const VALUE_OF_VALUES = /^(\s*(?:-\s+)?value:\s*)\{\{-?\s*(?:quote\s+)?\.Values\.([A-Za-z0-9_.-]+?)(?:\s*\|\s*quote)?\s*-?\}\}\s*$/;
/**
 * An Ingress's class from the values: `ingressClassName: {{ .Values.ingress.className }}`, the
 * `kubernetes.io/ingress.class` annotation alike (quoted or not, through `quote`).
 */
const INGRESS_CLASS_OF_VALUES = /^(\s*(?:ingressClassName|kubernetes\.io\/ingress\.class|"kubernetes\.io\/ingress\.class"|'kubernetes\.io\/ingress\.class'):\s*)["']?\{\{-?\s*(?:quote\s+)?\.Values\.([A-Za-z0-9_.-]+?)(?:\s*\|\s*quote)?\s*-?\}\}["']?\s*$/;
/** `{{- range $name, $value := .Values.env }}` (a block of env items follows, up to its `end`). */
const RANGE_OF_VALUES = /^\s*\{\{-?\s*range\s+\$\w+\s*,\s*\$\w+\s*:=\s*\.Values\.([A-Za-z0-9_.-]+)\s*-?\}\}\s*$/;
/** `{{- toYaml .Values.env | nindent 12 }}`, `{{- .Values.env | toYaml | nindent 12 }}`. */
const TO_YAML_OF_VALUES = /^\s*\{\{-?\s*(?:toYaml\s+\.Values\.([A-Za-z0-9_.-]+)|\.Values\.([A-Za-z0-9_.-]+)\s*\|\s*toYaml)\s*\|\s*n?indent\s+(\d+)\s*-?\}\}\s*$/;

/**
 * Rewrites the ways a template hands the chart's values to a container's environment into group
 * inclusions (`$group:helm-values:<chart>#<path>`, or an env item named `*` for a whole map),
 * line for line, so the rest of the template is stripped and read as before.
 */
export function bindValuesReferences(text: string, chart: string): string {
  const lines = text.split('\n');
  const include = (indent: string, group: string) => `${indent}- {name: "*", value: "$group:${group}"}`;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!line.includes('.Values.')) continue;
    const single = VALUE_OF_VALUES.exec(line) ?? INGRESS_CLASS_OF_VALUES.exec(line);
    if (single) {
      lines[index] = `${single[1]}"$group:${valuesGroup(chart)}#${single[2]}"`;
      continue;
    }
    const toYaml = TO_YAML_OF_VALUES.exec(line);
    // Right under `env:` (other actions aside): the whole list is the container's environment.
    const previous = lines.slice(0, index).reverse().find((candidate) => candidate.trim() !== '' && !/^\s*\{\{.*\}\}\s*$/.test(candidate));
    if (toYaml && previous !== undefined && /^\s*env:\s*$/.test(previous)) {
      lines[index] = include(' '.repeat(Number(toYaml[3])), valuesGroup(chart, (toYaml[1] ?? toYaml[2]) as string));
      continue;
    }
    const range = RANGE_OF_VALUES.exec(line);
    if (!range) continue;
    // The block up to its `end`, actions nested in it counted; it must read as env items.
    let depth = 1;
    let end = index + 1;
    for (; end < lines.length && depth > 0; end += 1) {
      const actions = (lines[end] as string).match(/\{\{-?\s*(if|range|with|define|block|end)\b/g) ?? [];
      for (const action of actions) depth += action.endsWith('end') ? -1 : 1;
      if (depth === 0) break;
    }
    const body = lines.slice(index + 1, end);
    // The block must be env items itself (not whole objects made per entry, ranged over below).
    const first = body.find((candidate) => candidate.replace(/\{\{[\s\S]*?\}\}/g, '').trim() !== '');
    const item = first !== undefined && /^\s*-\s+name:/.test(first) ? first : undefined;
    if (end >= lines.length || !item || !body.some((candidate) => /^\s*value:/.test(candidate))) continue;
    lines[index] = include(/^\s*/.exec(item)?.[0] ?? '', valuesGroup(chart, range[1] as string));
    for (let blank = index + 1; blank <= end; blank += 1) lines[blank] = '';
    index = end;
  }
  return lines.join('\n');
}

/** The chart folder of a template: the folder holding its `templates/`. */
function chartFolder(path: string): string {
  const parts = folderOf(path).split('/');
  const index = parts.lastIndexOf('templates');
  return parts.slice(0, Math.max(index, 0)).join('/');
}

/**
 * The release's own name in a template: `{{ .Release.Name }}`, `{{ .Chart.Name }}`,
 * `{{ include "workflow.fullname" . }}` (the helper `helm create` writes), with the usual
 * `trunc 63 | trimSuffix "-"`.
 */
const RELEASE_NAME = /\{\{-?\s*(?:\$?\.Release\.Name|\$?\.Chart\.Name|(?:include|template)\s+"[\w.-]+\.(?:fullname|name)"\s+(?:\.|\$))(?:\s*\|\s*(?:trunc\s+\d+|trimSuffix\s+"-"|lower))*\s*-?\}\}/g;

/**
 * Names the release gives: a workload or Service named by the release alone is the chart's own
 * service, named as the chart names it (`nameOf`: its `fullname` helper followed through the
 * chart's values, `fullnameOverride: widgetry` giving `widgetry`, else the chart's `name`; see
 * releaseNaming in core/discovery/helm-render.ts), or `chartName` where that cannot be told;
 * one named `{{ .Release.Name }}-rabbitmq` is the release's `rabbitmq` (a sub-chart's Service, an
 * umbrella chart's service), so the release prefix is dropped. Without this the names are computed
 * at install time and nothing deploys the chart's service.
 */
export function releaseNames(text: string, chartName: string, nameOf: (action: string) => string | undefined = () => undefined): string {
  if (!text.includes('{{')) return text;
  // Only names and values: a label the release sets (`release: {{ .Release.Name }}`) stays
  // computed, as the pod labels a helper writes are, so selectors still match as before.
  return text
    .split('\n')
    .map((line) => (NAMED_LINE.test(line) && line.includes('{{') ? line.replace(RELEASE_PREFIXED, '$1').replace(RELEASE_NAME, (action) => nameOf(action) ?? chartName).replace(RELEASE_NAMESPACE_HOST, '.default') : line))
    .join('\n');
}
/**
 * The release's namespace inside an in-cluster host (`http://agenda.{{ .Release.Namespace }}.svc.cluster.local`):
 * any namespace names the same Service of the chart, so it is written as the namespace Helm installs to by default.
 */
const RELEASE_NAMESPACE_HOST = /\.\{\{-?\s*\$?\.Release\.Namespace\s*-?\}\}(?=\.svc\b)/g;
const NAMED_LINE = /^\s*(?:-\s+)?(?:name|value|serviceName|host|url):/;
/** A name written after the release's own (`{{ .Release.Name }}-rabbitmq`): the part after the prefix. */
const RELEASE_PREFIXED = new RegExp(`${RELEASE_NAME.source}-([A-Za-z0-9][A-Za-z0-9-]*)`, 'g');

/**
 * The names a template writes after the release's prefix (`{{ include "tracelens.fullname" . }}-web`
 * gives `web`), each with the name the object really gets: installed as
 * `helm install tracelens charts/tracelens`, `tracelens-web`, the name a compose file or a README
 * of the same product often uses; so the component keeps that name as an alias, and the two
 * spellings are one system. The prefix is named as releaseNames names the release's own objects.
 */
export function releasePrefixedNames(text: string, chartName: string, nameOf: (action: string) => string | undefined = () => undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!text.includes('{{')) return names;
  for (const line of text.split('\n')) {
    if (!/^\s*(?:-\s+)?name:/.test(line)) continue;
    for (const match of line.matchAll(RELEASE_PREFIXED)) {
      const suffix = match[1];
      const prefix = match[0].slice(0, match[0].length - (suffix?.length ?? 0) - 1);
      if (suffix && !names.has(suffix)) names.set(suffix, `${nameOf(prefix) ?? chartName}-${suffix}`);
    }
  }
  return names;
}

/** A key whose value names an object (`name:` of metadata, an env item, a `configMapRef`), which the release prefixes. */
const NAME_KEY_LINE = /^\s*(?:-\s+)?name:/;
/** A whole unquoted YAML value that is one action (`KEY: {{ … }}`): what it renders is written quoted, as YAML may not take it plain. */
const WHOLE_VALUE = /^(\s*(?:-\s+)?[^\s:#{'"][^:#]*:\s+)(\{\{[^\n]*?\}\})\s*$/;

/** Whether an action prints what the chart's helpers or release make: `include`/`template` of a named template, `.Release`/`.Chart` (not a value alone, read as before). */
function rendersThroughChart(body: string): boolean {
  const [head, second] = actionWords(body);
  if (head === undefined || /^(?:if|else|end|range|with|define|block)$/.test(head) || second === ':=' || second === '=') return false;
  return /(?:^|[\s(|])(?:(?:include|template)\s|\$?\.(?:Release|Chart)\.)/.test(body);
}

/**
 * The lines where an address may be written: a ConfigMap's or Secret's `data`/`stringData`
 * (a settings file they hold included) and the keys releaseNames reads (names, env values,
 * hosts, URLs). Labels and selectors stay computed, as releaseNames leaves them.
 */
function addressLines(lines: readonly string[]): boolean[] {
  const eligible = lines.map((line) => NAMED_LINE.test(line));
  let start = 0;
  for (let end = 0; end <= lines.length; end += 1) {
    if (end < lines.length && !/^---/.test(lines[end] as string)) continue;
    const document = lines.slice(start, end);
    if (document.some((line) => /^kind:\s*["']?(?:ConfigMap|Secret)["']?\s*$/.test(line))) {
      let topKey = '';
      for (const [offset, line] of document.entries()) {
        const key = /^["']?([A-Za-z]\w*)["']?:/.exec(line);
        if (key) topKey = key[1] as string;
        else if ((topKey === 'data' || topKey === 'stringData') && /^\s/.test(line)) eligible[start + offset] = true;
      }
    }
    start = end + 1;
  }
  return eligible;
}

/**
 * The actions of a template that a chart's named templates or its release render (`{{ template
 * "harbor.redis.urlForCore" . }}` in a ConfigMap's data, `{{ printf "%s-service-auth:5671"
 * .Release.Name }}` in an `application.yml` a Secret holds, an env value built by a helper),
 * replaced by what they render from the chart's values.yaml and Chart.yaml (`render`, releaseNaming
 * in core/discovery/helm-render.ts, which follows the helpers' `if`/`else` on the values), line
 * for line. An object named by a helper (`name: {{ template "harbor.core" . }}`, rendering
 * `harbor-core`) is named as releaseNames names `{{ include "harbor.fullname" . }}-core`: `core`,
 * `harbor-core` kept as its alias (returned). What does not render (a value not known, a function
 * not followed, a helper spanning lines) is left, to be stripped as before. Without this the
 * addresses the chart builds are computed at install time and connect nothing.
 */
export function renderChartActions(text: string, render: (action: string) => string | undefined, ownName: string): { text: string; aliases: Map<string, string> } {
  const aliases = new Map<string, string>();
  if (!text.includes('{{')) return { text, aliases };
  const all = text.split('\n');
  const eligible = addressLines(all);
  const releaseHost = new RegExp(`(^["']?|//|@)${ownName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(?=[A-Za-z0-9])`, 'g');
  const lines = all.map((line, index) => {
    if (!line.includes('{{') || !eligible[index]) return line;
    const naming = NAME_KEY_LINE.test(line);
    const whole = WHOLE_VALUE.exec(line);
    return line.replace(/\{\{[^\n]*?\}\}/g, (action) => {
      const [parsed] = templateActions(action);
      if (!parsed || isComment(parsed) || !rendersThroughChart(parsed.body)) return action;
      const rendered = render(action);
      if (rendered === undefined || rendered.includes('{{')) return action;
      if (naming && rendered.startsWith(`${ownName}-`) && rendered.length > ownName.length + 1) {
        const suffix = rendered.slice(ownName.length + 1);
        if (!aliases.has(suffix)) aliases.set(suffix, rendered);
        return suffix;
      }
      // A host the release prefixes (`copperkettle-postgresql`, a sub-chart's Service) is the
      // release's `postgresql`, as releaseNames reads `{{ .Release.Name }}-postgresql` written out.
      const host = rendered.replace(releaseHost, '$1');
      return whole?.[2] === action && !/^"[^"]*"$/.test(host) ? JSON.stringify(host) : host;
    });
  });
  return { text: lines.join('\n'), aliases };
}

/** A container's `image:` line holding actions (`image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"`). */
const IMAGE_LINE = /^(\s*(?:-\s+)?image:\s*)(["']?)(.*\{\{.*\}\}.*?)\2\s*$/;

/**
 * The images a chart's containers run, rendered from its values and Chart.yaml (`render`,
 * releaseNaming in core/discovery/helm-render.ts): `{{ .Values.image.repository }}:{{
 * .Values.image.tag | default .Chart.AppVersion }}` gives `ghcr.io/acme/desk:6.2`, a helper
 * building it (`{{ include "desk.image" . }}`) alike. A tag that does not render is dropped (the
 * repository says which image it is); a repository that does not render leaves the line as it was,
 * to be stripped as before. Without this a chart's workloads run no known image, and nothing ties
 * them to the compose services running the same one.
 */
export function renderImageLines(text: string, render: (action: string) => string | undefined): string {
  if (!text.includes('image:')) return text;
  return text
    .split('\n')
    .map((line) => {
      const match = IMAGE_LINE.exec(line);
      if (!match) return line;
      const written = match[3] as string;
      let unknown = false;
      const rendered = written.replace(/\{\{[^\n]*?\}\}/g, (action) => {
        const value = render(action);
        if (value === undefined || value.includes('{{') || /\s/.test(value)) {
          unknown = true;
          return TEMPLATE_PLACEHOLDER;
        }
        return value;
      });
      // The tag (after the last `:` past the last `/`, or an `@` digest) alone unknown: the repository is enough.
      const cut = Math.max(rendered.lastIndexOf(':'), rendered.lastIndexOf('@'));
      const repository = cut > rendered.lastIndexOf('/') ? rendered.slice(0, cut) : rendered;
      if (unknown && (repository.includes(TEMPLATE_PLACEHOLDER) || repository === rendered)) return line;
      const image = unknown ? repository : rendered;
      if (image === '' || image.startsWith(':') || image.startsWith('/')) return line;
      return `${match[1]}"${image}"`;
    })
    .join('\n');
}

/** The context with evidence pointing at the template line each rendered line came from. */
function atTemplateLines(context: SourceContext, rendered: RenderedTemplate, path: string): SourceContext {
  const evidenceAt = (line: number, other?: string): Evidence => {
    if (other !== undefined && other !== path) return context.evidenceAt(line, other);
    return context.evidenceAt(rendered.lineOf[Math.min(Math.max(line, 1), rendered.lineOf.length) - 1] ?? 1);
  };
  return { ...context, evidenceAt };
}

/** Hooks that only `helm test` runs (`"helm.sh/hook": test`, Helm 2's `test-success`): a check of the release, nothing it deploys. */
const TEST_HOOK = /^test(?:-success|-failure)?$/;

/** Whether a document is a Helm test hook (the Pod `helm create` writes in `templates/tests/`, calling every Service). */
function isTestHook(yaml: YamlDocument): boolean {
  const hooks = stringRecord(yaml, yaml.get(yaml.get(yaml.root, 'metadata'), 'annotations'))?.['helm.sh/hook'];
  return hooks !== undefined && hooks.split(',').some((hook) => TEST_HOOK.test(hook.trim()));
}

/** Reads one template. */
function readTemplate(file: SourceFile, context: SourceContext): Fact[] {
  if (!MAY_HOLD_KUBERNETES_OBJECT.test(file.text)) return [];
  // Both branches of an `{{ if }}`/`{{ else }}` survive stripping, so keys may repeat.
  const chart = chartFolder(file.path);
  // The chart's name as its Chart.yaml gives it (`deploy/helm` holding chart `widgetry`), else its folder's.
  const metadata = chartMetadata(context, chart);
  const chartName = metadata?.name ?? chart.split('/').pop() ?? '';
  // Values handed whole to an env list are taken in as a group first; the ranges left are
  // rendered over the chart's values (core/discovery/helm-render.ts), each line keeping its origin.
  const bound = bindValuesReferences(file.text, chart);
  const values = chartValues(context, chart);
  const rendered = values !== undefined ? renderValueRanges(bound, values) : undefined;
  const text = rendered?.text ?? bound;
  // Names the release gives, through the chart's helpers and values where they can be followed.
  const nameOf = chartName !== '' ? releaseNaming({ ...metadata, name: chartName }, values ?? {}, context.readFile?.(`${chart === '' ? '' : `${chart}/`}templates/_helpers.tpl`)) : () => undefined;
  const released = chartName !== '' ? releaseNames(text, chartName, nameOf) : text;
  // What the chart's helpers and release build (addresses in ConfigMaps, helper-named objects), rendered from its values.
  const chartRendered = chartName !== '' ? renderChartActions(released, nameOf, nameOf(`{{ include "${chartName}.fullname" . }}`) ?? chartName) : { text: released, aliases: new Map<string, string>() };
  // The images the containers run, from the values (`.Values.image.repository`), so the chart's
  // workloads are known to run the image compose services run.
  const named = chartName !== '' ? renderImageLines(chartRendered.text, nameOf) : chartRendered.text;
  const documents = parseYamlDocuments(stripTemplateActions(named), { uniqueKeys: false }).filter((yaml) => !isTestHook(yaml));
  const facts: Fact[] = readKubernetesObjects(documents, rendered ? atTemplateLines(context, rendered, file.path) : context, { fallbackScope: chart });
  // What renders only for some values is read all the same; resolution drops it where the chart's values.yaml says it does not render.
  if (facts.length > 0) {
    for (const guard of templateGuards(file.text)) facts.push({ type: 'values-guard', group: valuesGroup(chart), from: guard.from, to: guard.to, tests: guard.tests, evidence: context.evidenceAt(guard.line) });
  }
  const prefixed = chartName !== '' ? releasePrefixedNames(text, chartName, nameOf) : new Map<string, string>();
  for (const [suffix, full] of chartRendered.aliases) if (!prefixed.has(suffix)) prefixed.set(suffix, full);
  // The workloads named by the release (its fullname alone, or after it), which resolution joins
  // with the compose services running the same image with the same command (role-switches.ts).
  const whole = chartName !== '' ? new Set([chartName, nameOf(`{{ include "${chartName}.fullname" . }}`) ?? chartName]) : new Set<string>();
  const releaseNamed = (fact: ComponentFact): ComponentFact['chartWorkload'] => {
    if (fact.selector || !RELEASE_NAMED_LINE.test(file.text)) return undefined;
    return prefixed.has(fact.name) ? 'suffixed' : whole.has(fact.name) ? 'whole' : undefined;
  };
  if (prefixed.size === 0 && whole.size === 0) return facts;
  return facts.map((fact) => {
    if (fact.type !== 'component') return fact;
    const released = prefixed.get(fact.name);
    const chartWorkload = releaseNamed(fact);
    let named = chartWorkload !== undefined ? { ...fact, chartWorkload } : fact;
    // The release's own workload under a fullname helper prefixing the release (`wardgate-wardgate`)
    // is the chart's app: the chart (its Chart.yaml component, whose folder holds the values) is
    // that workload, so joining it to a compose service leaves no system named after the chart.
    // (A `fullnameOverride`/`nameOverride` renaming the release is a choice of the install: left alone.)
    if (chartWorkload === 'whole' && fact.name.startsWith(`${chartName}-`) && !(fact.aliases ?? []).includes(chartName)) named = { ...named, aliases: [...(named.aliases ?? []), chartName] };
    if (released === undefined) return named;
    return named.aliases?.includes(released) ? named : { ...named, aliases: [...(named.aliases ?? []), released] };
  });
}

/** A template naming an object by the release (`name: {{ include "desk.fullname" . }}`, `{{ .Release.Name }}-worker`, `{{ template "desk.core" . }}`). */
const RELEASE_NAMED_LINE = /^\s*name:\s*["']?\{\{-?\s*(?:include|template|\$?\.Release\.Name|\$?\.Chart\.Name)\b/m;
