/**
 * A workflow orchestrator's deployment file (`prefect.yaml`-style, registered with `<product>
 * deploy --all` from the flows' folder): a `deployments:` list whose entries name the flow to run
 * (`entrypoint: flows/ingest.py:ingest_flow`) and the work pool whose worker starts it, with that
 * pool's job variables (`work_pool: { name: docker-pool, job_variables: { image: acme/data-flows,
 * env: {…} } }`). No compose service runs the image: the worker starts one container of it per
 * flow run. So the image named there is a deployable of its own (named by the image's last
 * segment, which ties it to the Dockerfile of the folder named so, node-processes.ts), the `env`
 * map its environment, and the orchestrator API the run reports its states to (`<PRODUCT>_API_URL`,
 * read by the product's own client in the image) a REST call of it.
 *
 * The image is often the file's own build step's (`build: [{ <product>_docker…build_docker_image:
 * { id: build-image, image_name: registry.acme.io/data/flows, dockerfile: Dockerfile } }]` and
 * `image: "{{ build-image.image }}"`): the step's `image_name` is then the image. The flows'
 * entrypoints are paths relative to the file's folder, where `deploy` runs, so that folder (when it
 * is not the repository's root) is the deployable's code, whatever the image is called.
 *
 * A deployment with no image (a process pool running flows on the worker's own host) makes no
 * deployable here: the code then runs inside the worker, which the scan does not follow.
 */
import { CONFIDENCE, type EvidenceAt, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { imageName } from './images.js';
import { baseName, folderOf } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** A flow's entrypoint as such files write it: a Python file and the flow function in it. */
const ENTRYPOINT = /^[\w./-]+\.py:[A-Za-z_]\w*$/;
/** The variable the orchestrator's client takes its API's address from (`ACME_API_URL`). */
const API_URL_VARIABLE = /^[A-Z][A-Z0-9]*_API_URL$/;

/** The flow-deployments source. */
export const flowDeploymentsSource: Source = {
  name: 'flow-deployments',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(baseName(path)) && !isTestCode(path),
  read: neverThrows((file: SourceFile, context) => flowDeploymentFacts(file.text, context.evidenceAt, folderOf(file.path))),
};

/** A reference to a build step's image (`{{ build-image.image }}`, `{{ build-image.image_name }}`): the step's id. */
const BUILD_STEP_IMAGE = /^\{\{\s*([\w-]+)\.image(?:_name)?\s*\}\}$/;

/** The images the file's `build:` steps make, by the step's `id`. */
function builtImages(yaml: YamlDocument, root: unknown): Map<string, string> {
  const images = new Map<string, string>();
  for (const step of yaml.items(yaml.get(root, 'build'))) {
    for (const { value } of yaml.entries(step)) {
      const id = yaml.text(yaml.get(value, 'id'))?.trim();
      const image = yaml.text(yaml.get(value, 'image_name'))?.trim();
      if (id && image && !image.includes('{{')) images.set(id, image);
    }
  }
  return images;
}

/** The deployables and environments of an orchestrator's deployment file; [] for any other YAML. */
export function flowDeploymentFacts(text: string, evidenceAt: EvidenceAt, folder = ''): Fact[] {
  if (!/^deployments\s*:/m.test(text)) return [];
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const yaml of parseYamlDocuments(text, { uniqueKeys: false })) {
    const root = yaml.root;
    // A compose file or a Kubernetes manifest is no deployment file of flows.
    if (!yaml.isMap(root) || yaml.get(root, 'services') !== undefined || yaml.get(root, 'kind') !== undefined) continue;
    const built = builtImages(yaml, root);
    for (const deployment of yaml.items(yaml.get(root, 'deployments'))) {
      if (!ENTRYPOINT.test(yaml.text(yaml.get(deployment, 'entrypoint'))?.trim() ?? '')) continue;
      const variables = yaml.get(yaml.get(deployment, 'work_pool'), 'job_variables');
      const imageNode = yaml.get(variables, 'image');
      const written = yaml.text(imageNode)?.trim();
      const step = written === undefined ? undefined : BUILD_STEP_IMAGE.exec(written)?.[1];
      const image = step === undefined ? written : built.get(step);
      if (image === undefined || image === '' || image.includes('{{') || image.includes('$')) continue;
      const repository = imageName(image);
      const name = baseName(repository);
      if (name === '') continue;
      const line = yaml.lineOf(imageNode);
      if (!seen.has(name)) {
        seen.add(name);
        facts.push({ type: 'component', name, kind: 'application', composeImage: image, ...(folder !== '' ? { root: folder } : {}), ...(repository !== name ? { aliases: [repository] } : {}), evidence: evidenceAt(line), confidence: CONFIDENCE.declared });
      }
      // Deployments of one image sharing an environment block give it once.
      for (const fact of environmentFacts(yaml, yaml.get(variables, 'env'), name, evidenceAt)) {
        const key = JSON.stringify([fact.type, fact.type === 'binding' ? [fact.key, fact.value] : fact.type === 'connection' ? fact.target.key : '']);
        if (!seen.has(key)) facts.push(fact);
        seen.add(key);
      }
    }
  }
  return facts;
}

/** A job's `env` map as the deployable's bindings, and its report to the orchestrator's API as a call. */
function environmentFacts(yaml: YamlDocument, env: unknown, component: string, evidenceAt: EvidenceAt): Fact[] {
  const facts: Fact[] = [];
  for (const entry of yaml.entries(env)) {
    const value = yaml.text(entry.value);
    if (value === undefined) continue;
    facts.push(bindingFact({ component }, entry.key, value, entry.line, evidenceAt));
    if (API_URL_VARIABLE.test(entry.key) && /^https?:\/\//i.test(value.trim())) {
      facts.push({ type: 'connection', component, target: { key: entry.key }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: evidenceAt(entry.line), confidence: CONFIDENCE.resolved });
    }
  }
  return facts;
}
