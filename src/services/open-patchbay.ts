/** Opens a catalog database and wires the use cases over it: the one composition root. */
import { openDatabase, type DatabaseHandle, type OpenOptions } from '../store/database.js';
import { CatalogRepository } from '../store/catalog-repository.js';
import { TokenRepository } from '../store/token-repository.js';
import { AssessmentRepository } from '../store/assessment-repository.js';
import { AdviceService } from './advice-service.js';
import { AssessmentService } from './assessment-service.js';
import { CatalogService } from './catalog-service.js';
import { TokenService } from './token-service.js';

/** An open Patchbay: its database and the services over it. */
export interface Patchbay {
  database: DatabaseHandle;
  catalog: CatalogService;
  tokens: TokenService;
  assessments: AssessmentService;
  advice: AdviceService;
  close(): Promise<void>;
}

/** Wires the services over an open database. */
export function servicesOver(database: DatabaseHandle, clock: () => Date = () => new Date()): Patchbay {
  const catalog = new CatalogService(new CatalogRepository(database.db, database.engine), clock);
  return {
    database,
    catalog,
    tokens: new TokenService(new TokenRepository(database.db), clock),
    assessments: new AssessmentService(new AssessmentRepository(database.db), catalog, clock),
    advice: new AdviceService(catalog),
    close: () => database.close(),
  };
}

/** Opens the database (migrating it) and wires the services. */
export async function openPatchbay(options: OpenOptions = {}): Promise<Patchbay> {
  return servicesOver(await openDatabase(options));
}
