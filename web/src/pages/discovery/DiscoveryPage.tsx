/**
 * Discovery review: the proposals scans have made, and the drift between an uploaded scan and
 * the catalog. The tab is in the URL (`?tab=drift`) like everything else on the page.
 */
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { DriftView } from './DriftView';
import { ProposalsView } from './ProposalsView';
import './discovery.css';

const TABS = [
  { id: 'proposals', label: 'Proposals' },
  { id: 'drift', label: 'Drift and scans' },
] as const;

export function DiscoveryPage() {
  const [search] = useSearchParams();
  const tab = search.get('tab') === 'drift' ? 'drift' : 'proposals';
  return (
    <Page title="Discovery">
      <div className="discovery">
        <nav className="discovery-tabs" aria-label="Discovery views">
          {TABS.map((item) => (
            <Link key={item.id} to={item.id === 'proposals' ? '/discovery' : '/discovery?tab=drift'} aria-current={tab === item.id ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        {/* Both stay mounted so an uploaded scan and its report survive a look at the proposals. */}
        <div hidden={tab !== 'proposals'}>
          <ProposalsView />
        </div>
        <div hidden={tab !== 'drift'}>
          <DriftView />
        </div>
      </div>
    </Page>
  );
}
