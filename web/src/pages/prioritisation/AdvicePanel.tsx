/** Pattern advice for one integration, from its declared requirements. */
import { useApi } from '../../api/hooks';
import { Loading } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { IntegrationAdvice } from './types';

const PATTERN_NAME: Record<string, string> = { 'request-response': 'Request-response', 'event-driven': 'Event-driven', 'batch-etl': 'Batch/ETL' };

export function patternName(pattern: string | undefined): string {
  return pattern ? (PATTERN_NAME[pattern] ?? pattern) : 'none';
}

export function AdvicePanel({ id }: { id: string }) {
  const advice = useApi<IntegrationAdvice>(`/api/v1/integrations/${encodeURIComponent(id)}/advice`);
  if (advice.isPending) return <Loading what="the pattern advice" />;
  if (advice.error) return <ProblemAlert error={advice.error} title="The pattern advice could not be loaded" />;
  const { advice: result, mismatch, current, mechanism, requirements } = advice.data;
  const declared = Object.entries(requirements);
  return (
    <section className="prio-advice" aria-labelledby="prio-advice-heading">
      <h3 id="prio-advice-heading">Pattern advice</h3>
      <p>
        <strong className="prio-pattern">{patternName(result.pattern)}</strong>
        {result.style ? <> with {result.style.toUpperCase()}</> : null} <span className={`badge prio-confidence-${result.confidence}`}>{result.confidence} confidence</span>
      </p>
      <p className="muted">
        Built today with {mechanism}
        {current ? ` (${patternName(current)})` : ''}.{' '}
        {declared.length > 0 ? `Requirements: ${declared.map(([key, value]) => `${key} ${String(value)}`).join(', ')}.` : 'No requirements declared, so this is the default.'}
      </p>
      {mismatch ? (
        <p className="prio-mismatch" role="note">
          <strong>{mismatch.kind === 'automate' ? 'Automate it: ' : 'Does not fit: '}</strong>
          {mismatch.reason}
        </p>
      ) : null}
      <h4>Why</h4>
      <ul>
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h4>Trade-offs</h4>
      <ul>
        {result.tradeOffs.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <details>
        <summary>Alternatives and scores</summary>
        <ul>
          {result.alternatives.map((alternative) => (
            <li key={alternative.pattern}>
              <strong>{patternName(alternative.pattern)}</strong>: {alternative.whyNot}
            </li>
          ))}
        </ul>
        <p className="muted">
          Scores: {Object.entries(result.scores).map(([pattern, score]) => `${patternName(pattern)} ${score}`).join(', ')}.
          {result.missing.length > 0 ? ` Declaring ${result.missing.join(', ')} would sharpen the advice.` : ''}
        </p>
      </details>
    </section>
  );
}
