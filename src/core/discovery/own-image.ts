/**
 * A single-product repository (one Django app, one Go or Node service) keeps one Dockerfile at its
 * root and publishes the image from somewhere the scan cannot read (a CI workflow tagging
 * `ghcr.io/${{ github.repository }}`, a registry's automated build), while its manifests run
 * `image: ghcr.io/acme/docuvault:2.3` with no `build:`. When nothing of the scan tags the image,
 * the image is still the repository's own when its last path segment is the project's own name:
 * the name the root folder's project file declares (package.json `name`, pyproject.toml or
 * setup.cfg project name, go.mod module's last segment, a `.csproj`'s name), bound under
 * PROJECT_NAME_KEY by sources/project-markers.ts.
 *
 * A workflow building a Dockerfile as `ghcr.io/${{ github.repository }}` (docker/build-push-action's
 * `tags:`, docker/metadata-action's `images:`) names the Dockerfile outright: that one is chosen,
 * whatever other Dockerfiles lie untagged.
 *
 * A self-hosted product publishes its image per release channel (`ghcr.io/acme/acme-dev`, the
 * nightly build, beside `ghcr.io/acme/acme-api`): a channel word after the name is still the
 * product's image, as a server role's is (nameKey). And a Node workspace's root Dockerfile (`COPY .
 * .`, `npm install`, `CMD ["npm", "run", "backend"]`) builds the product the root package.json
 * names, whatever variants lie beside it (a `Dockerfile.multi` copying only `api/`): when several
 * Dockerfiles are untagged, the one root Dockerfile copying the whole root in is the product's.
 *
 * A Helm chart beside the Compose files (`helm/acme/Chart.yaml`, named like the product's
 * `container_name: Acme`) joins the service it is named like, its folder that system's root so its
 * values bind there; but a chart folder holds templates and values, not code, so it does not stand
 * for code of the service's own: the image is still tied (chartFolders).
 *
 * It stops where a guess could tie the wrong code: never for a public publisher's image
 * (postgres, bitnami/redis) or a known product's (images.ts), never when the image's name is not the project's
 * (`acme-rag-api-dev` is a sidecar's, `acme-docs` a docs site's), and never unless exactly one
 * Dockerfile of the scan is tied to no image at all, or exactly one of those is a root Dockerfile
 * copying the root in (a docs site's untagged Dockerfile beside a root one copying only `api/`,
 * or two root Dockerfiles copying everything, make it ambiguous and nothing is chosen).
 */
import type { BindingFact, Fact } from './facts.js';
import { folderOf } from './file-paths.js';
import { isPublicPublisherImage, productOf } from './images.js';
import { nameKey } from './names.js';

/** The name the scan root's project file declares, bound for the root folder. */
export const PROJECT_NAME_KEY = 'project:own-name';

/** The name keys of the scan root's own project, from PROJECT_NAME_KEY bindings. */
export function ownProjectNames(bindings: readonly BindingFact[]): Set<string> {
  const names = new Set<string>();
  for (const binding of bindings) if (binding.key === PROJECT_NAME_KEY && binding.component === undefined && binding.scope === '' && binding.value !== '') names.add(nameKey(binding.value));
  return names;
}

/** What the fallback needs of a Dockerfile: whether the scan read it, and the images tied to it. */
export interface OwnImageCandidate {
  dockerfile: string;
  read: boolean;
  images: ReadonlySet<string>;
  repositoryImage?: boolean;
  /** The build command's context, the final stage's copies and what its stages copy in (DockerfileBuild). */
  context?: string;
  copies?: readonly { source: string }[];
  builtFrom?: readonly string[];
}

/**
 * Release channels a product's image is published under beside its plain name (`acme-dev`,
 * `acme-nightly`): the image is still the product's. Not `-lite`, `-slim` or any other word, which
 * may name another image of the product (`acme-rag-api-lite`).
 */
const CHANNEL_WORD = /[-_.](?:dev|develop|development|nightly|edge|unstable|canary|next|beta|preview|snapshot)$/;

/** The name key of an image's last segment, a trailing release channel dropped (`acme-api-dev` → `acme`). */
export function ownImageKey(last: string): string {
  return nameKey(last.toLowerCase().replace(CHANNEL_WORD, ''));
}

/** Whether a Dockerfile at the repository's root copies the whole root in (`COPY . .`), its context the root. */
function copiesWholeRoot(build: OwnImageCandidate): boolean {
  if (folderOf(build.dockerfile) !== '' || (build.context !== undefined && build.context !== '')) return false;
  const sources = [...(build.copies ?? []).map((copy) => copy.source), ...(build.builtFrom ?? [])];
  return sources.some((source) => ['', '.'].includes(source.trim().replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')));
}

/**
 * The one Dockerfile the repository's own image (`image`, a name without tag) is built from when
 * nothing tags it: the only read Dockerfile published as the repository's own image, else the only
 * one tied to no image, when the image's last segment is one of `ownNames` (name keys) and the
 * image is no public publisher's; else undefined.
 */
export function ownImageDockerfile<T extends OwnImageCandidate>(image: string, builds: Iterable<T>, ownNames: ReadonlySet<string>): T | undefined {
  // A name of one segment is an official Docker Hub image; a known product's name is that product's.
  if (ownNames.size === 0 || !image.includes('/') || isPublicPublisherImage(image) || productOf(image) !== undefined) return undefined;
  const last = image.slice(image.lastIndexOf('/') + 1);
  if (last === '' || !ownNames.has(ownImageKey(last))) return undefined;
  const all = [...builds];
  // A build tagging the image, even of a Dockerfile the scan does not hold, says where it comes from.
  if (all.some((build) => [...build.images].some((tagged) => nameKey(tagged.slice(tagged.lastIndexOf('/') + 1)) === nameKey(last)))) return undefined;
  // A workflow publishing a Dockerfile as `ghcr.io/${{ github.repository }}` says which one it is.
  const published = all.filter((build) => build.read && build.repositoryImage === true);
  if (published.length > 0) return published.length === 1 ? published[0] : undefined;
  const untagged = all.filter((build) => build.read && build.images.size === 0);
  if (untagged.length <= 1) return untagged[0];
  const whole = untagged.filter(copiesWholeRoot);
  return whole.length === 1 ? whole[0] : undefined;
}

/** A Helm chart's own component: its Chart.yaml's, rooted at the chart folder (sources/config/helm-chart.ts). */
const CHART_FILE = /(?:^|\/)Chart\.ya?ml$/;

/**
 * The folders of the scan's Helm charts, where their values bind: templates and values, no code,
 * so a deployable rooted only there still runs its image's code.
 */
export function chartFolders(facts: readonly Fact[]): Set<string> {
  const folders = new Set<string>();
  for (const fact of facts) if (fact.type === 'component' && fact.library === true && fact.root !== undefined && CHART_FILE.test(fact.evidence.file)) folders.add(fact.root);
  return folders;
}
