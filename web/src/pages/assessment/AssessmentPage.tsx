import { Page } from '../../components/Page';

export function AssessmentPage() {
  return (
    <Page title="Assessment">
      <p className="muted">Coming in this release.</p>
    </Page>
  );
}
