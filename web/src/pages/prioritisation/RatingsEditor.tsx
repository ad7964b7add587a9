/**
 * Edits the ratings on the integration itself (PATCH with If-Match), so the matrix, the CLI and
 * the catalog files all see the same judgement. A refused write keeps what was typed.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { request } from '../../api/client';
import { useCanWrite } from '../../api/access';
import { useInvalidate } from '../../api/hooks';
import { ApiProblem, isConflict } from '../../api/problem';
import type { Integration } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { COMPLEXITY_FIELDS, VALUE_FIELDS, fieldOfPointer, formFromRatings, ratingsPatch, type RatingsForm, type Side, type StoredRatings } from './ratings';
import type { PrioritisedIntegration } from './types';

export function RatingsEditor({ item }: { item: PrioritisedIntegration }) {
  const path = `/api/v1/integrations/${encodeURIComponent(item.id)}`;
  const current = useQuery({ queryKey: [path, 'with-etag'], queryFn: ({ signal }) => request<Integration>(path, { signal }) });
  if (current.isPending) return <p className="muted">Loading the ratings…</p>;
  if (current.error) return <ProblemAlert error={current.error} title="The integration could not be loaded" />;
  // Not keyed by ETag: after a refused write, loading the latest keeps what was typed, and the
  // next save is a patch against the latest version.
  return <RatingsForm item={item} path={path} stored={current.data.data.ratings as StoredRatings | undefined} etag={current.data.etag} onReload={() => current.refetch()} />;
}

function RatingsForm({ item, path, stored, etag, onReload }: { item: PrioritisedIntegration; path: string; stored: StoredRatings | undefined; etag: string | null; onReload: () => void }) {
  const [form, setForm] = useState<RatingsForm>(() => formFromRatings(stored));
  const [saved, setSaved] = useState(false);
  const invalidate = useInvalidate();
  const canWrite = useCanWrite();
  const patch = ratingsPatch(stored, form);
  const save = useMutation({
    mutationFn: async () => {
      if (!patch) return null;
      return request<Integration>(path, { method: 'PATCH', body: patch, contentType: 'application/merge-patch+json', ...(etag ? { ifMatch: etag } : {}) });
    },
    onSuccess: async () => {
      setSaved(true);
      await invalidate();
    },
  });
  const fieldErrors = new Map<string, string[]>();
  if (save.error instanceof ApiProblem) {
    for (const [pointer, messages] of save.error.fieldErrors) {
      const field = fieldOfPointer(pointer);
      if (field) fieldErrors.set(field, messages);
    }
  }

  const select = (side: Side, field: { key: string; label: string; hint: string }) => {
    const id = `rating-${side}-${field.key}`;
    const figure = (item.breakdown[side] as Record<string, { score: number; source: string; reason: string }>)[field.key];
    const errors = fieldErrors.get(`${side}.${field.key}`);
    return (
      <label key={field.key} htmlFor={id}>
        {field.label}
        <select
          id={id}
          value={form[side][field.key] ?? ''}
          aria-describedby={`${id}-hint`}
          aria-invalid={errors ? true : undefined}
          onChange={(event) => {
            setSaved(false);
            setForm((before) => ({ ...before, [side]: { ...before[side], [field.key]: event.target.value } }));
          }}
        >
          <option value="">Not rated</option>
          {[1, 2, 3, 4, 5].map((score) => (
            <option key={score} value={String(score)}>
              {score}
            </option>
          ))}
        </select>
        <span id={`${id}-hint`} className="prio-hint">
          {field.hint}. {figure && figure.source !== 'rated' ? `Now counted as ${figure.score} (${figure.source}: ${figure.reason}).` : ''}
        </span>
        {errors ? <span className="field-error">{errors.join('; ')}</span> : null}
      </label>
    );
  };

  return (
    <form
      className="prio-ratings"
      aria-label={`Ratings of ${item.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <fieldset disabled={!canWrite}>
        <legend>Business value (1 little, 5 a great deal)</legend>
        <div className="prio-ratings-grid">{VALUE_FIELDS.map((field) => select('value', field))}</div>
      </fieldset>
      <fieldset disabled={!canWrite}>
        <legend>Technical complexity (1 simple, 5 hard)</legend>
        <div className="prio-ratings-grid">{COMPLEXITY_FIELDS.map((field) => select('complexity', field))}</div>
      </fieldset>
      {canWrite ? (
      <div className="prio-ratings-actions">
        <button type="submit" className="primary" disabled={!patch || save.isPending}>
          {save.isPending ? 'Saving…' : 'Save ratings'}
        </button>
        <button type="button" disabled={!patch || save.isPending} onClick={() => setForm(formFromRatings(stored))}>
          Undo changes
        </button>
        {saved && !patch ? (
          <span role="status" className="prio-saved">
            Ratings saved.
          </span>
        ) : null}
      </div>
      ) : (
        <p className="muted" role="note">
          Your token is read-only: a write token is needed to change the ratings.
        </p>
      )}
      {isConflict(save.error) ? (
        <div className="problem" role="alert">
          <strong>Someone else changed this integration since you opened it.</strong>
          <p>Your choices are still in the form. Load the latest version to see what changed, then save again.</p>
          <button type="button" onClick={onReload}>
            Load the latest version
          </button>
        </div>
      ) : (
        <ProblemAlert error={save.error} title="The ratings were not saved (your choices are still in the form)" />
      )}
    </form>
  );
}
