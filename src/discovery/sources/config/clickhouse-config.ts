/**
 * ClickHouse server configuration files (core/discovery/clickhouse-config.ts): an XML file whose
 * root is `<clickhouse>` (or the older `<yandex>`) and whose `<zookeeper>` lists the nodes the
 * server coordinates replicas through. Each `<node>`'s `<host>` and `<port>` is a connection of
 * whichever ClickHouse container mounts the file; the connections name no component and belong to
 * no folder, so a copy nothing mounts connects nothing. A node commented out is not there (the XML
 * parser drops comments). `<host from_env="X">` is read as its written default.
 */
import { CLICKHOUSE_COORDINATION, clickhouseConfigGroups } from '../../../core/discovery/clickhouse-config.js';
import { CONFIDENCE, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source } from '../../source.js';
import { neverThrows } from './emit.js';
import { childOf, parseXml } from './xml-nodes.js';

/** The root elements of a ClickHouse server configuration. */
const ROOTS = new Set(['clickhouse', 'yandex']);

/** The ClickHouse configuration source. */
export const clickhouseConfigSource: Source = {
  name: 'clickhouse-config',
  extensions: ['.xml'],
  accepts: (path) => /\.xml$/i.test(path) && !isTestCode(path),
  sniff: (head) => /<(clickhouse|yandex)[\s>]/.test(head) && head.includes('zookeeper'),
  read: neverThrows((file: SourceFile, context) => {
    const root = parseXml(file.text);
    if (!root || !ROOTS.has(root.name)) return [];
    const facts: Fact[] = [];
    for (const zookeeper of root.children.filter((child) => child.name === 'zookeeper')) {
      for (const node of zookeeper.children.filter((child) => child.name === 'node')) {
        const host = childOf(node, 'host')?.text.trim();
        if (!host) continue;
        const port = Number(childOf(node, 'port')?.text.trim());
        for (const group of clickhouseConfigGroups(file.path)) {
          facts.push({ type: 'connection', group, target: { host, ...(Number.isInteger(port) && port > 0 ? { port } : {}) }, role: 'calls', mechanism: 'other', technology: CLICKHOUSE_COORDINATION, evidence: context.evidenceAt(childOf(node, 'host')?.line ?? node.line), confidence: CONFIDENCE.literal });
        }
      }
    }
    // The group exists for whoever mounts the file once it has a member (as alerting-config.ts does).
    if (facts.length === 0) return [];
    const members: Fact[] = clickhouseConfigGroups(file.path).map((group) => ({ type: 'binding', group, key: 'clickhouse-config', value: file.path, evidence: context.evidenceAt(root.line) }));
    return [...members, ...facts];
  }),
};
