/**
 * The project an image runs because it copies in that project's build output
 * (`COPY cli/build/executable/acme-* /app/acme`, jvm-artifacts.ts buildOutputProject), for the
 * resolver: the folders are the build context's, which a build command gives, else the
 * Dockerfile's own folder or the repository's root. Pure.
 */
import { projectOfBuildOutputs } from './jvm-artifacts.js';
import type { DockerfileBuild } from './node-processes.js';

/** The one project, among those `projects` lists (asked only when the image copies build output), whose output `build` copies in. */
export function projectOfImageOutputs<P extends { roots: ReadonlySet<string> }>(build: DockerfileBuild, projects: () => readonly { project: P }[]): P | undefined {
  const folders = build.builtProjects;
  if (folders === undefined || folders.size === 0) return undefined;
  const candidates = projects().map(({ project }) => ({ project, roots: project.roots }));
  const slash = build.dockerfile.lastIndexOf('/');
  const contexts = build.context !== undefined ? [build.context] : [...new Set([slash < 0 ? '' : build.dockerfile.slice(0, slash), ''])];
  for (const context of contexts) {
    const project = projectOfBuildOutputs(folders, context, candidates);
    if (project !== undefined) return project;
  }
  return undefined;
}
