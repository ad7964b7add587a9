import { describe, expect, it } from 'vitest';
import { clickhouseConfigGroups, clickhouseMountGroups } from './clickhouse-config.js';

describe('clickhouseMountGroups', () => {
  const [fileGroup] = clickhouseConfigGroups('deploy/ch/config.d/zk.xml');
  const [, folderGroup] = clickhouseConfigGroups('deploy/ch/config.d/zk.xml');
  const [, configFolderGroup] = clickhouseConfigGroups('deploy/ch/config.xml');
  it.each<[string, string, string, (string | undefined)[]]>([
    ['a file of config.d', 'deploy/ch/config.d/zk.xml', '/etc/clickhouse-server/config.d/zk.xml', [fileGroup]],
    ['the config.d folder', 'deploy/ch/config.d', '/etc/clickhouse-server/config.d/', [folderGroup]],
    ['the whole configuration folder', 'deploy/ch', '/etc/clickhouse-server', [configFolderGroup, folderGroup]],
    ['config.xml itself', 'deploy/ch/config.xml', '/etc/clickhouse-server/config.xml', clickhouseConfigGroups('deploy/ch/config.xml').slice(0, 1)],
    ['not users.xml', 'deploy/ch/users.xml', '/etc/clickhouse-server/users.xml', []],
    ['not a data folder', 'deploy/data', '/var/lib/clickhouse', []],
  ])('%s', (_, source, target, expected) => {
    expect(clickhouseMountGroups(source, target)).toEqual(expected);
  });
});
