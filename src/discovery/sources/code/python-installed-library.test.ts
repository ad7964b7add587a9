/**
 * A Python client library kept in the repository as a project of its own and installed by its
 * published release (`acmeclient==5.12.3`), end to end: project files, code and compose read by
 * their sources, then resolved (core/discovery/python-distributions.ts, resolve.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource as dockerCompose } from '../config/docker-compose.js';
import { projectMarkers } from '../project-markers.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  if (source === pythonCodeSource) return readSnippetWithNames(source, path, text);
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const COMPOSE = code`
  services:
    rabbitmq:
      image: rabbitmq:3.13
    importer:
      build: ./importer
      environment:
        BROKER_HOST: rabbitmq
    exporter:
      build: ./exporter
      environment:
        BROKER_HOST: rabbitmq
`;
const HELPER = code`
  import os
  import pika


  class Helper:
      def __init__(self):
          self.channel = pika.BlockingConnection(pika.ConnectionParameters(host=os.environ["BROKER_HOST"])).channel()

      def listen(self, callback):
          self.channel.basic_consume(queue="bundles", on_message_callback=callback)

      def send(self, body):
          self.channel.basic_publish(exchange="", routing_key="bundles", body=body)
`;
const IMPORTER = code`
  from acmeclient.helper import Helper


  def main():
      helper = Helper()
      helper.send(b"bundle")


  if __name__ == "__main__":
      main()
`;
const exporterCode = (module: string): string =>
  module === 'acmeclient'
    ? code`
  from acmeclient.helper import Helper


  def main():
      helper = Helper()
      helper.listen(print)


  if __name__ == "__main__":
      main()
`
    : code`
  from ${module} import Enricher


  def main():
      Enricher().enrich(b"bundle")


  if __name__ == "__main__":
      main()
`;

/** The edges of the scan: the library in `client/`, the two services installing what their requirements say. */
async function edges(library: { file: string; text: string }, importer: string, exporter: string, exporterModule: string): Promise<string[]> {
  const facts = [
    ...(await read(dockerCompose, 'docker-compose.yml', COMPOSE)),
    ...(await read(projectMarkers, library.file, library.text)),
    ...(await read(projectMarkers, 'client/setup.py', 'from setuptools import setup\n\nsetup()\n')),
    ...(await read(pythonCodeSource, 'client/acmeclient/helper.py', HELPER)),
    ...(await read(projectMarkers, 'importer/requirements.txt', importer)),
    ...(await read(pythonCodeSource, 'importer/main.py', IMPORTER)),
    ...(await read(projectMarkers, 'exporter/requirements.txt', exporter)),
    ...(await read(pythonCodeSource, 'exporter/main.py', exporterCode(exporterModule))),
  ];
  const graph = resolveFacts(facts);
  expect(graph.systems.map((system) => system.id)).not.toContain('client');
  return graph.integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
}

const SETUP_CFG = { file: 'client/setup.cfg', text: '[metadata]\nname = acmeclient\nversion = 5.12.3\n' };

describe('a Python library of the repository installed by its published name', () => {
  it.each<[string, { file: string; text: string }, string, string, string, string[]]>([
    ['pinned release, each service by what it reaches', SETUP_CFG, 'acmeclient==5.12.3\n', 'AcmeClient>=5\n', 'acmeclient', ['importer -> rabbitmq', 'rabbitmq -> exporter']],
    ['a pyproject-declared library', { file: 'client/pyproject.toml', text: '[project]\nname = "acme_client"\n' }, 'acme-client==5.12.3\n', 'acme.client\n', 'acmeclient', ['importer -> rabbitmq', 'rabbitmq -> exporter']],
    ['another package of the same prefix is not the library, even given the setting it reads', SETUP_CFG, 'acmeclient==5.12.3\n', 'acmeclient-extra==1.0\n', 'acmeclient_extra', ['importer -> rabbitmq']],
  ])('%s', async (_label, library, importer, exporter, exporterModule, expected) => {
    expect(await edges(library, importer, exporter, exporterModule)).toEqual(expected);
  });
});
