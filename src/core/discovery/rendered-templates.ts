/**
 * Bindings of per-service env templates (a prepare step's `templates/core/env.jinja`, an Ansible
 * role's `templates/env.j2`): the template sits nowhere near the code, and the file it renders to
 * does not exist in the repository. The service whose compose file names the rendered file in
 * `env_file:` gets its variables, as compose gives them; where no compose file does, the service
 * named like the template's folder (`core` for `templates/core/env.jinja`), which is how such
 * templates are laid out.
 */
import type { BindingFact } from './facts.js';

/** Whether an `env_file:` path (`common/config/core/env`) is where a template renders (`core/env`). */
export function rendersTo(envFile: string, renderedAs: string): boolean {
  const path = envFile.replace(/^\.\//, '');
  return path === renderedAs || path.endsWith(`/${renderedAs}`);
}

/** The bindings with each env template's bound to the services taking it in (see the module comment). */
export function bindRenderedTemplates(bindings: readonly BindingFact[]): BindingFact[] {
  const envFiles = bindings.filter((binding) => binding.key === 'env_file' && binding.component !== undefined);
  return bindings.flatMap((binding): BindingFact[] => {
    if (binding.renderedAs === undefined) return [binding];
    const { renderedAs, scope: _scope, ...rest } = binding;
    const takers = [...new Set(envFiles.filter((reference) => rendersTo(reference.value, renderedAs)).map((reference) => reference.component as string))];
    const folder = renderedAs.split('/')[0] as string;
    return (takers.length > 0 ? takers : [folder]).map((component) => ({ ...rest, component }));
  });
}
