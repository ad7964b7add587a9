/**
 * Quarkus clients whose target is configuration: a `@GrpcClient`'s host (the deployment's env
 * overriding the file), Stork service discovery for gRPC and `stork://` REST URLs, and the model
 * provider of LangChain4j's AI services. Scanned for real.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanPaths } from '../../scan.js';

const GRPC = `package io.arena.duel;

import io.quarkus.grpc.GrpcClient;

public class Gateways {
  @GrpcClient("locations")
  MutinyLocationsGrpc.MutinyLocationsStub locations;
}
`;

const REST = `package io.arena.duel;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "champion-client")
public interface ChampionClient {}
`;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The edges of a compose system running `duel` (built from ./duel) beside `location`, `stats-backend` and `champion`. */
async function edges(java: string, properties: string[], environment: Record<string, string> = {}): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'quarkus-stork-'));
  roots.push(root);
  const env = Object.entries(environment).map(([key, value]) => `      ${key}: "${value}"\n`).join('');
  const files: Record<string, string> = {
    'docker-compose.yml': `services:\n  duel:\n    build: ./duel\n${env ? `    environment:\n${env}` : ''}  location:\n    image: arena/location:1\n  stats-backend:\n    image: arena/stats:1\n  champion:\n    image: arena/champion:1\n`,
    'duel/pom.xml': '<project><artifactId>duel</artifactId></project>\n',
    'duel/Dockerfile': 'FROM eclipse-temurin:21\n',
    'duel/src/main/java/io/arena/duel/Client.java': java,
    'duel/src/main/resources/application.properties': `${properties.join('\n')}\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = await scanPaths([root]);
  return result.integrations.filter((edge) => edge.source === 'duel').map((edge) => `${edge.target} ${edge.mechanism}`).sort();
}

describe('Quarkus gRPC clients and Stork, resolved', () => {
  it.each([
    ['a gRPC client\'s host set by the deployment\'s env over the file\'s localhost', GRPC, ['quarkus.grpc.clients.locations.host=localhost'], { QUARKUS_GRPC_CLIENTS_LOCATIONS_HOST: 'location' }, ['location grpc']],
    ['a gRPC client\'s host in the file', GRPC, ['quarkus.grpc.clients.locations.host=location', 'quarkus.grpc.clients.locations.port=9000'], {}, ['location grpc']],
    [
      'a gRPC client resolved by Stork over a static list',
      GRPC,
      ['quarkus.grpc.clients.locations.host=places', 'quarkus.grpc.clients.locations.name-resolver=stork', 'quarkus.stork.places.service-discovery.type=static', 'quarkus.stork.places.service-discovery.address-list=stats-backend:9000'],
      {},
      ['stats-backend grpc'],
    ],
    ['a REST client on a stork:// URL, Kubernetes discovery of an application', REST, ['quarkus.rest-client.champion-client.url=stork://pool/api', 'quarkus.stork.pool.service-discovery.type=kubernetes', 'quarkus.stork.pool.service-discovery.application=champion'], {}, ['champion rest']],
    [
      'a stork:// URL whose discovery is configured only in %dev names nobody',
      REST,
      ['quarkus.rest-client.champion-client.url=stork://pool/api', '%dev.quarkus.stork.pool.service-discovery.type=static', '%dev.quarkus.stork.pool.service-discovery.address-list=location:8080'],
      {},
      [],
    ],
    [
      'a REST client whose baseUri is a stork:// URL, a static list',
      'import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;\n@RegisterRestClient(baseUri = "stork://places/api")\npublic interface Places {}\n',
      ['quarkus.stork.places.service-discovery.type=static', 'quarkus.stork.places.service-discovery.address-list=location:8080,location-2:8080'],
      {},
      ['location rest'],
    ],
    ['LangChain4j on Ollama, its base URL set by the deployment', REST, ['quarkus.langchain4j.ollama.base-url=http://localhost:11434'], { QUARKUS_LANGCHAIN4J_OLLAMA_BASE_URL: 'http://location:11434' }, ['location rest']],
    ['LangChain4j on Ollama at Quarkus\'s default (this machine) calls nobody', REST, ['quarkus.langchain4j.ollama.chat-model.model-id=llama3'], {}, []],
    ['LangChain4j on OpenAI stubbed by WireMock on localhost calls nobody', REST, ['quarkus.langchain4j.openai.base-url=http://localhost:8089/v1'], {}, []],
    ['LangChain4j on OpenAI', REST, ['quarkus.langchain4j.openai.api-key=${OPENAI_API_KEY}'], {}, ['openai rest']],
  ])('%s', async (_, java, properties, environment, expected) => {
    expect(await edges(java as string, properties as string[], environment as Record<string, string>)).toEqual(expected);
  }, 60000);
});
