import { Page } from '../../components/Page';

export function MapPage() {
  return (
    <Page title="Map">
      <p className="muted">Coming in this release.</p>
    </Page>
  );
}
