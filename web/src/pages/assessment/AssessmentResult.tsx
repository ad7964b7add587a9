/** A level with its plan, for the live preview, a saved assessment and a past one alike. */
import { inlineCodeParts } from './plan-text';
import type { AssessmentDocument, Question } from './types';

function PlanText({ text }: { text: string }) {
  return (
    <>
      {inlineCodeParts(text).map((part, index) => (part.code ? <code key={index}>{part.text}</code> : <span key={index}>{part.text}</span>))}
    </>
  );
}

export function LevelBadge({ level, name }: { level: number; name: string }) {
  return (
    <div className="assess-level" data-level={level}>
      <span className="assess-level-number">
        Level {level} <span className="assess-level-of">of 4</span>
      </span>{' '}
      <span className="assess-level-name">{name}</span>
      <span className="assess-level-scale" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={step <= level ? 'on' : ''} />
        ))}
      </span>
    </div>
  );
}

export function AssessmentResultView({ doc, questions, headingLevel = 2, compact = false }: { doc: AssessmentDocument; questions: readonly Question[]; headingLevel?: 2 | 3; compact?: boolean }) {
  const { result, comparison } = doc;
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const titleOf = (id: string | undefined) => questions.find((question) => question.id === id)?.title ?? id ?? '';
  const plan = compact ? result.plan.slice(0, 5) : result.plan;
  return (
    <div className="assess-result">
      <LevelBadge level={result.level} name={result.name} />
      <p className="assess-result-title">
        <strong>{result.title}.</strong> {compact ? null : result.summary}
      </p>
      <p className="muted">
        Mean answer {result.mean}
        {result.heldBackBy.length > 0
          ? `; the mean alone gives level ${result.meanLevel}, held back to ${result.cap} by the weakest area: ${result.heldBackBy.map(titleOf).join(', ')}.`
          : `; weakest area: ${result.weakest.map(titleOf).join(', ')}.`}
      </p>
      {compact ? null : (
        <>
          <Heading>Answers and evidence</Heading>
          <table className="data assess-answers">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {result.answers.map((answer) => {
                const compared = comparison.find((item) => item.id === answer.id);
                return (
                  <tr key={answer.id}>
                    <th scope="row">{answer.title}</th>
                    <td>
                      {answer.answer}. {answer.label}
                    </td>
                    <td>
                      {compared ? (
                        <>
                          <span className={`badge verdict-${compared.status}`}>{compared.status === 'no-evidence' ? 'No evidence' : compared.status === 'agrees' ? 'Agrees' : 'Disagrees'}</span> {compared.note}
                        </>
                      ) : (
                        <span className="muted">Not compared</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <Heading>{compact ? 'Plan, first steps' : 'Improvement plan'}</Heading>
      <ol className="assess-plan">
        {plan.map((item) => (
          <li key={item.priority}>
            {item.kind === 'next-step' ? <span className="badge">{titleOf(item.questionId)}</span> : <span className="badge assess-improvement">Improvement</span>} <PlanText text={item.text} />
          </li>
        ))}
      </ol>
      {compact && result.plan.length > plan.length ? <p className="muted">and {result.plan.length - plan.length} more steps once saved.</p> : null}
    </div>
  );
}
