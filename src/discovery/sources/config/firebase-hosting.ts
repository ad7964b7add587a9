/**
 * Firebase Hosting (`firebase.json`): each hosting site is a system serving the folder beside the
 * file (its static files are what browsers run), and its `rewrites` send requests on to a Cloud Run
 * service (`run: { serviceId, region }`) or a Cloud Function (`function: "api"`, or
 * `{ functionId }`): REST calls from the site to that service, whichever file deploys it. Rewrites
 * to a path of the site itself (`destination`) and Dynamic Links stay within the site.
 */
import type { ComponentFact, ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The Firebase Hosting source. */
export const firebaseHostingSource: Source = {
  name: 'firebase-hosting',
  extensions: ['.json'],
  accepts: (path) => baseName(path) === 'firebase.json',
  read: neverThrows(readFirebaseJson),
};

/** A site's name: its `site` or deploy `target`, else the folder holding `firebase.json`. */
function siteName(yaml: YamlDocument, site: unknown, folder: string): string | undefined {
  const named = yaml.text(yaml.get(site, 'site')) ?? yaml.text(yaml.get(site, 'target'));
  if (named) return named;
  const last = folder.split('/').pop();
  return last ? last : undefined;
}

/** The service a rewrite sends to, if it leaves the site. */
function rewriteTarget(yaml: YamlDocument, rewrite: unknown): { service: string; technology: string; line: number } | undefined {
  const run = yaml.get(rewrite, 'run');
  if (yaml.isMap(run)) {
    const service = yaml.text(yaml.get(run, 'serviceId'));
    if (service) return { service, technology: 'Cloud Run', line: yaml.lineOf(yaml.get(run, 'serviceId')) };
  }
  const fn = yaml.get(rewrite, 'function');
  const functionId = yaml.isMap(fn) ? yaml.text(yaml.get(fn, 'functionId')) : yaml.text(fn);
  if (functionId) return { service: functionId, technology: 'Cloud Functions', line: yaml.lineOf(yaml.isMap(fn) ? yaml.get(fn, 'functionId') : fn) };
  return undefined;
}

function readFirebaseJson(file: SourceFile, context: SourceContext): Fact[] {
  const yaml = parseYamlDocuments(file.text)[0];
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const hosting = yaml.get(yaml.root, 'hosting');
  const sites = yaml.isSeq(hosting) ? yaml.items(hosting) : yaml.isMap(hosting) ? [hosting] : [];
  const folder = folderOf(file.path);
  const facts: Fact[] = [];
  for (const site of sites) {
    const name = siteName(yaml, site, folder);
    if (!name || name.includes('$')) continue;
    const line = yaml.lineOf(site);
    const component: ComponentFact = {
      type: 'component',
      name,
      kind: 'application',
      technology: 'Firebase Hosting',
      ...(folder !== '' ? { root: folder } : {}),
      evidence: context.evidenceAt(line),
      confidence: CONFIDENCE.declared,
    };
    facts.push(component);
    for (const rewrite of yaml.items(yaml.get(site, 'rewrites'))) {
      const target = rewriteTarget(yaml, rewrite);
      if (!target || target.service.includes('$')) continue;
      const connection: ConnectionFact = {
        type: 'connection',
        component: name,
        target: { component: target.service },
        role: 'calls',
        mechanism: 'rest',
        technology: 'HTTP',
        targetKind: 'application',
        evidence: context.evidenceAt(target.line),
        confidence: CONFIDENCE.declared,
      };
      facts.push(connection);
    }
  }
  return facts;
}
