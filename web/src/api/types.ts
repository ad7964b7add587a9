/** The catalog's types, shared with the server's core (types only: nothing of the server is bundled). */
export type { Domain, Integration, System, Team, IntegrationInput, SystemInput, DataObjectValue, EvidenceValue, RatingsValue } from '../../../src/core/model/schemas';
export type { Direction, Frequency, Health, IntegrationStatus, Mechanism, SystemKind, EntityKind } from '../../../src/core/model/vocabulary';
