/**
 * A section of a settings file bound whole to a class: Dropwizard's Jackson binding of
 * `conf/app.yaml` to its configuration class (code/dropwizard-config.ts), where the field
 * `elasticSearchConfiguration` holds the section `elasticsearch` and its class's getters are that
 * section's keys. The code names such a section `$ref:config-section:elasticsearch` (for the field's
 * path `code:AppConfig.elasticSearchConfiguration`, and for the class `code:ElasticSearchConfiguration`);
 * a member read below it (`code:ElasticSearchConfiguration.host`,
 * `code:AppConfig.elasticSearchConfiguration.host`) is the section's key `elasticsearch.host`.
 * Unlike a Spring property prefix (resolve.ts, memberOfBoundPrefix), a section may be a top-level
 * key without a dot, and the path may start at the section's class itself. Pure.
 */

/** The value prefix that marks a binding as a whole section of a settings file. */
export const CONFIG_SECTION = 'config-section:';

const SECTION_VALUE = /^\$ref:config-section:(.*)$/;
const CODE_PATH = /^code:([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$-]*)+)$/;

/**
 * The member of a bound section a code path reads: the longest prefix of the path that `prefixOf`
 * finds bound to a section, with the rest of the path appended to the section's key
 * (`$ref:elasticsearch.host`); undefined when no prefix is a section.
 */
export function sectionMember<F extends { value: string }>(key: string, prefixOf: (prefix: string) => F | undefined): F | undefined {
  const path = CODE_PATH.exec(key)?.[1];
  if (path === undefined) return undefined;
  const segments = path.split('.');
  for (let cut = segments.length - 1; cut >= 1; cut -= 1) {
    const prefix = prefixOf(`code:${segments.slice(0, cut).join('.')}`);
    const section = prefix ? SECTION_VALUE.exec(prefix.value)?.[1] : undefined;
    if (prefix && section !== undefined) return { ...prefix, value: `$ref:${[section, ...segments.slice(cut)].filter((part) => part !== '').join('.')}` };
  }
  return undefined;
}
