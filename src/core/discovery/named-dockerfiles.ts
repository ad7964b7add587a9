/**
 * A monorepo publishes its images from CI the scan cannot read (a Makefile target per image, a
 * release workflow) and deploys them by name (`image: gcr.io/acme-ml/persistenceagent:2.0.0`, a
 * connector's `acme/connector-mitre:6.0.5`), while the Dockerfile building each is named for it:
 * `backend/Dockerfile.persistenceagent` (a `go build ./backend/src/agent/persistence`),
 * `docker/api.Dockerfile`, or a plain `Dockerfile` in the image's own folder
 * (`connectors/external-import/mitre/Dockerfile`). No build command tags the image, so the name is
 * all that ties the deployment to its code.
 *
 * Asked by node-processes.ts dockerfileOfImage after the exact ties (tags, OCI labels, a folder or
 * stage named as the image's last segment exactly, a `Dockerfile.<folder>` copying that folder) and
 * before the repository's-own-image fallback. Names are compared by nameKey; the image's last
 * segment also goes by its rest after a leading org or product word (`connector-mitre` → `mitre`,
 * image-projects.ts projectNameKeys). The Dockerfile's name is its suffix (`Dockerfile.<name>`,
 * `<name>.Dockerfile`) or, for a plain `Dockerfile`, its folder's name (its parent folders,
 * `external-import`, say nothing). A variant's name (`Dockerfile.api.dev`) is no image's.
 *
 * It stops where a guess could tie the wrong code: never for a public publisher's image
 * (`bitnami/kubectl` is Bitnami's, whatever a `tools/kubectl/` folder holds) nor a known product's,
 * never a Dockerfile the scan did not read or one a build tags with other names, and never unless
 * exactly one Dockerfile fits.
 */
import { fileName, folderOf } from './file-paths.js';
import { projectNameKeys } from './image-projects.js';
import { isPublicPublisherImage, productOf } from './images.js';
import { nameKey } from './names.js';
import { joinPaths } from './node-processes.js';

/** What the tie needs of a Dockerfile (node-processes.ts DockerfileBuild). */
export interface NamedDockerfileCandidate {
  dockerfile: string;
  read: boolean;
  images: ReadonlySet<string>;
}

/** `Dockerfile.persistenceagent`, `api.Dockerfile`, `Api.dockerfile`: the name a Dockerfile is named for. */
const SUFFIXED = /^dockerfile\.([a-z0-9][a-z0-9_-]*)$/i;
const PREFIXED = /^([a-z0-9][a-z0-9_-]*)\.dockerfile$/i;
/** Names of a variant of some image, not of an image: `Dockerfile.dev`, `Dockerfile.prod`, `alpine.Dockerfile`. */
const VARIANT = /^(?:dev|devel|develop|development|local|test|tests|testing|ci|e2e|debug|prod|production|staging|release|build|builder|base|runtime|alpine|slim|distroless|ubi|arm|arm64|amd64|gpu|cpu|cuda|windows|linux|sample|example|template|tmpl)$/i;

/**
 * The name key of what a Dockerfile builds by its file name: its suffix or prefix
 * (`Dockerfile.scheduledworkflow`, `api.Dockerfile`), else, for a plain `Dockerfile`, its folder's
 * last segment; undefined for a variant (`Dockerfile.api.dev`), a Dockerfile at the root, or a key
 * shorter than three letters, or a variant's word (`Dockerfile.dev`, a `dev/Dockerfile`).
 */
export function dockerfileNameKey(dockerfile: string): string | undefined {
  const file = fileName(dockerfile);
  const named = SUFFIXED.exec(file)?.[1] ?? PREFIXED.exec(file)?.[1];
  const folder = folderOf(dockerfile);
  const name = named ?? (file.toLowerCase() === 'dockerfile' && folder !== '' ? folder.slice(folder.lastIndexOf('/') + 1) : undefined);
  const key = name !== undefined && !VARIANT.test(name) ? nameKey(name) : '';
  return key.length >= 3 ? key : undefined;
}

/**
 * The one read, untagged Dockerfile named for an image (a name without tag): its name key
 * (dockerfileNameKey) one of the keys of the image's last segment (projectNameKeys); undefined for
 * a public publisher's or known product's image, or when none or several fit.
 */
export function dockerfileNamedFor<T extends NamedDockerfileCandidate>(image: string, builds: Iterable<T>): T | undefined {
  const name = image.toLowerCase();
  // A name of one segment is an official Docker Hub image.
  if (!name.includes('/') || isPublicPublisherImage(name) || productOf(name) !== undefined) return undefined;
  const last = name.slice(name.lastIndexOf('/') + 1);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(last)) return undefined;
  const keys = projectNameKeys([last]);
  const fitting = [...builds].filter((build) => {
    if (!build.read || build.images.size > 0) return false;
    const key = dockerfileNameKey(build.dockerfile);
    return key !== undefined && keys.has(key);
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** What copiesNoCode needs of a Dockerfile (node-processes.ts DockerfileBuild). */
export interface CopiedCodeCandidate {
  dockerfile: string;
  /** The build context, when a build command says. */
  context?: string;
  /** The context's paths its image's stages copy in (ImageBuildFact.builtFrom). */
  builtFrom?: readonly string[];
}

/**
 * Whether a Dockerfile copies in none of the repository's code: every context path its image's
 * stages copy (ImageBuildFact.builtFrom) is something `holdsCode` denies, under the build context
 * or, with none known, under the Dockerfile's folder or the repository's root. A Makefile compiling
 * each binary outside the image leaves `make/photon/core/Dockerfile` copying only that prebuilt
 * binary (not in the repository), its entrypoint script, static views and SQL migrations: the
 * image runs code another build compiles (go-binaries.ts), not the Dockerfile's folder, so a tie by
 * the Dockerfile's name alone keeps the Dockerfile (its ENTRYPOINT, build arguments) and leaves the
 * code to the later ties (resolve.ts). False when what it copies is not known (no builtFrom), and
 * for the whole context (`COPY . .`) of a repository holding any code.
 */
export function copiesNoCode(build: CopiedCodeCandidate, holdsCode: (path: string) => boolean): boolean {
  if (build.builtFrom === undefined) return false;
  const bases = build.context !== undefined ? [build.context] : [...new Set([folderOf(build.dockerfile), ''])];
  return build.builtFrom.every((source) => bases.every((base) => !holdsCode(joinPaths(base, source))));
}
