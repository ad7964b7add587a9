/**
 * A Dockerfile starting `FROM acme/acme:3-python3.11` makes another image out of that one (a
 * team's flow image adding its code and requirements to the product's published image): it is
 * never the build of the image it starts from. A compose file running the published image (`image:
 * acme/acme:3-python3.11`, no `build:`) runs the product, not the team's code layered on it, so
 * such a Dockerfile must not be taken for that image's source when nothing else tags it
 * (own-image.ts picks "the only untagged Dockerfile", and the layered one may be that only one).
 *
 * Pure.
 */
import { imageName } from './images.js';

/** An image's name without registry default, tag or digest, lower-cased (`docker.io/library/x:1` → `x`). */
function bareImage(image: string): string {
  return imageName(image).toLowerCase().replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
}

/** Whether a Dockerfile whose final stage starts from `baseImage` builds on `image` rather than building it. */
export function buildsOnImage(baseImage: string | undefined, image: string): boolean {
  if (baseImage === undefined || baseImage.trim() === '') return false;
  return bareImage(baseImage) === bareImage(image);
}
