/**
 * A workload's container mounting a ConfigMap as files (`volumes: [{ name: scripts, configMap: {
 * name: sweeper-scripts } }]`, `volumeMounts: [{ name: scripts, mountPath: /opt/sweeper }]`) and
 * the key its command runs there (`python /opt/sweeper/sweep.py`, `node /opt/relay/index.js`).
 * Which files the map holds is said by the kustomization generating it; resolution joins the two
 * (core/discovery/mounted-code.ts, configMapCode).
 */
import type { BindingFact } from '../../../core/discovery/facts.js';
import { CONFIGMAP_ENTRY_KEY, MOUNTED_CONFIGMAP_KEY, hostPathOf, pythonScriptOf } from '../../../core/discovery/mounted-code.js';
import { nodeProcessOf } from '../../../core/discovery/node-processes.js';
import type { SourceContext } from '../../source.js';
import type { YamlDocument } from './yaml-nodes.js';

/** A name Kubernetes accepts for a ConfigMap (no template, no variable). */
const MAP_NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;

/**
 * The ConfigMaps a container mounts as files, and the mounted key its command line (`words`,
 * `command` then `args`) runs with Python or Node, as bindings of the workload `component`.
 */
export function configMapMountFacts(yaml: YamlDocument, podSpec: unknown, container: unknown, words: readonly string[], component: string, context: SourceContext, writtenHere: ReadonlyMap<string, unknown>): BindingFact[] {
  const mapOfVolume = new Map<string, string>();
  for (const volume of yaml.items(yaml.get(podSpec, 'volumes'))) {
    const volumeName = yaml.text(yaml.get(volume, 'name'));
    const map = yaml.text(yaml.get(yaml.get(volume, 'configMap'), 'name'));
    // A ConfigMap written out in this file holds its data inline, no file of the scan.
    if (volumeName !== undefined && map !== undefined && MAP_NAME.test(map) && !writtenHere.has(map)) mapOfVolume.set(volumeName, map);
  }
  if (mapOfVolume.size === 0) return [];
  const facts: BindingFact[] = [];
  // Each mount as a folder of the map's keys: `subPath` mounts one key as the file at `mountPath`.
  const mounts: { map: string; target: string; subPath?: string }[] = [];
  for (const mount of yaml.items(yaml.get(container, 'volumeMounts'))) {
    const map = mapOfVolume.get(yaml.text(yaml.get(mount, 'name')) ?? '');
    const target = yaml.text(yaml.get(mount, 'mountPath'));
    if (map === undefined || target === undefined || !target.startsWith('/')) continue;
    const subPath = yaml.text(yaml.get(mount, 'subPath'));
    mounts.push({ map, target: target.replace(/\/+$/, '') || '/', ...(subPath !== undefined ? { subPath } : {}) });
    if (!facts.some((fact) => fact.value === map)) facts.push({ type: 'binding', component, key: MOUNTED_CONFIGMAP_KEY, value: map, evidence: context.evidenceAt(yaml.lineOf(mount)) });
  }
  const workingDirectory = yaml.text(yaml.get(container, 'workingDir'));
  const node = nodeProcessOf(words);
  const started: [string, string | undefined][] = [['python', pythonScriptOf(words)], ['node', node?.startsWith('file:') ? node.slice('file:'.length) : undefined]];
  for (const [runtime, path] of started) {
    if (path === undefined) continue;
    // The map's keys are one flat folder at the mount (the map's name standing for its source).
    const found = hostPathOf(
      path,
      mounts.map((mount) => ({ source: mount.map, target: mount.target })),
      workingDirectory,
    );
    const mount = found ? mounts.find((candidate) => candidate.map === found.mount.source && candidate.target === found.mount.target) : undefined;
    const key = mount?.subPath !== undefined ? (found?.inside === '' ? mount.subPath : undefined) : found?.inside;
    if (mount === undefined || key === undefined || key === '' || key.includes('/')) continue;
    const line = yaml.lineOf(yaml.get(container, 'command') ?? yaml.get(container, 'args'));
    facts.push({ type: 'binding', component, key: CONFIGMAP_ENTRY_KEY, value: `${runtime}:${mount.map}/${key}`, evidence: context.evidenceAt(line) });
  }
  return facts;
}
