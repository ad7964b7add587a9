/**
 * The catalog's closed vocabularies, shared with the server's core (the module is plain constant
 * arrays, so it bundles as is): the forms offer exactly the values the API accepts.
 */
export {
  DIRECTIONS,
  FREQUENCIES,
  HEALTHS,
  INTEGRATION_STATUSES,
  LIFECYCLES,
  LINK_TYPES,
  MECHANISMS,
  API_MECHANISMS,
  ORIGINS,
  SYSTEM_KINDS,
  VOLUME_PERIODS,
} from '../../../../src/core/model/vocabulary';
