/** One question as a native radio group (arrow keys move within it), with the catalog's evidence beside it. */
import { Link } from 'react-router';
import { evidenceView, verdictLabel } from './evidence-view';
import type { Option } from './answers';
import type { Question, QuestionEvidence } from './types';

export function QuestionField({ question, number, answer, evidence, onAnswer }: { question: Question; number: number; answer: Option | null; evidence: QuestionEvidence | undefined | 'loading'; onAnswer: (option: Option) => void }) {
  const view = evidenceView(evidence, answer);
  const evidenceId = `evidence-${question.id}`;
  return (
    <fieldset className="assess-question" aria-describedby={evidenceId}>
      <legend>
        <span className="assess-question-number">{number}.</span> {question.title}
      </legend>
      <div className="assess-question-body">
        <div>
          <p className="assess-question-text">{question.text}</p>
          <div className="assess-options">
            {question.options.map((option) => {
              const descriptionId = `${question.id}-${option.value}-description`;
              return (
                <label key={option.value} className={answer === option.value ? 'chosen' : ''}>
                  <input type="radio" name={question.id} value={option.value} checked={answer === option.value} onChange={() => onAnswer(option.value)} aria-describedby={descriptionId} />
                  <span>
                    <span className="assess-option-label">
                      {option.value}. {option.label}
                    </span>
                    {view.suggested === option.value ? <span className="badge assess-suggested">catalog suggests</span> : null}
                    <span id={descriptionId} className="assess-option-description">
                      {option.description}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </div>
        <aside id={evidenceId} className={`assess-evidence verdict-${view.verdict}`} aria-label={`Evidence for ${question.title}`} aria-busy={view.verdict === 'loading'}>
          <strong className="assess-verdict">{verdictLabel(view)}</strong>
          {view.basis ? <span className="badge">{view.basis === 'measured' ? 'measured from the catalog' : 'declared in the catalog'}</span> : null}
          <p>{view.detail}</p>
          {evidence !== 'loading' && evidence?.status === 'evidence' && evidence.incomplete && evidence.incomplete.length > 0 ? (
            <details>
              <summary>Complete the records</summary>
              <ul>
                {evidence.incomplete.map((record) => (
                  <li key={record.id}>
                    <Link to={`/inventory/integrations/${encodeURIComponent(record.id)}`}>{record.id}</Link>: {record.missing.join(', ')}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </aside>
      </div>
    </fieldset>
  );
}
