import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseScanDocument } from '../../../../src/core/discovery/scan-document.js';
import { scanPaths } from '../../../../src/discovery/scan.js';
import { browserTestsAvailable, startE2E, type E2E } from '../../../test-support/e2e.js';

const run = browserTestsAvailable();
// A budget for a whole user journey on a busy machine, not a timing assertion.
const E2E_TIMEOUT = 120_000;
const FIXTURE = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'discovery', 'fixtures', 'logistics-k8s');
const ACTOR = { name: 'e2e-scan' };

/** A scan of the demo's web shop, CRM and e-mail service: one finding matches what is documented, one is new. */
const DRIFT_SCAN = {
  systems: [
    { id: 'web-shop', name: 'web-shop', kind: 'application', exposesApi: true, defined: true, confidence: 0.95, evidence: [{ file: 'shop/docker-compose.yml', line: 3, excerpt: 'web-shop:' }] },
    { id: 'crm', name: 'crm', kind: 'saas', exposesApi: true, defined: false, confidence: 0.9, evidence: [] },
    { id: 'email-service', name: 'email-service', kind: 'saas', exposesApi: true, defined: false, confidence: 0.9, evidence: [] },
  ],
  integrations: [
    { id: 'web-shop-to-crm', source: 'web-shop', target: 'crm', mechanism: 'rest', direction: 'one-way', confidence: 0.9, evidence: [{ file: 'shop/src/crm.ts', line: 12, excerpt: "await fetch('https://crm.example.org/api/contacts')" }] },
    { id: 'crm-to-web-shop', source: 'crm', target: 'web-shop', mechanism: 'grpc', direction: 'one-way', confidence: 0.85, evidence: [{ file: 'shop/src/loyalty.go', line: 40, excerpt: 'conn, err := grpc.NewClient(os.Getenv("SHOP_ADDR"))' }] },
  ],
  skipped: [],
  stats: { files: 3 },
};

let scan: unknown;
beforeAll(async () => {
  // The real scanner on a fixture, as `patchbay scan --format json` would print it.
  scan = JSON.parse(JSON.stringify(await scanPaths([FIXTURE])));
});

async function api<T>(e2e: E2E, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${e2e.baseUrl}${path}`, { headers: { authorization: `Bearer ${e2e.token}` } });
  return { status: response.status, body: (await response.json()) as T };
}

describe.runIf(run)('discovery review in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('shows proposals with evidence, accepts one, rejects one for good, and reviews several at once', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    const applied = await patchbay.discovery.apply(parseScanDocument(scan), ACTOR);
    expect(applied.proposed).toContain('shipping-to-tracking');
    const pending = (await patchbay.discovery.proposals({ limit: 500 })).items;

    await page.goto('/discovery');
    await page.getByRole('heading', { level: 1, name: 'Discovery' }).waitFor();
    const table = page.locator('table.proposals-table');
    await table.waitFor();
    await expect(page.getByText(`${pending.length} proposals awaiting review`).isVisible()).resolves.toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(pending.length);

    // Source → target by name, mechanism, confidence and the evidence with its excerpt.
    const row = table.locator('tbody tr', { has: page.getByText('shipping-to-tracking', { exact: true }) });
    await expect(row.innerText()).resolves.toMatch(/shipping\s*→\s*to\s+tracking/);
    await expect(row.innerText()).resolves.toContain('rest');
    await expect(row.innerText()).resolves.toContain('85%');
    await expect(row.locator('code.evidence-place').first().innerText()).resolves.toBe('k8s/base/shipping.yaml:23');
    await expect(row.locator('pre.evidence-excerpt').first().innerText()).resolves.toContain('Tracking__BaseUrl');
    await expect(row.getByRole('link', { name: 'Edit shipping-to-tracking' }).getAttribute('href')).resolves.toBe('/inventory/integrations/shipping-to-tracking/edit');

    // Accept one.
    await page.getByRole('button', { name: 'Accept shipping-to-tracking' }).click();
    const outcome = page.getByRole('status', { name: 'Review results' });
    await outcome.getByText('Accepted 1 of 1').waitFor();
    await row.waitFor({ state: 'detached' });
    const accepted = await api<{ status: string; provenance: { origin: string } }>(e2e, '/api/v1/integrations/shipping-to-tracking');
    expect(accepted.body).toMatchObject({ status: 'active', provenance: { origin: 'discovered' } });

    // Reject one: it is removed and stays rejected when the same scan is applied again.
    await page.getByRole('button', { name: 'Reject shipping-to-sqlserver' }).click();
    await outcome.getByText('Rejected 1 of 1').waitFor();
    await expect(outcome.innerText()).resolves.toContain('will not be proposed again');
    expect((await api(e2e, '/api/v1/integrations/shipping-to-sqlserver')).status).toBe(404);
    const again = await patchbay.discovery.apply(parseScanDocument(scan), ACTOR);
    expect(again.rejected).toContain('shipping-to-sqlserver');
    expect(again.proposed).toEqual([]);
    expect((await api(e2e, '/api/v1/integrations/shipping-to-sqlserver')).status).toBe(404);
    await page.reload();
    await table.waitFor();
    await expect(table.getByText('shipping-to-sqlserver', { exact: true }).count()).resolves.toBe(0);

    // Select all on the page, then clear; the selection is in the URL.
    await page.getByLabel('Select all proposals on this page').check();
    const rows = await table.locator('tbody tr').count();
    await page.getByText(`${rows} selected`).waitFor();
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByText('None selected').waitFor();

    // Bulk: two go through; a third, accepted by someone else meanwhile, fails without hiding the others.
    const bulk = ['kafka-to-label-printer-shipment-created', 'label-printer-to-kafka-parcel-events', 'kafka-to-tracking-parcel-events'];
    for (const id of bulk) await page.getByLabel(`Select ${id}`, { exact: true }).check();
    await page.getByText('3 selected').waitFor();
    expect(new URL(page.url()).searchParams.get('selected')?.split(',')).toEqual(bulk);
    await e2e.screenshot('discovery-proposals');
    await patchbay.discovery.accept(['kafka-to-tracking-parcel-events'], { name: 'someone-else' });
    await page.getByRole('button', { name: 'Accept selected' }).click();
    await outcome.getByText('Accepted 2 of 3; 1 failed (still selected)').waitFor();
    await expect(outcome.locator('li[data-status="error"]').innerText()).resolves.toMatch(/kafka-to-tracking-parcel-events.*not a discovery proposal/);
    await page.getByText('1 selected').waitFor();
    for (const id of bulk.slice(0, 2)) {
      expect((await api<{ status: string }>(e2e, `/api/v1/integrations/${id}`)).body.status).toBe('active');
    }
    const left = (await patchbay.discovery.proposals({ limit: 500 })).items.map((item) => item.id).sort();
    expect(left).toEqual(pending.map((item) => item.id).filter((id) => ![...bulk, 'shipping-to-tracking', 'shipping-to-sqlserver'].includes(id)).sort());
    expect(e2e.pageErrors).toEqual([]);
  }, E2E_TIMEOUT);

  it('filters and orders proposals through the API: mechanism, minimum confidence, most confident first', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    await patchbay.discovery.apply(parseScanDocument(scan), ACTOR);
    const proposals = { status: ['proposed'], origin: ['discovered'], mechanism: ['messaging'] };
    const messaging = (await patchbay.catalog.list('integration', proposals, { limit: 500 })).items;

    await page.goto('/discovery?mechanism=messaging');
    const table = page.locator('table.proposals-table');
    await table.waitFor();
    await expect(page.getByLabel('Mechanism').inputValue()).resolves.toBe('messaging');
    await expect(table.locator('tbody tr').count()).resolves.toBe(messaging.length);

    // The server filters: its total counts only the confident ones, not a share of the loaded page.
    const confident = (await patchbay.catalog.list('integration', { ...proposals, confidenceMin: 0.85 }, { limit: 500, sort: '-confidence' })).items;
    expect(confident.length).toBeGreaterThan(1);
    expect(confident.length).toBeLessThan(messaging.length);
    const asked = page.waitForRequest((request) => new URL(request.url()).searchParams.get('confidenceMin') === '0.85');
    await page.getByLabel('Minimum confidence').selectOption('0.85');
    await page.getByLabel('Order').selectOption('-confidence');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await asked;
    await page.waitForURL(/minConfidence=0\.85.*sort=-confidence/);
    await page.getByText(`${confident.length} proposals match the filters`).waitFor();
    const rowIds = async () => table.locator('tbody tr code:not(.evidence-place)').allInnerTexts();
    await expect.poll(rowIds).toEqual(confident.map((item) => item.id));
    const percent = (value: number | undefined) => `${Math.round((value ?? 0) * 100)}%`;
    await expect(table.locator('tbody tr').first().innerText()).resolves.toContain(percent(confident[0]?.provenance?.confidence));

    await page.reload();
    await table.waitFor();
    await expect(page.getByLabel('Order').inputValue()).resolves.toBe('-confidence');
    await expect.poll(rowIds).toEqual(confident.map((item) => item.id));
    expect(e2e.pageErrors).toEqual([]);
  }, E2E_TIMEOUT);

  it('reports drift for a dropped scan file, previews and applies it, and shows problems in a bad one', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    const expected = await patchbay.discovery.drift(parseScanDocument(DRIFT_SCAN));
    expect(expected.undocumented.length).toBeGreaterThan(0);
    expect(expected.notFound.length).toBeGreaterThan(0);

    await page.goto('/discovery');
    await page.getByRole('link', { name: 'Drift and scans' }).click();
    await page.waitForURL(/tab=drift/);

    // A file that is not JSON is refused in the browser, naming what to upload.
    await page.getByLabel('Scan result file (JSON)').setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from('SOURCE TARGET\nshop crm') });
    await expect(page.getByRole('alert').innerText()).resolves.toContain('--format json');

    // A scan the server refuses: its problem names the field.
    const bad = { ...DRIFT_SCAN, integrations: [{ ...DRIFT_SCAN.integrations[0], mechanism: 'carrier-pigeon' }] };
    await page.getByLabel('Scan result file (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert');
    await alert.getByText('The server refused bad.json').waitFor();
    await expect(alert.innerText()).resolves.toContain('/integrations/0/mechanism');

    // Drag and drop the good one.
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'shop-scan.json', { type: 'application/json' }));
      return transfer;
    }, JSON.stringify(DRIFT_SCAN));
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByRole('heading', { name: `Found in code but not documented (${expected.undocumented.length})` }).waitFor();
    await page.getByRole('heading', { name: `Documented but no longer found (${expected.notFound.length})` }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    const undocumented = page.getByRole('table', { name: /Found in code but not documented/ });
    for (const finding of expected.undocumented) await undocumented.getByText(finding.id, { exact: true }).waitFor();
    const grpcRow = undocumented.locator('tbody tr', { has: page.getByText('crm-to-web-shop', { exact: true }) });
    await expect(grpcRow.locator('pre.evidence-excerpt').innerText()).resolves.toContain('grpc.NewClient');
    await expect(grpcRow.locator('code.evidence-place').innerText()).resolves.toBe('shop/src/loyalty.go:40');
    const notFound = page.getByRole('table', { name: /Documented but no longer found/ });
    for (const integration of expected.notFound) await notFound.getByText(integration.id, { exact: true }).waitFor();

    // Preview writes nothing; applying proposes the undocumented finding.
    await page.getByRole('button', { name: 'Preview proposals (dry run)' }).click();
    const preview = page.getByRole('status', { name: 'Preview — nothing written yet' });
    await preview.getByText(`Would propose (${expected.undocumented.length})`).waitFor();
    expect((await api(e2e, '/api/v1/integrations/crm-to-web-shop')).status).toBe(404);
    await e2e.screenshot('discovery-drift');
    await page.getByRole('button', { name: 'Apply as proposals' }).click();
    await page.getByRole('status', { name: 'Applied' }).getByText(`Proposed (${expected.undocumented.length})`).waitFor();
    const proposal = await api<{ status: string; provenance: { origin: string } }>(e2e, '/api/v1/integrations/crm-to-web-shop');
    expect(proposal.body).toMatchObject({ status: 'proposed', provenance: { origin: 'discovered' } });

    // The proposal is waiting on the other tab, and the report is still here on return.
    await page.getByRole('link', { name: 'Proposals', exact: true }).click();
    await page.locator('table.proposals-table').getByText('crm-to-web-shop', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Drift and scans' }).click();
    await page.getByText('shop-scan.json').waitFor();
    await page.getByLabel('Theme').selectOption('dark');
    await e2e.screenshot('discovery-drift-dark');
    expect(e2e.pageErrors).toEqual([]);
  }, E2E_TIMEOUT);
});
