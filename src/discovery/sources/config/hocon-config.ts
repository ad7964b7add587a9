/**
 * Typesafe Config / HOCON settings of JVM services (Play Framework front ends, Akka and Lagom
 * services): `application.conf`, `reference.conf` and the other `*.conf` files of a module's
 * `src/main/resources`, or of a Play application's `conf/` folder. Each setting is bound for the
 * module, flattened to its dotted path (hocon.ts), as a Spring file's are, so that code reading it
 * (`config.getString("metadataService.host")`) and resolution's key → environment → address
 * lookup work alike: `key = "localhost"` then `key = ${?GMS_HOST}` is bound `${GMS_HOST:localhost}`.
 * Well-known keys connect as Spring's do (spring-config.ts), and an OpenID Connect discovery URI
 * (`auth.oidc.discoveryUri`) is a call to the identity provider unless its `enabled` switch is
 * false (or, set from the deployment, is not true there).
 *
 * Other `.conf` files (nginx, supervisord, Redis, Apache) share the extension: only those two
 * folders are read, a `conf/` folder only beside a JVM build (`build.sbt`, `build.gradle`,
 * `pom.xml`) or Play's `conf/routes`, names of other programs' files are skipped, and a text shaped
 * as theirs (`[section]` headers, `;`-terminated directives, `<Tags>`) is not read.
 */
import type { Evidence, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { excerptOf } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
import { parseHocon } from './hocon.js';
import { baseName, folderOf } from './paths.js';
import { flatSettingsFacts, moduleRoot } from './spring-config.js';

/** A `.conf` directly in a module's resources (not a test's). */
const RESOURCES_CONF = /(^|\/)src\/main\/resources\/[^/]+\.conf$/;
/** A `.conf` directly in a Play application's `conf/` folder. */
const PLAY_CONF = /^(?:(.*)\/)?conf\/[^/]+\.conf$/;
/** Typesafe Config's own file names. */
const TYPESAFE_NAME = /^(?:application|reference)(?:[-.][^/]*)?\.conf$/i;
/** Other programs' `.conf` files, whatever folder they are in. */
const OTHER_PROGRAMS = /^(?:nginx|default|mime|fastcgi|proxy|ssl|supervisord?|redis|sentinel|httpd|apache2?|haproxy|envoy|logrotate|rsyslog|syslog|ntp|resolv|krb5|my|mysqld|postgresql|pg_hba|pgbouncer|mongod|squid|varnish|dnsmasq|fluent|fluentd|td-agent|telegraf|collectd|php-fpm|www|uwsgi|gunicorn|stunnel|openssl|sshd?|sysctl|limits|modules|locale|host|hosts|nsswitch|zoo|jaas|kafka_server_jaas)([-._][^/]*)?\.conf$/i;

/** Whether a `.conf` path is one this source reads (by path alone). */
export function isHoconSettingsPath(path: string): boolean {
  if (!path.toLowerCase().endsWith('.conf') || /(^|\/)src\/test\//.test(path)) return false;
  if (OTHER_PROGRAMS.test(baseName(path))) return false;
  return RESOURCES_CONF.test(path) || PLAY_CONF.test(path);
}

/** Whether a text is shaped as another format sharing `.conf`: INI sections, nginx/Apache directives. */
export function looksLikeOtherConf(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/^\s+/, '')).filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('//'));
  if (lines.some((line) => /^\[[A-Za-z0-9_ :.*-]+\]\s*$/.test(line))) return true;
  if (lines.some((line) => /^<\/?[A-Za-z][\w-]*(?:\s[^>]*)?>\s*$/.test(line))) return true;
  // HOCON ends no line with `;`; nginx and Apache end each directive so (`listen 80;`, `events { … 1024; }`).
  const directives = lines.filter((line) => /;\s*\}*\s*(?:#.*)?$/.test(line) && !/^[^"]*"[^"]*;[^"]*"\s*$/.test(line)).length;
  return directives >= 2 && directives * 4 >= lines.length;
}

/** A Play application's folder (above `conf/`) holds a JVM build or Play's routes file. */
function playApplication(path: string, context: SourceContext): boolean {
  const root = PLAY_CONF.exec(path)?.[1];
  const prefix = root === undefined ? '' : `${root}/`;
  if (!context.readFile) return TYPESAFE_NAME.test(baseName(path));
  return ['build.sbt', 'build.gradle', 'build.gradle.kts', 'pom.xml', 'conf/routes'].some((name) => context.readFile?.(`${prefix}${name}`) !== undefined);
}

/** Reads one HOCON settings file, with the files it includes. */
function readHoconConfig(file: SourceFile, context: SourceContext): Fact[] {
  const resources = RESOURCES_CONF.test(file.path);
  if (!resources && !playApplication(file.path, context)) return [];
  if (looksLikeOtherConf(file.text)) return [];
  const included = new Map<string, string>();
  const leaves = parseHocon(file.text, file.path, (name, from) => {
    // Relative to the including file; Typesafe Config tries the name, then with `.conf`.
    const folder = folderOf(from ?? file.path);
    const clean = name.replace(/^\.\//, '');
    for (const candidate of [clean, `${clean}.conf`]) {
      const path = folder === '' ? candidate : `${folder}/${candidate}`;
      const text = context.readFile?.(path);
      if (text !== undefined && !looksLikeOtherConf(text)) {
        included.set(path, text);
        return { path, text };
      }
    }
    return undefined;
  });
  const scope = resources ? moduleRoot(file.path) : (PLAY_CONF.exec(file.path)?.[1] ?? '');
  // All files' settings are one view (a switch in one, its endpoint in another); an included
  // file's line is carried past FILE_LINES times its number, and its evidence is its own.
  const files = [...included.keys()];
  const numbered = leaves.map((leaf) => (leaf.file === undefined ? leaf : { ...leaf, line: leaf.line + (files.indexOf(leaf.file) + 1) * FILE_LINES }));
  const evidenceAt = (line: number): Evidence => {
    const index = Math.floor(line / FILE_LINES);
    if (index === 0) return context.evidenceAt(line);
    const path = files[index - 1] as string;
    const own = line % FILE_LINES;
    return { file: path, line: own, excerpt: excerptOf(included.get(path)?.split(/\r?\n/)[own - 1] ?? '') };
  };
  return flatSettingsFacts(numbered, scope, evidenceAt);
}

/** Lines past which an included file's are numbered (none is that long). */
const FILE_LINES = 10_000_000;

/** The HOCON settings source. */
export const hoconConfigSource: Source = {
  name: 'hocon-config',
  extensions: ['.conf'],
  accepts: isHoconSettingsPath,
  read: neverThrows(readHoconConfig),
};
