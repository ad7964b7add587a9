/**
 * Images a program starts itself. A Kubernetes workflow controller runs each step in a pod it
 * creates, with an executor image it is handed on its command line (`--executor-image
 * quay.io/acme/flow-exec:latest`) or in its environment (`EXECUTOR_IMAGE`); an operator starts its
 * operands' images the same way. No manifest of the repository runs that image, yet the repository
 * builds it (the Makefile's `docker build --target flow-exec -t $(REGISTRY)/flow-exec`, a `go build
 * -o /out/flow-exec ./cmd/flow-exec` stage) and its program connects (the cluster's API, the
 * artifact store): it is a deployable of its own, named after the image's last segment, which
 * resolution ties to the command of that name (go-binaries.ts) as it does a workload's image.
 *
 * Only an image the repository builds: one a build tags under that last segment, or whose last
 * segment is a binary a Go build writes. A public image handed on (`--kubectl-image
 * bitnami/kubectl`) is someone else's program.
 */
import { CONFIDENCE, type BindingFact, type ComponentFact, type Fact } from './facts.js';
import { imageBaseName } from './deployable-joins.js';
import { imageName } from './images.js';
import { nameKey } from './names.js';

/** A setting naming an image its program starts: a `--executor-image` flag, an `EXECUTOR_IMAGE` variable. */
const STARTED_IMAGE_KEY = /(?:^|[-_.])image$/i;

/** A value that is an image reference with a repository path (`quay.io/acme/flow-exec:latest`). */
const IMAGE_REFERENCE = /^[a-z0-9][a-z0-9._-]*(?::\d+)?(?:\/[a-z0-9][a-z0-9._-]*)+(?::[\w.-]+)?(?:@sha256:[a-f0-9]+)?$/;

/** The deployables the images programs start are, when the repository builds them and nothing runs them already. */
export function startedImageComponents(facts: readonly Fact[]): ComponentFact[] {
  const built = new Set<string>();
  const binaries = new Set<string>();
  const running = new Set<string>();
  const started: BindingFact[] = [];
  for (const fact of facts) {
    if (fact.type === 'image-build') for (const image of fact.images ?? []) built.add(nameKey(imageBaseName(image) ?? image));
    else if (fact.type === 'go-build' && !fact.binary.includes('${')) binaries.add(nameKey(fact.binary));
    else if (fact.type === 'component') {
      running.add(nameKey(fact.name));
      for (const alias of fact.aliases ?? []) running.add(nameKey(imageBaseName(alias) ?? alias));
      if (fact.composeImage !== undefined) running.add(nameKey(imageBaseName(fact.composeImage) ?? fact.composeImage));
    } else if (fact.type === 'binding' && fact.component !== undefined && STARTED_IMAGE_KEY.test(fact.key) && IMAGE_REFERENCE.test(fact.value.trim())) started.push(fact);
  }
  const found: ComponentFact[] = [];
  for (const binding of started) {
    const image = imageName(binding.value);
    const name = imageBaseName(image);
    if (name === undefined) continue;
    const key = nameKey(name);
    if (running.has(key) || (!built.has(key) && !binaries.has(key))) continue;
    running.add(key);
    found.push({ type: 'component', name, kind: 'application', aliases: [image], evidence: binding.evidence, confidence: CONFIDENCE.declared });
  }
  return found;
}

/** The facts with the images programs start added as deployables (resolve.ts). */
export function withStartedImages(facts: readonly Fact[]): readonly Fact[] {
  const found = startedImageComponents(facts);
  return found.length === 0 ? facts : [...facts, ...found];
}
