import { Page } from '../../components/Page';

export function InventoryPage() {
  return (
    <Page title="Inventory">
      <p className="muted">Coming in this release.</p>
    </Page>
  );
}
