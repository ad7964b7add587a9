import { Page } from '../../components/Page';

export function DiscoveryPage() {
  return (
    <Page title="Discovery">
      <p className="muted">Coming in this release.</p>
    </Page>
  );
}
