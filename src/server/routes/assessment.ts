/** The readiness assessment: the questions, the catalog's evidence, and assessments over time. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { MAX_PAGE_SIZE } from '../../core/catalog/queries.js';
import { errors, withPointerPrefix } from '../../core/errors.js';
import { answersFromInput } from '../../services/assessment-service.js';
import type { ServerContext } from '../context.js';
import { NoQuery, problemResponses } from '../http-schemas.js';

const Loose = (description: string) => Type.Object({}, { additionalProperties: true, description });

const AssessmentBody = Type.Object(
  {
    answers: Type.Union([
      Type.Array(Type.Integer({ minimum: 1, maximum: 4 }), { minItems: 6, maxItems: 6, description: 'The option chosen for each question, 1-4, in question order.' }),
      Type.Record(Type.String(), Type.Integer({ minimum: 1, maximum: 4 }), { description: 'The option chosen, by question id.' }),
    ]),
  },
  { additionalProperties: false },
);

const AssessmentSummary = Type.Object({
  id: Type.String(),
  takenAt: Type.String({ format: 'date-time' }),
  author: Type.String(),
  level: Type.Integer(),
  name: Type.String(),
  answers: Loose('The answers by question id.'),
});

/** Registers the assessment routes. */
export async function assessmentRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const tags = ['assessment'];
  app.get('/api/v1/assessment/questions', {
    schema: { tags, operationId: 'getAssessmentQuestions', summary: 'The six questions, their options and the four levels', querystring: NoQuery, response: { 200: Loose('questions and levels'), ...problemResponses() } },
  }, async () => context.assessments.questions());

  app.get('/api/v1/assessment/evidence', {
    schema: { tags, operationId: 'getAssessmentEvidence', summary: 'What the catalog shows for each question today', querystring: NoQuery, response: { 200: Type.Object({ items: Type.Array(Loose('evidence for one question')) }), ...problemResponses() } },
  }, async () => ({ items: await context.assessments.evidence() }));

  app.post('/api/v1/assessments', {
    config: { readOnlyWhenDryRun: true },
    schema: {
      tags,
      operationId: 'createAssessment',
      summary: 'Take the assessment: score the answers, compare them with the evidence, and keep the result',
      description: 'With `dryRun=true` the result is returned and nothing is kept.',
      querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      body: AssessmentBody,
      response: { 200: Loose('the result, not kept (dry run)'), 201: Loose('the kept assessment'), ...problemResponses(413, 415) },
    },
  }, async (request, reply) => {
    const body = request.body as { answers?: unknown } | null;
    if (body === null || typeof body !== 'object' || !('answers' in body)) {
      throw errors.invalidInput('The body must be { "answers": [2,3,1,4,2,3] } (or answers by question id)', [{ pointer: '/answers', message: 'is required' }]);
    }
    const answers = withPointerPrefix('/answers', () => answersFromInput(body.answers));
    if ((request.query as { dryRun?: boolean }).dryRun) return context.assessments.evaluate(answers);
    const assessment = await context.assessments.submit(answers, context.actorOf(request));
    return reply.status(201).header('location', `/api/v1/assessments/${assessment.id}`).send(assessment);
  });

  app.get('/api/v1/assessments', {
    schema: {
      tags,
      operationId: 'listAssessments',
      summary: 'Assessments taken, newest first, to show progress over time',
      querystring: Type.Object(
        { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })), cursor: Type.Optional(Type.String({ maxLength: 200 })) },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ items: Type.Array(AssessmentSummary), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...problemResponses() },
    },
  }, async (request) => {
    const query = request.query as { limit?: number; cursor?: string };
    const page = await context.assessments.history(query.limit, query.cursor);
    return {
      items: page.items.map((item) => ({ id: item.id, takenAt: item.takenAt, author: item.author, level: item.doc.result.level, name: item.doc.result.name, answers: item.doc.answers })),
      nextCursor: page.nextCursor,
    };
  });

  app.get('/api/v1/assessments/:id', {
    schema: {
      tags,
      operationId: 'getAssessment',
      summary: 'One assessment with its result, plan and evidence',
      params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
      querystring: NoQuery,
      response: { 200: Loose('the assessment'), ...problemResponses(404) },
    },
  }, async (request) => context.assessments.get((request.params as { id: string }).id));
}
