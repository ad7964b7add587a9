/** What route groups share: the use cases and how to name the caller in the audit log. */
import type { FastifyRequest } from 'fastify';
import type { AdviceService } from '../services/advice-service.js';
import type { AssessmentService } from '../services/assessment-service.js';
import type { CatalogService } from '../services/catalog-service.js';
import type { DiscoveryService } from '../services/discovery-service.js';
import type { PrioritisationService } from '../services/prioritisation-service.js';
import type { TokenService } from '../services/token-service.js';
import type { Actor } from '../store/catalog-repository.js';

/** The services a server runs on. */
export interface ServerContext {
  catalog: CatalogService;
  tokens: TokenService;
  assessments: AssessmentService;
  advice: AdviceService;
  prioritisation: PrioritisationService;
  discovery: DiscoveryService;
  /** Who the request acts as: the token's name when auth is on. */
  actorOf(request: FastifyRequest): Actor;
}
