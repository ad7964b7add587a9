import { elIndexElements, elPaginate, ES_INDEX_PREFIX } from '../database/engine';
import { registerConnectorQueues } from '../database/rabbitmq';

const INDEX = `${ES_INDEX_PREFIX}_internal_objects`;

export const findAllConnectors = async () => {
  const hits = await elPaginate(INDEX, { first: 500, filters: { entity_type: 'Connector' } });
  return hits.map((h) => h._source);
};

export const registerConnector = async ({ id, name, type, scope }) => {
  await registerConnectorQueues(id, name, type, scope);
  const connector = { internal_id: id, name, connector_type: type, connector_scope: scope, entity_type: 'Connector', _index: INDEX, active: true };
  await elIndexElements([connector]);
  return connector;
};
