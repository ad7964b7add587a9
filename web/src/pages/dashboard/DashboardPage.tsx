import { Page } from '../../components/Page';

export function DashboardPage() {
  return (
    <Page title="Dashboard">
      <p className="muted">Coming in this release.</p>
    </Page>
  );
}
