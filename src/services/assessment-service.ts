/**
 * The readiness assessment as a use case: score answers, put the catalog's evidence beside them,
 * and keep each assessment with its date and author so progress shows over time.
 */
import { randomBytes } from 'node:crypto';
import { catalogEvidence, compareWithEvidence, type EvidenceComparison, type QuestionEvidence } from '../core/assess/evidence.js';
import { LEVELS, QUESTIONS, answersFromList, answersFromRecord, type Answers } from '../core/assess/questions.js';
import { assess, type AssessmentResult } from '../core/assess/scoring.js';
import { errors } from '../core/errors.js';
import type { Page } from '../core/catalog/queries.js';
import type { AssessmentRepository, StoredAssessment } from '../store/assessment-repository.js';
import type { Actor } from '../store/catalog-repository.js';
import { pageSize, type CatalogService } from './catalog-service.js';

/** What is kept of one assessment. */
export interface AssessmentDocument {
  answers: Answers;
  result: AssessmentResult;
  evidence: QuestionEvidence[];
  comparison: EvidenceComparison[];
}

/** An assessment as the API and CLI return it. */
export type Assessment = StoredAssessment<AssessmentDocument>;

/** Reads answers given as a list of six (`[2,3,1,4,2,3]`) or by question id. */
export function answersFromInput(input: unknown): Answers {
  if (Array.isArray(input)) return answersFromList(input);
  if (input !== null && typeof input === 'object') return answersFromRecord(input as Record<string, unknown>);
  throw errors.invalidInput('answers must be a list of six options (1-4), e.g. [2,3,1,4,2,3], or an object by question id', [
    { pointer: '/answers', message: 'must be a list or an object' },
  ]);
}

/** Assessment use cases. */
export class AssessmentService {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly catalog: CatalogService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The questions, their options and the levels, for forms and prompts. */
  questions() {
    return { questions: QUESTIONS, levels: LEVELS };
  }

  /** What the catalog shows for each question today. */
  async evidence(): Promise<QuestionEvidence[]> {
    return catalogEvidence({ snapshot: await this.catalog.exportDocuments() });
  }

  /** Scores answers and sets them beside the evidence, without keeping anything. */
  async evaluate(answers: Answers): Promise<AssessmentDocument> {
    const result = assess(answers);
    const evidence = await this.evidence();
    return { answers, result, evidence, comparison: compareWithEvidence(result, evidence) };
  }

  /** Scores answers and keeps the assessment. */
  async submit(answers: Answers, author: Actor): Promise<Assessment> {
    const doc = await this.evaluate(answers);
    const now = this.clock();
    const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const assessment: Assessment = { id: `asm-${stamp}-${randomBytes(3).toString('hex')}`, takenAt: now.toISOString(), author: author.name, doc };
    await this.assessments.insert(assessment);
    return assessment;
  }

  /** Assessments, newest first. */
  history(limit?: number, cursor?: string): Promise<Page<Assessment>> {
    return this.assessments.list(pageSize(limit), cursor);
  }

  /** One assessment. */
  get(id: string): Promise<Assessment> {
    return this.assessments.get(id);
  }
}
