/**
 * Vector databases and search engines, as datastores: the official client of each product, and the
 * LangChain and LlamaIndex vector-store wrappers that take the store's address themselves. A
 * wrapper handed a client (`QdrantVectorStore(client=client)`) says nothing the client's own
 * construction does not, so only the address-taking forms are read.
 *
 * Left out on purpose: the embedded forms, which run inside the process and reach no server —
 * LanceDB (`lancedb.connect("./data")`), Chroma's `PersistentClient`/`EphemeralClient`, Qdrant's
 * `QdrantClient(":memory:")` or `path=`, Milvus Lite (`MilvusClient("./milvus.db")`), none of which
 * gives an address the target picks read — and Pinecone's address, which the SDK looks up itself:
 * Pinecone is a SaaS vendor, named after itself.
 */
import type { Signature } from './code-model.js';
import { uses, vendor } from './signature-builders.js';

/** A Python or JavaScript call given both forms: the name imported alone and read off its module. */
const both = (names: readonly string[]): string[] => names.flatMap((name) => [name, `*.${name}`]);

const WEAVIATE_PY = ['weaviate', 'langchain_weaviate', 'llama_index.vector_stores.weaviate'];
const QDRANT_PY = ['qdrant_client'];
const LANGCHAIN_STORES = ['langchain_community.vectorstores', 'langchain.vectorstores'];

/** Python: weaviate-client (v3 and v4), qdrant-client, pymilvus, chromadb, meilisearch, typesense, elasticsearch, opensearch-py, pinecone, and the wrappers. */
export const VECTOR_STORES_PYTHON: readonly Signature[] = [
  // weaviate-client v3 `weaviate.Client("http://weaviate:8080")`; v4 helpers name host and port apart.
  uses('database', 'Weaviate', ['weaviate.Client', 'weaviate.client.Client'], { imports: WEAVIATE_PY, target: [0, 'url'] }),
  uses('database', 'Weaviate', ['weaviate.connect_to_custom', 'weaviate.use_async_with_custom'], { imports: WEAVIATE_PY, target: ['http_host'], port: ['http_port'], bareHost: true }),
  // `connect_to_local()` with no host is the developer's own machine; only a host given says where.
  uses('database', 'Weaviate', ['weaviate.connect_to_local', 'weaviate.use_async_with_local'], { imports: WEAVIATE_PY, target: ['host'], port: ['port'], bareHost: true, knownOnly: true }),
  uses('database', 'Weaviate', ['weaviate.connect_to_weaviate_cloud', 'weaviate.connect_to_wcs'], { imports: WEAVIATE_PY, target: ['cluster_url', 0], bareHost: true }),
  uses('database', 'Weaviate', ['ConnectionParams.from_url'], { imports: WEAVIATE_PY, target: [0, 'url'] }),
  uses('database', 'Weaviate', ['ConnectionParams.from_params'], { imports: WEAVIATE_PY, target: ['http_host'], port: ['http_port'], bareHost: true }),
  uses('database', 'Qdrant', both(['QdrantClient', 'AsyncQdrantClient']), { imports: QDRANT_PY, target: ['url', 'host', 'location', 0], port: ['port'], bareHost: true }),
  uses('database', 'Qdrant', both(['QdrantVectorStore.from_documents', 'QdrantVectorStore.from_texts', 'QdrantVectorStore.from_existing_collection', 'Qdrant.from_documents', 'Qdrant.from_texts']), {
    imports: ['langchain_qdrant', ...LANGCHAIN_STORES],
    target: ['url', 'host', 'location'],
    port: ['port'],
    bareHost: true,
    knownOnly: true,
  }),
  uses('database', 'Qdrant', both(['QdrantVectorStore']), { imports: ['llama_index.vector_stores.qdrant'], target: ['url'], knownOnly: true }),
  uses('database', 'Milvus', both(['MilvusClient', 'AsyncMilvusClient']), { imports: ['pymilvus'], target: ['uri', 0] }),
  uses('database', 'Milvus', ['connections.connect', '*.connections.connect'], { imports: ['pymilvus'], target: ['uri', 'host'], port: ['port'], bareHost: true }),
  uses('database', 'Milvus', both(['Milvus', 'Milvus.from_documents', 'Milvus.from_texts']), {
    imports: ['langchain_milvus', ...LANGCHAIN_STORES],
    target: ['connection_args.uri', 'connection_args.host'],
    port: ['connection_args.port'],
    bareHost: true,
    knownOnly: true,
  }),
  uses('database', 'Milvus', both(['MilvusVectorStore']), { imports: ['llama_index.vector_stores.milvus'], target: ['uri'], knownOnly: true }),
  // Chroma's client-server mode; `chromadb.HttpClient()` alone is localhost:8000, the developer's.
  uses('database', 'Chroma', ['chromadb.HttpClient', 'chromadb.AsyncHttpClient', 'HttpClient', 'AsyncHttpClient'], { imports: ['chromadb'], target: ['host', 0], port: ['port', 1], bareHost: true, knownOnly: true }),
  uses('database', 'Meilisearch', ['meilisearch.Client', 'Client', 'AsyncClient'], { imports: ['meilisearch', 'meilisearch_python_sdk'], target: [0, 'url'] }),
  uses('database', 'Typesense', ['typesense.Client'], { imports: ['typesense'], target: ['0.nodes', 'nodes'] }),
  uses('database', 'Elasticsearch', both(['Elasticsearch', 'AsyncElasticsearch']), { imports: ['elasticsearch'], target: ['hosts', 0, 'cloud_id'] }),
  uses('database', 'Elasticsearch', both(['ElasticsearchStore', 'ElasticsearchStore.from_documents', 'ElasticsearchStore.from_texts']), { imports: ['langchain_elasticsearch', 'llama_index.vector_stores.elasticsearch', ...LANGCHAIN_STORES], target: ['es_url'], knownOnly: true }),
  uses('database', 'OpenSearch', both(['OpenSearch', 'AsyncOpenSearch']), { imports: ['opensearchpy'], target: ['hosts', 0], bareHost: true }),
  uses('database', 'OpenSearch', both(['OpenSearchVectorSearch', 'OpenSearchVectorSearch.from_documents', 'OpenSearchVectorSearch.from_texts']), { imports: LANGCHAIN_STORES, target: ['opensearch_url', 0], knownOnly: true }),
  // Redis Stack's vector search through the wrappers; plain redis-py is read with the other Redis clients.
  uses('database', 'Redis', both(['Redis.from_documents', 'Redis.from_texts', 'Redis.from_existing_index', 'RedisVectorStore']), { imports: ['langchain_redis', 'llama_index.vector_stores.redis', ...LANGCHAIN_STORES], target: ['redis_url'], knownOnly: true }),
  uses('database', 'PostgreSQL', both(['PGVector', 'PGVector.from_documents', 'PGVector.from_texts']), { imports: ['langchain_postgres', ...LANGCHAIN_STORES], target: ['connection', 'connection_string'], knownOnly: true }),
  uses('database', 'PostgreSQL', ['PGVectorStore.from_params'], { imports: ['llama_index.vector_stores.postgres'], target: ['connection_string', 'host'], port: ['port'], bareHost: true, knownOnly: true }),
  vendor('Pinecone', [...both(['Pinecone', 'PineconeGRPC', 'PineconeAsyncio']), 'pinecone.init'], { imports: ['pinecone'] }),
];

const WEAVIATE_JS = ['weaviate-ts-client', 'weaviate-client'];

/** TypeScript and JavaScript: weaviate-ts-client and weaviate-client, the Qdrant, Milvus, Chroma, Meilisearch, Typesense, Elasticsearch and OpenSearch clients, Pinecone, LangChain.js. */
export const VECTOR_STORES_TYPESCRIPT: readonly Signature[] = [
  // weaviate-ts-client `weaviate.client({ scheme: 'http', host: 'weaviate:8080' })`; weaviate-client v3 `connectToCustom`.
  uses('database', 'Weaviate', ['weaviate.client', '*.client'], { imports: WEAVIATE_JS, target: ['host'], bareHost: true }),
  uses('database', 'Weaviate', ['weaviate.connectToCustom', 'connectToCustom'], { imports: WEAVIATE_JS, target: ['httpHost'], port: ['httpPort'], bareHost: true }),
  uses('database', 'Weaviate', ['weaviate.connectToLocal', 'connectToLocal'], { imports: WEAVIATE_JS, target: ['host'], port: ['port'], bareHost: true, knownOnly: true }),
  uses('database', 'Weaviate', ['weaviate.connectToWeaviateCloud', 'connectToWeaviateCloud', 'weaviate.connectToWCS'], { imports: WEAVIATE_JS, target: [0], bareHost: true }),
  uses('database', 'Qdrant', ['new QdrantClient'], { imports: ['@qdrant/js-client-rest', '@qdrant/js-client-grpc', '@qdrant/qdrant-js'], target: ['url', 'host'], port: ['port'], bareHost: true }),
  uses('database', 'Milvus', ['new MilvusClient'], { imports: ['@zilliz/milvus2-sdk-node'], target: [0, 'address'], bareHost: true }),
  uses('database', 'Chroma', ['new ChromaClient'], { imports: ['chromadb'], target: ['path', 'host'], port: ['port'], bareHost: true, knownOnly: true }),
  uses('database', 'Meilisearch', ['new MeiliSearch', 'new Meilisearch'], { imports: ['meilisearch'], target: ['host'] }),
  uses('database', 'Typesense', ['new Typesense.Client', 'new Client'], { imports: ['typesense'], target: ['nodes', 'nearestNode'] }),
  uses('database', 'Elasticsearch', ['new Client'], { imports: ['@elastic/elasticsearch'], target: ['node', 'nodes'] }),
  uses('database', 'OpenSearch', ['new Client'], { imports: ['@opensearch-project/opensearch'], target: ['node', 'nodes'] }),
  // LangChain.js stores given an address in their config (the second argument) rather than a client.
  uses('database', 'Qdrant', ['new QdrantVectorStore', 'QdrantVectorStore.fromDocuments', 'QdrantVectorStore.fromTexts', 'QdrantVectorStore.fromExistingCollection'], { imports: ['@langchain/qdrant', '@langchain/community/vectorstores/qdrant'], target: ['1.url', '2.url'], knownOnly: true }),
  uses('database', 'Chroma', ['new Chroma', 'Chroma.fromDocuments', 'Chroma.fromTexts', 'Chroma.fromExistingCollection'], { imports: ['@langchain/community/vectorstores/chroma'], target: ['1.url', '2.url'], knownOnly: true }),
  uses('database', 'Milvus', ['new Milvus', 'Milvus.fromDocuments', 'Milvus.fromTexts', 'Milvus.fromExistingCollection'], { imports: ['@langchain/community/vectorstores/milvus'], target: ['1.url', '2.url'], knownOnly: true }),
  vendor('Pinecone', ['new Pinecone'], { imports: ['@pinecone-database/pinecone'] }),
];

/** Go: the Weaviate, Qdrant, Milvus and Meilisearch clients, and Pinecone. */
export const VECTOR_STORES_GO: readonly Signature[] = [
  uses('database', 'Weaviate', ['weaviate.NewClient', 'weaviate.New'], { imports: ['github.com/weaviate/weaviate-go-client'], target: ['0.Host', 'Host'], bareHost: true }),
  uses('database', 'Qdrant', ['qdrant.NewClient'], { imports: ['github.com/qdrant/go-client'], target: ['0.Host', 'Host'], port: ['0.Port', 'Port'], bareHost: true }),
  uses('database', 'Milvus', ['client.NewClient', 'client.NewGrpcClient', 'milvusclient.New'], { imports: ['github.com/milvus-io/milvus-sdk-go', 'github.com/milvus-io/milvus/client'], target: ['1.Address', 'Address', 1], bareHost: true }),
  uses('database', 'Meilisearch', ['meilisearch.New', 'meilisearch.NewClient'], { imports: ['github.com/meilisearch/meilisearch-go'], target: [0, '0.Host', 'Host'] }),
  vendor('Pinecone', ['pinecone.NewClient', 'pinecone.NewClientBase'], { imports: ['github.com/pinecone-io/go-pinecone'] }),
];

/** Java and Kotlin: the Weaviate, Qdrant and Meilisearch clients' connection settings, and Pinecone. */
export const VECTOR_STORES_JVM: readonly Signature[] = [
  // `new WeaviateClient(new Config("http", "weaviate:8080"))`: the Config names scheme and host.
  uses('database', 'Weaviate', ['new Config'], { imports: ['io.weaviate.client'], target: [1], bareHost: true }),
  uses('database', 'Qdrant', ['QdrantGrpcClient.newBuilder'], { imports: ['io.qdrant.client'], target: [0], port: [1], bareHost: true }),
  uses('database', 'Meilisearch', ['new Config'], { imports: ['com.meilisearch.sdk'], target: [0] }),
  vendor('Pinecone', ['new Pinecone.Builder', 'Pinecone.Builder'], { imports: ['io.pinecone'] }),
];

/** C#: the Qdrant, Milvus, Meilisearch and Elasticsearch clients, and Pinecone. */
export const VECTOR_STORES_CSHARP: readonly Signature[] = [
  uses('database', 'Qdrant', ['new QdrantClient'], { imports: ['Qdrant.Client'], target: [0, 'host', 'address'], port: [1, 'port'], bareHost: true }),
  uses('database', 'Milvus', ['new MilvusClient'], { imports: ['Milvus.Client'], target: [0, 'host', 'endpoint'], port: [1, 'port'], bareHost: true }),
  uses('database', 'Meilisearch', ['new MeilisearchClient'], { imports: ['Meilisearch'], target: [0, 'url'] }),
  uses('database', 'Elasticsearch', ['new ElasticsearchClient', 'new ElasticsearchClientSettings'], { imports: ['Elastic.Clients.Elasticsearch'], target: [0] }),
  vendor('Pinecone', ['new PineconeClient'], { imports: ['Pinecone'] }),
];

/** The words that let a file through each family's prefilter (see prefilter.ts). */
export const VECTOR_STORE_TRIGGERS = ['weaviate', 'qdrant', 'milvus', 'chroma', 'meili', 'typesense', 'elasticsearch', 'opensearch', 'pinecone', 'vectorstore', 'vector_store', 'pgvector'];
