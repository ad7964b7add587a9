/** Opens a catalog database and wires the use cases over it: the one composition root. */
import { openDatabase, type DatabaseHandle, type OpenOptions } from '../store/database.js';
import { CatalogRepository } from '../store/catalog-repository.js';
import { TokenRepository } from '../store/token-repository.js';
import { AssessmentRepository } from '../store/assessment-repository.js';
import { AdviceService } from './advice-service.js';
import { AssessmentService } from './assessment-service.js';
import { CatalogService } from './catalog-service.js';
import { DecisionRepository } from '../store/decision-repository.js';
import { DiscoveryService } from './discovery-service.js';
import { PrioritisationService, type PrioritisationSettings } from './prioritisation-service.js';
import { TokenService } from './token-service.js';

/** An open Patchbay: its database and the services over it. */
export interface Patchbay {
  database: DatabaseHandle;
  catalog: CatalogService;
  tokens: TokenService;
  assessments: AssessmentService;
  advice: AdviceService;
  prioritisation: PrioritisationService;
  discovery: DiscoveryService;
  close(): Promise<void>;
}

/** Settings the services take beyond the database. */
export interface ServiceSettings {
  prioritisation?: PrioritisationSettings;
  clock?: () => Date;
}

/** Wires the services over an open database. */
export function servicesOver(database: DatabaseHandle, settings: ServiceSettings = {}): Patchbay {
  const clock = settings.clock ?? (() => new Date());
  const catalog = new CatalogService(new CatalogRepository(database.db, database.engine), clock);
  return {
    database,
    catalog,
    tokens: new TokenService(new TokenRepository(database.db), clock),
    assessments: new AssessmentService(new AssessmentRepository(database.db), catalog, clock),
    advice: new AdviceService(catalog),
    prioritisation: new PrioritisationService(catalog, settings.prioritisation),
    discovery: new DiscoveryService(catalog, new DecisionRepository(database.db), clock),
    close: () => database.close(),
  };
}

/** Opens the database (migrating it) and wires the services. */
export async function openPatchbay(options: OpenOptions = {}, settings: ServiceSettings = {}): Promise<Patchbay> {
  const database = await openDatabase(options);
  try {
    return servicesOver(database, settings);
  } catch (error) {
    await database.close();
    throw error;
  }
}
