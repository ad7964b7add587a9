/**
 * The drift report for an uploaded scan (the JSON of `patchbay scan --format json`): what the
 * files show that the catalog does not document, and what the catalog documents that the files
 * no longer show. The same scan can then be applied as proposals, after a dry-run preview.
 *
 * The scan lives only in this page's memory (it can be megabytes; it does not belong in a URL).
 */
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { useCanWrite } from '../../api/access';
import { request } from '../../api/client';
import { useAll, useInvalidate } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import type { Integration } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Evidence } from './Evidence';
import { formatConfidence } from './proposal-view';
import { MAX_SCAN_FILE_BYTES, parseScanFile, scanSystemNames, type ScanDocument, type ScannedIntegration } from './scan-file';

interface DriftReport {
  undocumented: ScannedIntegration[];
  notFound: Integration[];
}

interface ApplyOutcome {
  import: { dryRun: boolean; changed: boolean };
  proposed: string[];
  refreshed: string[];
  documented: { finding: string; integration: string }[];
  rejected: string[];
  newSystems: string[];
}

interface Loaded {
  fileName: string;
  scan: ScanDocument;
}

export function DriftView() {
  const canWrite = useCanWrite();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [drift, setDrift] = useState<DriftReport | null>(null);
  const [preview, setPreview] = useState<ApplyOutcome | null>(null);
  const [applied, setApplied] = useState<ApplyOutcome | null>(null);
  const [problem, setProblem] = useState<{ error: unknown; title: string } | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const systems = useAll('system');
  const invalidate = useInvalidate();

  const catalogNames = useMemo(() => new Map((systems.data ?? []).map((system) => [system.id, system.name])), [systems.data]);
  const scanNames = useMemo(() => (loaded ? scanSystemNames(loaded.scan) : new Map<string, string>()), [loaded]);
  const nameOf = (id: string) => catalogNames.get(id) ?? scanNames.get(id) ?? id;

  async function readFile(file: File) {
    setProblem(null);
    setDrift(null);
    setPreview(null);
    setApplied(null);
    setLoaded(null);
    if (file.size > MAX_SCAN_FILE_BYTES) {
      setProblem({ error: new ApiProblem(413, { title: `${file.name} is too large`, detail: `Scan files up to ${MAX_SCAN_FILE_BYTES / 1024 / 1024} MB can be uploaded here; use \`patchbay scan --drift\` for larger ones.` }), title: `${file.name} is too large` });
      return;
    }
    const parsed = parseScanFile(file.name, await file.text());
    if (!parsed.ok) {
      setProblem({ error: new ApiProblem(400, { ...parsed.problem }), title: parsed.problem.title });
      return;
    }
    setLoaded({ fileName: file.name, scan: parsed.scan });
    setWorking('Comparing the scan with the catalog…');
    try {
      setDrift((await request<DriftReport>('/api/v1/discovery/drift', { method: 'POST', body: parsed.scan })).data);
    } catch (error) {
      setProblem({ error, title: `The server refused ${file.name}` });
    } finally {
      setWorking(null);
    }
  }

  async function apply(dryRun: boolean) {
    if (!loaded) return;
    setProblem(null);
    setWorking(dryRun ? 'Previewing…' : 'Applying…');
    try {
      const outcome = (await request<ApplyOutcome>('/api/v1/discovery/apply', { method: 'POST', body: loaded.scan, query: dryRun ? { dryRun: true } : {} })).data;
      if (dryRun) setPreview(outcome);
      else {
        setApplied(outcome);
        setPreview(null);
        await invalidate();
        // The drift changes once the findings are proposals; show it as it now stands.
        setDrift((await request<DriftReport>('/api/v1/discovery/drift', { method: 'POST', body: loaded.scan })).data);
      }
    } catch (error) {
      setProblem({ error, title: dryRun ? 'The preview failed' : 'The scan was not applied; nothing was changed' });
    } finally {
      setWorking(null);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  return (
    <div className="drift">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="scan-file">Scan result file (JSON)</label>
        <input
          id="scan-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
            // Choosing the same file again (after fixing it) must read it again.
            event.target.value = '';
          }}
        />
        <p className="muted">
          Drop the output of <code>patchbay scan PATHS --format json</code> here, or choose it above. Only integrations between systems the scan saw are
          judged.
        </p>
      </div>

      {working ? (
        <p className="muted" role="status">
          {working}
        </p>
      ) : null}
      {problem ? <ProblemAlert error={problem.error} title={problem.title} /> : null}

      {loaded ? (
        <p className="scan-summary">
          <strong>{loaded.fileName}</strong>: {loaded.scan.systems.length} systems, {loaded.scan.integrations.length} integrations.
        </p>
      ) : null}

      {drift && loaded ? (
        <>
          <section aria-labelledby="undocumented-title">
            <h2 id="undocumented-title">Found in code but not documented ({drift.undocumented.length})</h2>
            <p className="muted">Findings already proposed count here until they are accepted.</p>
            {drift.undocumented.length === 0 ? (
              <p className="empty">Everything the scan found is documented (or was rejected).</p>
            ) : (
              <table className="data" aria-labelledby="undocumented-title">
                <thead>
                  <tr>
                    <th scope="col">Finding</th>
                    <th scope="col">Mechanism</th>
                    <th scope="col">Confidence</th>
                    <th scope="col">Evidence</th>
                  </tr>
                </thead>
                <tbody>
                  {drift.undocumented.map((finding) => (
                    <tr key={finding.id}>
                      <td>
                        <div className="ends">
                          {nameOf(finding.source)} <span aria-hidden="true">→</span>
                          <span className="discovery-sr-only"> to </span> {nameOf(finding.target)}
                        </div>
                        <code className="muted">{finding.id}</code>
                        {finding.channel ? <div className="muted">channel {finding.channel}</div> : null}
                      </td>
                      <td>{finding.mechanism}</td>
                      <td>{formatConfidence(finding.confidence)}</td>
                      <td>
                        <Evidence items={finding.evidence} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="not-found-title">
            <h2 id="not-found-title">Documented but no longer found ({drift.notFound.length})</h2>
            {drift.notFound.length === 0 ? (
              <p className="empty">Every documented integration between the scanned systems was found.</p>
            ) : (
              <table className="data" aria-labelledby="not-found-title">
                <thead>
                  <tr>
                    <th scope="col">Integration</th>
                    <th scope="col">Mechanism</th>
                    <th scope="col">Status</th>
                    <th scope="col">Recorded evidence</th>
                    <th scope="col">
                      <span className="discovery-sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {drift.notFound.map((integration) => (
                    <tr key={integration.id}>
                      <td>
                        <div className="ends">
                          <Link to={`/inventory/integrations/${encodeURIComponent(integration.id)}`}>{integration.name ?? integration.id}</Link>
                        </div>
                        <div className="muted">
                          {nameOf(integration.source)} → {nameOf(integration.target)}
                        </div>
                        <code className="muted">{integration.id}</code>
                      </td>
                      <td>{integration.mechanism}</td>
                      <td>{integration.status ?? 'active'}</td>
                      <td>
                        <Evidence items={integration.provenance?.evidence} />
                      </td>
                      <td>
                        {canWrite ? (
                          <Link to={`/inventory/integrations/${encodeURIComponent(integration.id)}/edit`} aria-label={`Edit ${integration.id}`}>
                            Edit
                          </Link>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="apply-title" className="apply-scan">
            <h2 id="apply-title">Propose these findings</h2>
            <p className="muted">
              Applying adds each undocumented finding as a proposal for review (and the systems it needs). Findings already documented are recognised, earlier
              proposals refreshed, rejected ones left out. Preview first: nothing is written until you apply.
            </p>
            <div className="page-actions">
              <button type="button" disabled={working !== null} onClick={() => void apply(true)}>
                Preview proposals (dry run)
              </button>
              {preview && canWrite ? (
                <button type="button" className="primary" disabled={working !== null} onClick={() => void apply(false)}>
                  Apply as proposals
                </button>
              ) : null}
              {preview && !canWrite ? (
                <p className="muted" role="note">
                  Your token is read-only: a write token is needed to apply.
                </p>
              ) : null}
            </div>
            {preview ? <ApplySummary outcome={preview} heading="Preview — nothing written yet" /> : null}
            {applied ? <ApplySummary outcome={applied} heading="Applied" /> : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

function ApplySummary({ outcome, heading }: { outcome: ApplyOutcome; heading: string }) {
  const lines: [string, string[]][] = [
    [outcome.import.dryRun ? 'Would propose' : 'Proposed', outcome.proposed],
    [outcome.import.dryRun ? 'Would refresh' : 'Refreshed', outcome.refreshed],
    ['Already documented', outcome.documented.map((item) => `${item.finding} (as ${item.integration})`)],
    ['Rejected before, left out', outcome.rejected],
    [outcome.import.dryRun ? 'New systems to create' : 'New systems created', outcome.newSystems],
  ];
  return (
    <div className="notice apply-summary" role="status" aria-label={heading}>
      <strong>{heading}</strong>
      <dl>
        {lines.map(([label, ids]) => (
          <div key={label}>
            <dt>
              {label} ({ids.length})
            </dt>
            <dd>{ids.length === 0 ? <span className="muted">none</span> : ids.map((id) => <code key={id}>{id}</code>)}</dd>
          </div>
        ))}
      </dl>
      {!outcome.import.dryRun && outcome.proposed.length + outcome.refreshed.length > 0 ? (
        <p>
          <Link to="/discovery">Review the proposals</Link>
        </p>
      ) : null}
    </div>
  );
}
