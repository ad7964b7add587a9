import { v4 as uuid } from 'uuid';
import { elIndexElements, elPaginate, ES_INDEX_PREFIX } from '../database/engine';
import { storeEvent } from '../database/redis';
import { normalizeName } from '../utils/format';

const INDEX = `${ES_INDEX_PREFIX}_stix_domain_objects`;

export const findById = async (id) => {
  const hits = await elPaginate(INDEX, { first: 1, filters: { internal_id: id } });
  return hits[0]?._source;
};

export const findAll = async ({ first = 50 }) => {
  const hits = await elPaginate(INDEX, { first, filters: { entity_type: 'Report' } });
  return hits.map((h) => h._source);
};

export const addReport = async (input) => {
  const report = { ...input, name: normalizeName(input.name), internal_id: uuid(), entity_type: 'Report', _index: INDEX };
  await elIndexElements([report]);
  await storeEvent({ type: 'create', data: report });
  return report;
};
