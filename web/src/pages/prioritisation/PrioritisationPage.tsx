import { Page } from '../../components/Page';

export function PrioritisationPage() {
  return (
    <Page title="Prioritisation">
      <p className="muted">Coming in this release.</p>
    </Page>
  );
}
