/**
 * Images a repository builds and publishes for others to deploy. An identity provider's repository
 * builds its main image (`Dockerfile`, run by compose as `server` and `worker`) and, from root-level
 * Dockerfiles named for them, one image per Go program shipped beside it (`proxy.Dockerfile`:
 * `RUN go build -o /go/proxy ./cmd/proxy`, `ENTRYPOINT ["/proxy"]`, tagged `ghcr.io/acme/proxy` by
 * the Makefile). Nothing the scan reads as a deployment runs those images: the server starts them
 * on demand, a Helm chart only names them in its values (`outposts: { proxy: { image:
 * ghcr.io/acme/proxy, env: { ACME_HOST: … } } }`), the docs show a compose snippet. Each is still a
 * deployable of its own, calling the server's API.
 *
 * So a Dockerfile named for what it builds (`<name>.Dockerfile`, `Dockerfile.<name>`, no variant
 * such as `Dockerfile.dev`) whose stages `go build` a package into a binary, and that no
 * deployment builds or runs by image, becomes a component named after the image its build tags
 * (its last segment), else after the file. It carries the Dockerfile, so resolution ties it to the
 * command its ENTRYPOINT starts (go-binaries.ts) and the code that command's `main` reaches, not
 * the main image's. A Helm values block naming its image (helm-values.ts
 * VALUES_IMAGE_GROUP) hands it that block's `env` maps.
 *
 * A plain `Dockerfile` in a folder is left alone (a folder's Dockerfile is usually a service's,
 * deployed or not); so are Dockerfiles building no Go binary, or one only from a build argument.
 */
import { CONFIDENCE, type BindingFact, type ComponentFact, type Fact, type GoBuildFact, type ImageBuildFact } from './facts.js';
import { fileName } from './file-paths.js';
import { imageBaseName } from './deployable-joins.js';
import { imageName } from './images.js';
import { dockerfileNameKey, dockerfileNamedFor } from './named-dockerfiles.js';

/** The group (helm-values.ts) naming the image each values block with an `env` names, keyed by the block's path. */
export const VALUES_IMAGE_GROUP = 'helm-values-images:';

/** `proxy.Dockerfile`, `Dockerfile.proxy`: the name the file itself is named for, not its folder's. */
const NAMED_FILE = /^(?:dockerfile\.([a-z0-9][a-z0-9_-]*)|([a-z0-9][a-z0-9_-]*)\.dockerfile)$/i;

/** The name a Dockerfile's file name gives what it builds (`proxy` of `proxy.Dockerfile`), variants left out. */
export function namedDockerfileName(dockerfile: string): string | undefined {
  const match = NAMED_FILE.exec(fileName(dockerfile));
  const name = match?.[1] ?? match?.[2];
  // dockerfileNameKey turns down variants (`Dockerfile.dev`) and names too short to mean anything.
  return name !== undefined && dockerfileNameKey(dockerfile) !== undefined ? name.toLowerCase() : undefined;
}

/** The last segment of an image name (`proxy` of `ghcr.io/acme/proxy`). */
function lastSegment(image: string): string {
  return image.slice(image.lastIndexOf('/') + 1);
}

/**
 * The deployables the scan's named Go Dockerfiles are that no deployment runs (see above): one
 * component each, plus a binding taking in each Helm values `env` map beside a block naming its image.
 */
export function standaloneGoImages(facts: readonly Fact[]): Fact[] {
  const builds = new Map<string, ImageBuildFact[]>();
  const goBuilds = new Map<string, GoBuildFact[]>();
  const components: ComponentFact[] = [];
  const valuesImages: BindingFact[] = [];
  for (const fact of facts) {
    if (fact.type === 'image-build') builds.set(fact.dockerfile, [...(builds.get(fact.dockerfile) ?? []), fact]);
    else if (fact.type === 'go-build' && fact.dockerfile !== undefined) goBuilds.set(fact.dockerfile, [...(goBuilds.get(fact.dockerfile) ?? []), fact]);
    else if (fact.type === 'component') components.push(fact);
    else if (fact.type === 'binding' && fact.group?.startsWith(VALUES_IMAGE_GROUP)) valuesImages.push(fact);
  }
  // Every image a deployment runs and every Dockerfile one builds (compose `build:`, a workload's `image:`).
  const deployments = components.filter((fact) => fact.project !== true);
  const builtDockerfiles = new Set(deployments.flatMap((fact) => (fact.dockerfile !== undefined && fact.dockerfile !== fact.evidence.file ? [fact.dockerfile] : [])));
  const runImages = deployments.flatMap((fact) =>
    [fact.composeImage, ...(fact.aliases ?? []).filter((alias) => imageBaseName(alias) !== undefined)].flatMap((image) => (image !== undefined ? [imageName(image).toLowerCase()] : [])),
  );
  const names = new Set(deployments.map((fact) => fact.name.toLowerCase()));
  const found: Fact[] = [];
  for (const [dockerfile, compiled] of goBuilds) {
    const fileNamed = namedDockerfileName(dockerfile);
    // A package only a build argument names is some other build's choice (go-binaries.ts withBuildArguments).
    if (fileNamed === undefined || builtDockerfiles.has(dockerfile) || compiled.every((build) => build.package.includes('${'))) continue;
    const known = builds.get(dockerfile) ?? [];
    const images = [...new Set(known.flatMap((build) => build.images ?? []).map((image) => image.toLowerCase()))];
    const candidate = { dockerfile, read: true, images: new Set(images) };
    // Run by a deployment already: by an image its build tags, or one named for the file (`acme/proxy`, dockerfileNamedFor).
    if (runImages.some((image) => images.includes(image) || dockerfileNamedFor(image, [{ ...candidate, images: new Set<string>() }]) !== undefined)) continue;
    const name = images.length === 1 ? lastSegment(images[0] as string) : fileNamed;
    if (names.has(name)) continue;
    names.add(name);
    // The build command tagging the image is the better evidence: a Dockerfile's own line names the Dockerfile's component.
    const tagged = known.find((build) => build.images !== undefined && build.images.length > 0 && build.evidence.file !== dockerfile);
    const evidence = tagged?.evidence ?? (compiled[0] as GoBuildFact).evidence;
    const context = known.find((build) => build.context !== undefined)?.context;
    found.push({
      type: 'component',
      name,
      kind: 'application',
      root: context ?? '',
      dockerfile,
      ...(context !== undefined ? { buildContext: context } : {}),
      ...(images.length > 0 ? { aliases: images } : {}),
      standaloneImage: true,
      evidence,
      confidence: CONFIDENCE.declared,
    });
    // `outposts.proxy: { image: ghcr.io/acme/proxy, env: {...} }`: that block's environment is this image's.
    for (const named of valuesImages) {
      if (!images.includes(imageName(named.value).toLowerCase())) continue;
      const chartAndPath = (named.group as string).slice(VALUES_IMAGE_GROUP.length);
      found.push({ type: 'binding', component: name, key: '*', value: `$group:helm-values:${chartAndPath}.${named.key}`, evidence: named.evidence });
    }
  }
  return found;
}

/** The facts with the standalone Go images' deployables added (resolve.ts). */
export function withStandaloneGoImages(facts: readonly Fact[]): readonly Fact[] {
  const found = standaloneGoImages(facts);
  return found.length === 0 ? facts : [...facts, ...found];
}
