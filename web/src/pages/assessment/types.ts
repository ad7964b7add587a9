/** What the assessment endpoints answer (types only, shared with the server's core). */
import type { EvidenceComparison, QuestionEvidence } from '../../../../src/core/assess/evidence';
import type { Answers, Level, Question } from '../../../../src/core/assess/questions';
import type { AssessmentResult } from '../../../../src/core/assess/scoring';

export type { Answers, AssessmentResult, EvidenceComparison, Level, Question, QuestionEvidence };

/** GET /api/v1/assessment/questions */
export interface QuestionsAnswer {
  questions: Question[];
  levels: Level[];
}

/** The body of a dry run, and the `doc` of a kept assessment. */
export interface AssessmentDocument {
  answers: Answers;
  result: AssessmentResult;
  evidence: QuestionEvidence[];
  comparison: EvidenceComparison[];
}

/** GET /api/v1/assessments/:id and the answer to a save. */
export interface StoredAssessment {
  id: string;
  takenAt: string;
  author: string;
  doc: AssessmentDocument;
}

/** One row of GET /api/v1/assessments. */
export interface AssessmentSummary {
  id: string;
  takenAt: string;
  author: string;
  level: number;
  name: string;
  answers: Record<string, number>;
}
