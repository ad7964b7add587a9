import { Client as ElkClient } from '@elastic/elasticsearch';
import { Client as OpenClient } from '@opensearch-project/opensearch';
import conf, { booleanConf, logApp } from '../config/conf';

const ELK_ENGINE = 'elk';
const OPENSEARCH_ENGINE = 'opensearch';
export const ES_INDEX_PREFIX = conf.get('elasticsearch:index_prefix') || 'opencti';
const engineSelector = conf.get('elasticsearch:engine_selector') || 'auto';

const searchConfiguration = () => ({
  node: conf.get('elasticsearch:url'),
  proxy: conf.get('elasticsearch:proxy') || null,
  auth: conf.get('elasticsearch:username')
    ? { username: conf.get('elasticsearch:username'), password: conf.get('elasticsearch:password') }
    : undefined,
  ssl: { rejectUnauthorized: booleanConf('elasticsearch:ssl:reject_unauthorized', true) },
});

let engine;
let isElk = true;

const detectEngine = async () => {
  if (engineSelector === ELK_ENGINE) return ELK_ENGINE;
  if (engineSelector === OPENSEARCH_ENGINE) return OPENSEARCH_ENGINE;
  const probe = new ElkClient(searchConfiguration());
  const info = await probe.info();
  return info.version?.distribution === 'opensearch' ? OPENSEARCH_ENGINE : ELK_ENGINE;
};

export const searchEngineInit = async () => {
  const selected = await detectEngine();
  isElk = selected === ELK_ENGINE;
  engine = isElk ? new ElkClient(searchConfiguration()) : new OpenClient(searchConfiguration());
  logApp.info(`[SEARCH] Engine ${selected} client ready`);
  return true;
};

export const elIndexElements = async (elements) => {
  const body = elements.flatMap((doc) => [{ index: { _index: doc._index, _id: doc.internal_id } }, doc]);
  return engine.bulk({ refresh: true, body });
};

export const elPaginate = async (indices, { first = 200, filters = {} } = {}) => {
  const query = { bool: { must: Object.entries(filters).map(([k, v]) => ({ term: { [k]: v } })) } };
  const result = await engine.search({ index: indices, size: first, body: { query } });
  return isElk ? result.hits.hits : result.body.hits.hits;
};

export const elDeleteElements = async (ids) => {
  return engine.deleteByQuery({ index: `${ES_INDEX_PREFIX}*`, body: { query: { terms: { _id: ids } } } });
};
