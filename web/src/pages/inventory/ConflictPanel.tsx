/**
 * Shown when a save met a newer version on the server (412): what differs between the server's
 * version and the user's form, field by field, who changed each, and the ways forward. The form
 * below keeps every edit until the user chooses.
 */
import { forwardRef } from 'react';
import { describeValue, labelOf } from './formModel';
import type { ConflictRow } from './mergePatch';

export const ConflictPanel = forwardRef<HTMLDivElement, {
  rows: ConflictRow[];
  serverRevision: number | undefined;
  actor?: string | undefined;
  busy: boolean;
  onReapply: () => void;
  onOverwrite: () => void;
  onDiscard: () => void;
}>(function ConflictPanel({ rows, serverRevision, actor, busy, onReapply, onOverwrite, onDiscard }, ref) {
  return (
    <div ref={ref} className="conflict" role="alert" aria-labelledby="conflict-title" tabIndex={-1} data-problem-code="version-mismatch">
      <h2 id="conflict-title">Someone else changed this while you were editing</h2>
      <p>
        The server now has revision {serverRevision ?? '?'}
        {actor ? <> (by {actor})</> : null}. Nothing was saved; your edits are still in the form below.
      </p>
      {rows.length === 0 ? (
        <p>Your version and the server's now agree on every field this form shows.</p>
      ) : (
        <table className="data conflict-table" aria-label="Differences between the server and your edit">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">On the server now</th>
              <th scope="col">Your edit</th>
              <th scope="col">Changed by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path} className={row.changedOnServer && row.changedByMe ? 'both-changed' : undefined}>
                <th scope="row">{labelOf(row.path)}</th>
                <td data-side="server">{describeValue(row.path.split('.')[0]!, row.server)}</td>
                <td data-side="mine">{describeValue(row.path.split('.')[0]!, row.mine)}</td>
                <td>{row.changedOnServer && row.changedByMe ? 'both of you' : row.changedOnServer ? 'the other change' : 'you'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="conflict-actions">
        <button type="button" className="primary" onClick={onReapply} disabled={busy}>
          Reload and reapply my changes
        </button>
        <button type="button" className="danger" onClick={onOverwrite} disabled={busy}>
          Overwrite with my version
        </button>
        <button type="button" onClick={onDiscard} disabled={busy}>
          Discard my changes
        </button>
      </div>
      <p className="muted fine-print">
        Reapply takes the server's version and applies the fields you changed on top, for you to review and save. Overwrite saves your version of every field that differs,
        including ones only the other change touched.
      </p>
    </div>
  );
});
