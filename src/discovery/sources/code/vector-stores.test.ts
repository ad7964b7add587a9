/**
 * Vector databases and search engines across the language families: a client given the address
 * of a store the deployment runs is a database edge to it; the embedded forms are none, and
 * Pinecone is its vendor's SaaS.
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

interface Case {
  name: string;
  source: Source;
  path: string;
  text: string;
  edges: string[];
}

const STORES = ['weaviate', 'qdrant', 'milvus', 'chroma', 'meili', 'typesense', 'search'];

const CASES: Case[] = [
  // Python
  { name: 'py: weaviate v3 Client(url)', source: pythonCodeSource, path: 'app/db.py', text: code`
      import weaviate
      client = weaviate.Client("http://weaviate:8080")`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'py: weaviate v4 connect_to_custom', source: pythonCodeSource, path: 'app/db.py', text: code`
      import weaviate
      client = weaviate.connect_to_custom(http_host="weaviate", http_port=8080, http_secure=False, grpc_host="weaviate", grpc_port=50051, grpc_secure=False)`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'py: weaviate v4 connect_to_local with a host', source: pythonCodeSource, path: 'app/db.py', text: code`
      import weaviate
      client = weaviate.connect_to_local(host="weaviate", port=8080)`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'py: weaviate v4 connect_to_local on this machine', source: pythonCodeSource, path: 'app/db.py', text: code`
      import weaviate
      client = weaviate.connect_to_local()`, edges: [] },
  { name: 'py: QdrantClient(url=…)', source: pythonCodeSource, path: 'app/db.py', text: code`
      from qdrant_client import QdrantClient
      client = QdrantClient(url="http://qdrant:6333")`, edges: ['app -> qdrant (database) Qdrant'] },
  { name: 'py: AsyncQdrantClient(host=…, port=…)', source: pythonCodeSource, path: 'app/db.py', text: code`
      from qdrant_client import AsyncQdrantClient
      client = AsyncQdrantClient(host="qdrant", port=6333)`, edges: ['app -> qdrant (database) Qdrant'] },
  { name: 'py: QdrantClient(":memory:") runs in the process', source: pythonCodeSource, path: 'app/db.py', text: code`
      from qdrant_client import QdrantClient
      client = QdrantClient(":memory:")`, edges: [] },
  { name: 'py: QdrantClient(path=…) runs in the process', source: pythonCodeSource, path: 'app/db.py', text: code`
      from qdrant_client import QdrantClient
      client = QdrantClient(path="/data/qdrant")`, edges: [] },
  { name: 'py: langchain QdrantVectorStore.from_documents(url=…)', source: pythonCodeSource, path: 'app/db.py', text: code`
      from langchain_qdrant import QdrantVectorStore
      store = QdrantVectorStore.from_documents(docs, embeddings, url="http://qdrant:6333", collection_name="docs")`, edges: ['app -> qdrant (database) Qdrant'] },
  { name: 'py: MilvusClient(uri)', source: pythonCodeSource, path: 'app/db.py', text: code`
      from pymilvus import MilvusClient
      client = MilvusClient("http://milvus:19530")`, edges: ['app -> milvus (database) Milvus'] },
  { name: 'py: Milvus Lite runs in the process', source: pythonCodeSource, path: 'app/db.py', text: code`
      from pymilvus import MilvusClient
      client = MilvusClient("./milvus_demo.db")`, edges: [] },
  { name: 'py: pymilvus connections.connect(host=…)', source: pythonCodeSource, path: 'app/db.py', text: code`
      from pymilvus import connections
      connections.connect("default", host="milvus", port="19530")`, edges: ['app -> milvus (database) Milvus'] },
  { name: 'py: langchain Milvus(connection_args=…)', source: pythonCodeSource, path: 'app/db.py', text: code`
      from langchain_milvus import Milvus
      store = Milvus(embeddings, connection_args={"host": "milvus", "port": "19530"})`, edges: ['app -> milvus (database) Milvus'] },
  { name: 'py: chromadb.HttpClient(host, port)', source: pythonCodeSource, path: 'app/db.py', text: code`
      import chromadb
      client = chromadb.HttpClient(host="chroma", port=8000)`, edges: ['app -> chroma (database) Chroma'] },
  { name: 'py: chromadb.PersistentClient runs in the process', source: pythonCodeSource, path: 'app/db.py', text: code`
      import chromadb
      client = chromadb.PersistentClient(path="./chroma")`, edges: [] },
  { name: 'py: lancedb is embedded', source: pythonCodeSource, path: 'app/db.py', text: code`
      import lancedb
      db = lancedb.connect("./data/lancedb")`, edges: [] },
  { name: 'py: meilisearch.Client(url)', source: pythonCodeSource, path: 'app/db.py', text: code`
      import meilisearch
      client = meilisearch.Client("http://meili:7700", "masterKey")`, edges: ['app -> meili (database) Meilisearch'] },
  { name: 'py: OpenSearch(hosts=[…])', source: pythonCodeSource, path: 'app/db.py', text: code`
      from opensearchpy import OpenSearch
      client = OpenSearch(hosts=["http://search:9200"])`, edges: ['app -> search (database) OpenSearch'] },
  { name: 'py: Pinecone(api_key) is the vendor', source: pythonCodeSource, path: 'app/db.py', text: code`
      from pinecone import Pinecone
      pc = Pinecone(api_key="pk-123")`, edges: ['app -> pinecone (rest) Pinecone'] },
  // TypeScript and JavaScript
  { name: 'ts: weaviate.client({ scheme, host })', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import weaviate from 'weaviate-ts-client';
      export const client = weaviate.client({ scheme: 'http', host: 'weaviate:8080' });`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'ts: weaviate.connectToCustom', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import weaviate from 'weaviate-client';
      export const client = await weaviate.connectToCustom({ httpHost: 'weaviate', httpPort: 8080, grpcHost: 'weaviate', grpcPort: 50051 });`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'ts: new QdrantClient({ url })', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { QdrantClient } from '@qdrant/js-client-rest';
      export const client = new QdrantClient({ url: 'http://qdrant:6333' });`, edges: ['app -> qdrant (database) Qdrant'] },
  { name: 'ts: new MilvusClient({ address })', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { MilvusClient } from '@zilliz/milvus2-sdk-node';
      export const client = new MilvusClient({ address: 'milvus:19530' });`, edges: ['app -> milvus (database) Milvus'] },
  { name: 'ts: new ChromaClient({ path })', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { ChromaClient } from 'chromadb';
      export const client = new ChromaClient({ path: 'http://chroma:8000' });`, edges: ['app -> chroma (database) Chroma'] },
  { name: 'ts: new MeiliSearch({ host })', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { MeiliSearch } from 'meilisearch';
      export const client = new MeiliSearch({ host: 'http://meili:7700', apiKey: 'k' });`, edges: ['app -> meili (database) Meilisearch'] },
  { name: 'ts: new Pinecone({ apiKey })', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { Pinecone } from '@pinecone-database/pinecone';
      export const pc = new Pinecone({ apiKey: 'pk' });`, edges: ['app -> pinecone (rest) Pinecone'] },
  // Go
  { name: 'go: weaviate.NewClient(weaviate.Config{Host})', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import "github.com/weaviate/weaviate-go-client/v4/weaviate"
      func open() { c, _ := weaviate.NewClient(weaviate.Config{Host: "weaviate:8080", Scheme: "http"}); _ = c }`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'go: qdrant.NewClient(&qdrant.Config{Host, Port})', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import "github.com/qdrant/go-client/qdrant"
      func open() { c, _ := qdrant.NewClient(&qdrant.Config{Host: "qdrant", Port: 6334}); _ = c }`, edges: ['app -> qdrant (database) Qdrant'] },
  { name: 'go: meilisearch.New(url)', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import "github.com/meilisearch/meilisearch-go"
      var client = meilisearch.New("http://meili:7700", meilisearch.WithAPIKey("k"))`, edges: ['app -> meili (database) Meilisearch'] },
  // Java
  { name: 'java: new WeaviateClient(new Config("http", host))', source: jvmCodeSource, path: 'app/src/main/java/acme/Db.java', text: code`
      package acme;
      import io.weaviate.client.Config;
      import io.weaviate.client.WeaviateClient;
      class Db {
        WeaviateClient client = new WeaviateClient(new Config("http", "weaviate:8080"));
      }`, edges: ['app -> weaviate (database) Weaviate'] },
  { name: 'java: QdrantGrpcClient.newBuilder(host, port)', source: jvmCodeSource, path: 'app/src/main/java/acme/Db.java', text: code`
      package acme;
      import io.qdrant.client.QdrantClient;
      import io.qdrant.client.QdrantGrpcClient;
      class Db {
        QdrantClient client = new QdrantClient(QdrantGrpcClient.newBuilder("qdrant", 6334, false).build());
      }`, edges: ['app -> qdrant (database) Qdrant'] },
  // C#
  { name: 'c#: new QdrantClient(host, port)', source: csharpCodeSource, path: 'app/Db.cs', text: code`
      using Qdrant.Client;
      public class Db {
        private readonly QdrantClient _client = new QdrantClient("qdrant", 6334);
      }`, edges: ['app -> qdrant (database) Qdrant'] },
  { name: 'c#: new MeilisearchClient(url, key)', source: csharpCodeSource, path: 'app/Db.cs', text: code`
      using Meilisearch;
      public class Db {
        private readonly MeilisearchClient _client = new MeilisearchClient("http://meili:7700", "masterKey");
      }`, edges: ['app -> meili (database) Meilisearch'] },
];

const at = { file: 'docker-compose.yml', line: 1, excerpt: 'services:' };
const deployment: Fact[] = [
  { type: 'component', name: 'app', kind: 'application', root: 'app', evidence: at, confidence: CONFIDENCE.declared },
  ...STORES.map((name): Fact => ({ type: 'component', name, kind: 'database', evidence: at, confidence: CONFIDENCE.declared })),
];
const edges = (facts: readonly Fact[]): string[] =>
  resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism}) ${edge.technology ?? ''}`.trim()).sort();

describe('vector databases and search engines', () => {
  it.each(CASES)('$name', async ({ source, path, text, edges: expected }) => {
    const facts = await readSnippet(source, path, text);
    expect(edges([...facts, ...deployment])).toEqual(expected);
  });
});
