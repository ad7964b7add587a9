/**
 * The readiness assessment: six questions with the catalog's evidence beside each answer, a live
 * preview of the level and plan (a dry run: nothing kept), saving, and the level over time.
 * The answers in progress and the assessment being looked at live in the URL.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { request } from '../../api/client';
import { useCanWrite } from '../../api/access';
import { useApi, useInvalidate } from '../../api/hooks';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { answeredCount, answersInOrder, completeAnswers, formatAnswersParam, parseAnswersParam, withAnswer, type Option, type PartialAnswers } from './answers';
import { AssessmentResultView } from './AssessmentResult';
import { HistoryChart } from './HistoryChart';
import { QuestionField } from './QuestionField';
import type { AssessmentDocument, AssessmentSummary, Question, QuestionEvidence, QuestionsAnswer, StoredAssessment } from './types';
import './assessment.css';

const HISTORY_LIMIT = 100;

function when(takenAt: string): string {
  return new Date(takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function AssessmentPage() {
  const [params] = useSearchParams();
  const questions = useApi<QuestionsAnswer>('/api/v1/assessment/questions');
  const viewing = params.get('assessment');
  return (
    <Page title="Assessment">
      {questions.isPending ? <Loading what="the questions" /> : null}
      <ProblemAlert error={questions.error} title="The questions could not be loaded" />
      {questions.data ? viewing ? <PastAssessment id={viewing} questions={questions.data.questions} /> : <AssessmentForm questions={questions.data.questions} /> : null}
      {questions.data ? <History current={viewing} questionIds={questions.data.questions.map((question) => question.id)} /> : null}
    </Page>
  );
}

function AssessmentForm({ questions }: { questions: readonly Question[] }) {
  const [params, setParams] = useSearchParams();
  const ids = useMemo(() => questions.map((question) => question.id), [questions]);
  const answers = parseAnswersParam(params.get('answers'), questions.length);
  const complete = completeAnswers(answers, ids);
  const evidence = useApi<{ items: QuestionEvidence[] }>('/api/v1/assessment/evidence');
  const invalidate = useInvalidate();
  const canWrite = useCanWrite();

  const preview = useQuery({
    queryKey: ['assessment-preview', complete],
    queryFn: async ({ signal }) => (await request<AssessmentDocument>('/api/v1/assessments', { method: 'POST', query: { dryRun: true }, body: { answers: complete }, signal })).data,
    enabled: complete !== null,
    placeholderData: keepPreviousData,
  });

  const save = useMutation({
    mutationFn: async (answersById: Record<string, Option>) => (await request<StoredAssessment>('/api/v1/assessments', { method: 'POST', body: { answers: answersById } })).data,
    onSuccess: async (saved) => {
      // The form's answers go with the saved assessment; the URL now names it, so a reload shows it.
      // "Saved" rides in the history state, not the URL, so a shared link does not claim it.
      setParams({ assessment: saved.id }, { state: { saved: true } });
      await invalidate();
    },
  });

  const setAnswers = (next: PartialAnswers) => {
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        const text = formatAnswersParam(next);
        if (text === null) copy.delete('answers');
        else copy.set('answers', text);
        return copy;
      },
      { replace: true },
    );
  };

  const count = answeredCount(answers);
  return (
    <div className="assess-layout">
      <form
        className="assess-form"
        aria-label="Readiness questions"
        onSubmit={(event) => {
          event.preventDefault();
          if (complete) save.mutate(complete);
        }}
      >
        <p className="muted">Answer for the organisation as it is today, not as it is meant to be. What the catalog shows is set beside each answer; the level comes from your answers only.</p>
        <ProblemAlert error={evidence.error} title="The catalog's evidence could not be loaded (the questions still work)" />
        {questions.map((question, index) => (
          <QuestionField
            key={question.id}
            question={question}
            number={index + 1}
            answer={answers[index] ?? null}
            evidence={evidence.isPending ? 'loading' : evidence.data?.items.find((item) => item.id === question.id)}
            onAnswer={(option) => setAnswers(withAnswer(answers, index, option))}
          />
        ))}
        <div className="assess-actions">
          {canWrite ? (
            <button type="submit" className="primary" disabled={complete === null || save.isPending}>
              {save.isPending ? 'Saving…' : 'Save assessment'}
            </button>
          ) : null}
          {count > 0 ? (
            <button type="button" onClick={() => setAnswers(answers.map(() => null))}>
              Clear answers
            </button>
          ) : null}
          <span className="muted">
            {canWrite ? "Saved under the name of your API token, with today's date." : 'Your token is read-only: the preview is yours to read, saving needs a write token.'}
          </span>
        </div>
        <ProblemAlert error={save.error} title="The assessment was not saved (your answers are still here)" />
      </form>
      <aside className="assess-preview" aria-labelledby="preview-heading" aria-live="polite">
        <h2 id="preview-heading">Preview</h2>
        {complete === null ? (
          <p className="muted">
            {count} of {questions.length} answered. The level and plan show here once every question is answered.
          </p>
        ) : null}
        <ProblemAlert error={preview.error} title="The preview could not be worked out" />
        {complete !== null && preview.data ? <AssessmentResultView doc={preview.data} questions={questions} headingLevel={3} compact /> : null}
        {complete !== null && preview.isPending ? <Loading what="the preview" /> : null}
      </aside>
    </div>
  );
}

function PastAssessment({ id, questions }: { id: string; questions: readonly Question[] }) {
  const location = useLocation();
  const assessment = useApi<StoredAssessment>(`/api/v1/assessments/${encodeURIComponent(id)}`);
  const justSaved = (location.state as { saved?: boolean } | null)?.saved === true;
  const again = assessment.data ? formatAnswersParam(answersInOrder(assessment.data.doc.answers, questions.map((question) => question.id))) : null;
  return (
    <section className="assess-past" aria-labelledby="past-heading">
      <nav className="assess-past-nav" aria-label="Assessment">
        <Link to="/assessment">← Take a new assessment</Link>
        {again ? <Link to={`/assessment?answers=${again}`}>Start again from these answers</Link> : null}
      </nav>
      {assessment.isPending ? <Loading what="the assessment" /> : null}
      <ProblemAlert error={assessment.error} title="This assessment could not be loaded" />
      {assessment.data ? (
        <>
          {justSaved ? (
            <p className="notice" role="status">
              Assessment saved.
            </p>
          ) : null}
          <h2 id="past-heading">
            Assessment of {when(assessment.data.takenAt)} <span className="muted">by {assessment.data.author}</span>
          </h2>
          <AssessmentResultView doc={assessment.data.doc} questions={questions} headingLevel={3} />
        </>
      ) : null}
    </section>
  );
}

function History({ current, questionIds }: { current: string | null; questionIds: readonly string[] }) {
  const history = useApi<{ items: AssessmentSummary[]; nextCursor: string | null }>('/api/v1/assessments', { limit: HISTORY_LIMIT });
  const items = history.data?.items ?? [];
  return (
    <section className="assess-history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.isPending ? <Loading what="earlier assessments" /> : null}
      <ProblemAlert error={history.error} title="Earlier assessments could not be loaded" />
      {history.data && items.length === 0 ? <p className="muted">No assessment has been saved yet.</p> : null}
      {items.length > 0 ? (
        <div className="assess-history-body">
          <HistoryChart items={items} />
          <table className="data" aria-label="Assessments taken">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">By</th>
                <th scope="col">Level</th>
                <th scope="col">Answers</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} aria-current={item.id === current ? 'true' : undefined}>
                  <td>
                    <Link to={`/assessment?assessment=${encodeURIComponent(item.id)}`}>{when(item.takenAt)}</Link>
                  </td>
                  <td>{item.author}</td>
                  <td>
                    <LevelBadgeInline level={item.level} name={item.name} />
                  </td>
                  <td>
                    <code title="Answers in question order">{answersInOrder(item.answers, questionIds).map((answer) => answer ?? '-').join(',')}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.data?.nextCursor ? <p className="muted">The latest {HISTORY_LIMIT} are shown.</p> : null}
        </div>
      ) : null}
    </section>
  );
}

function LevelBadgeInline({ level, name }: { level: number; name: string }) {
  return (
    <span className="assess-level-inline" data-level={level}>
      {level} · {name}
    </span>
  );
}
