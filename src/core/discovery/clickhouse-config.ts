/**
 * ClickHouse's server configuration (`/etc/clickhouse-server/config.xml` and the files of its
 * `config.d/`): the `<zookeeper>` nodes are where replicated tables keep their replicas' metadata
 * and where distributed DDL is queued. That is ClickHouse's own data path to ZooKeeper (or
 * ClickHouse Keeper), an integration of mechanism `other`, where every other ZooKeeper client is
 * the control plane's (names.ts). The file's connections are in groups a ClickHouse container
 * takes in by mounting the file or its folder (docker-compose.ts). Pure: no I/O.
 */
import { CONFIGMAP_SETTINGS_GROUP } from './binding-groups.js';
import { folderOf } from './file-paths.js';

/** The technology of the connections read from a ClickHouse server's `<zookeeper>`. */
export const CLICKHOUSE_COORDINATION = 'ClickHouse replication';

/** Where the ClickHouse server image reads its configuration. */
const CONFIG_FOLDER = '/etc/clickhouse-server';

const GROUP = `${CONFIGMAP_SETTINGS_GROUP}clickhouse:`;

/** The group of a ClickHouse configuration's connections, for the file and, as a mount may bring its whole folder, for that folder. */
export function clickhouseConfigGroups(file: string): string[] {
  return [`${GROUP}${file}`, `${GROUP}${folderOf(file)}/`];
}

/**
 * The groups a bind mount into a ClickHouse container brings in, where it puts configuration the
 * server reads: `config.xml` itself or a file of `config.d/` (that file's group), the `config.d/`
 * folder (its folder's group), or the whole configuration folder (both). `source` is the scan's
 * path of the mounted file or folder.
 */
export function clickhouseMountGroups(source: string, target: string): string[] {
  const path = target.replace(/\/+$/, '');
  const folder = source.replace(/\/+$/, '');
  if (path === `${CONFIG_FOLDER}/config.xml` || (path.startsWith(`${CONFIG_FOLDER}/config.d/`) && /\.xml$/i.test(path))) return [`${GROUP}${folder}`];
  if (path === `${CONFIG_FOLDER}/config.d`) return [`${GROUP}${folder}/`];
  if (path === CONFIG_FOLDER) return [`${GROUP}${folder}/`, `${GROUP}${folder}/config.d/`];
  return [];
}

/** Whether a binding group holds a ClickHouse configuration's connections. */
export function isClickhouseConfigGroup(group: string): boolean {
  return group.startsWith(GROUP);
}
