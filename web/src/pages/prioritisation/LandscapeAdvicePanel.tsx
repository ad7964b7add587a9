/** The landscape's pattern findings: sprawl, whether a gateway is due, and mechanisms that do not fit. */
import { useApi } from '../../api/hooks';
import { Loading } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { patternName } from './AdvicePanel';
import type { LandscapeAdvice } from './types';

export function LandscapeAdvicePanel({ onSelect }: { onSelect: (id: string) => void }) {
  const landscape = useApi<LandscapeAdvice>('/api/v1/advice/landscape');
  return (
    <section className="prio-landscape" aria-labelledby="prio-landscape-heading">
      <h2 id="prio-landscape-heading">Landscape advice</h2>
      {landscape.isPending ? <Loading what="the landscape advice" /> : null}
      <ProblemAlert error={landscape.error} title="The landscape advice could not be loaded" />
      {landscape.data ? (
        <>
          <ul className="prio-summary">
            {landscape.data.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="cards">
            <div className="card">
              <div className="figure">{landscape.data.pointToPoint.directIntegrations}</div>
              direct integrations between {landscape.data.pointToPoint.systems.length} systems
            </div>
            <div className="card">
              <div className="figure">{landscape.data.pointToPoint.brokerSavings}</div>
              direct flows a broker could replace
            </div>
            <div className="card">
              <div className="figure">{landscape.data.gateway.due ? 'Due' : 'Not due'}</div>
              API gateway
            </div>
            <div className="card">
              <div className="figure">{landscape.data.mismatches.length}</div>
              mechanisms that do not fit
            </div>
          </div>
          {landscape.data.mismatches.length > 0 ? (
            <table className="data prio-mismatches">
              <caption>Integrations whose mechanism does not fit what they need</caption>
              <thead>
                <tr>
                  <th scope="col">Integration</th>
                  <th scope="col">Built with</th>
                  <th scope="col">Advised</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {landscape.data.mismatches.map((mismatch) => (
                  <tr key={mismatch.integration}>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(mismatch.integration)}>
                        {mismatch.integration}
                      </button>
                    </td>
                    <td>
                      {mismatch.mechanism}
                      {mismatch.implied ? ` (${patternName(mismatch.implied)})` : ''}
                    </td>
                    <td>
                      {mismatch.kind === 'automate' ? 'Automate: ' : ''}
                      {patternName(mismatch.recommended)}
                    </td>
                    <td>{mismatch.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
