/**
 * Add or edit one entity. Edits go as a JSON Merge Patch of just what the user changed, with
 * If-Match carrying the ETag read when the form opened; a 412 shows what changed on the server
 * beside the user's values and keeps the form as it was. Problems from the API are shown next to
 * their fields (by JSON pointer) and the rest in an alert; focus moves to the first one.
 * Enter (Ctrl+Enter in a text area) saves, Escape cancels.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCanWrite } from '../../api/access';
import { request } from '../../api/client';
import { useInvalidate } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ConflictPanel } from './ConflictPanel';
import { FieldErrors, ServerValues } from './formFields';
import { FORM_KEYS, describeValue, emptyForm, formPointers, placeErrors, toBody, toForm, validateForm, type AnyForm } from './formModel';
import { KindFields } from './KindFields';
import { KINDS, apiPath, detailPath, listPath } from './kinds';
import type { ListKind } from './listParams';
import { conflictRows, mergePatchBetween, reapply, type JsonObject } from './mergePatch';
import { useNames } from './useNames';

type Loose = Record<string, unknown> & { revision?: number };

interface Version {
  entity: Loose;
  etag: string;
}

interface Conflict extends Version {
  actor?: string;
}

function etagOf(answer: { etag: string | null; data: Loose }): string {
  return answer.etag ?? `"${answer.data.revision ?? 0}"`;
}

async function lastActor(kind: ListKind, id: string): Promise<string | undefined> {
  try {
    const audit = await request<{ items: { actor: string }[] }>('/api/v1/audit', { query: { kind, id, limit: 1 } });
    return audit.data.items[0]?.actor;
  } catch {
    return undefined; // Who changed it is a courtesy; the conflict view stands without it.
  }
}

export function EntityEditor({ kind, id }: { kind: ListKind; id?: string }) {
  const info = KINDS[kind];
  const isNew = id === undefined;
  const canWrite = useCanWrite();
  const loaded = useQuery({
    queryKey: [apiPath(kind, id), 'for-edit'],
    queryFn: ({ signal }) => request<Loose>(apiPath(kind, id), { signal }),
    enabled: !isNew,
    // The form keeps the version it opened with; a refetch must not replace the user's edits.
    staleTime: Infinity,
    gcTime: 0,
  });
  if (!canWrite) {
    // Reached by a bookmarked address: say why there is no form rather than offer one that fails.
    return (
      <Page title={isNew ? `Add ${info.singular}` : `Edit ${info.singular} ${id}`}>
        <p className="notice" role="status">
          Your token is read-only, so this {info.singular} cannot be changed here. Sign in with a write token to edit.
        </p>
        <Link to={isNew ? listPath(kind) : detailPath(kind, id)}>← Back</Link>
      </Page>
    );
  }
  if (!isNew && !loaded.data) {
    return (
      <Page title={`Edit ${info.singular} ${id}`}>
        {loaded.error ? <ProblemAlert error={loaded.error} title={`The ${info.singular} could not be loaded`} /> : <Loading what={`the ${info.singular}`} />}
      </Page>
    );
  }
  const opened = loaded.data ? { entity: loaded.data.data, etag: etagOf(loaded.data) } : null;
  return <EditorForm key={id ?? 'new'} kind={kind} opened={opened} />;
}

function EditorForm({ kind, opened }: { kind: ListKind; opened: Version | null }) {
  const info = KINDS[kind];
  const isNew = opened === null;
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const names = useNames();
  const [original, setOriginal] = useState<Version | null>(opened);
  const [form, setForm] = useState<AnyForm>(() => (opened ? toForm(kind, opened.entity) : emptyForm(kind)));
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [problem, setProblem] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const id = original ? String(original.entity.id) : form.id.trim();
  const cancelTo = original ? detailPath(kind, String(original.entity.id)) : listPath(kind);
  const pointers = useMemo(() => formPointers(kind, form), [kind, form]);
  const placed = useMemo(() => placeErrors(errors, pointers), [errors, pointers]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const target =
      conflictRef.current ??
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      alertRef.current;
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }, [focusRequest]);

  const bodyOf = (entity: Loose): JsonObject => toBody(kind, toForm(kind, entity));

  function showProblem(error: unknown) {
    setProblem(error);
    setErrors(error instanceof ApiProblem ? error.fieldErrors : new Map());
    setFocusRequest((count) => count + 1);
  }

  async function showConflict() {
    const current = await request<Loose>(apiPath(kind, id));
    setConflict({ entity: current.data, etag: etagOf(current), actor: await lastActor(kind, id) });
    setProblem(null);
    setErrors(new Map());
    setFocusRequest((count) => count + 1);
  }

  async function saved(entity: Loose, message: string) {
    await invalidate();
    navigate(detailPath(kind, String(entity.id)), { state: { notice: message } });
  }

  /** Sends the user's changes as a merge patch against `base`, guarded by its ETag. */
  async function sendPatch(base: Version) {
    const patch = mergePatchBetween(bodyOf(base.entity), toBody(kind, form));
    if (Object.keys(patch).length === 0) {
      navigate(detailPath(kind, id), { state: { notice: 'Nothing changed, so nothing was saved.' } });
      return;
    }
    try {
      const answer = await request<Loose>(apiPath(kind, id), { method: 'PATCH', body: patch, contentType: 'application/merge-patch+json', ifMatch: base.etag });
      await saved(answer.data, `Saved: revision ${answer.data.revision}.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) await showConflict();
      else showProblem(error);
    }
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    setNotice(null);
    const own = validateForm(kind, form);
    if (own.size > 0) {
      setProblem(new ApiProblem(400, { title: 'Some fields need attention', detail: 'Fix the fields marked below and save again.' }));
      setErrors(own);
      setFocusRequest((count) => count + 1);
      return;
    }
    setBusy(true);
    try {
      if (original === null) {
        try {
          const answer = await request<Loose>(apiPath(kind), { method: 'POST', body: toBody(kind, form) });
          await saved(answer.data, `Created ${info.singular} ${String(answer.data.id)}.`);
        } catch (error) {
          showProblem(error);
        }
      } else if (conflict) {
        // Enter must not overwrite someone else's change by accident: the choice is made above.
        setFocusRequest((count) => count + 1);
      } else {
        await sendPatch(original);
      }
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  }

  async function overwrite() {
    if (!conflict) return;
    const base = { entity: conflict.entity, etag: conflict.etag };
    setOriginal(base);
    setConflict(null);
    await sendPatch(base);
  }

  function reapplyMine() {
    if (!conflict || !original) return;
    const merged = reapply(bodyOf(original.entity), bodyOf(conflict.entity), toBody(kind, form));
    setForm(toForm(kind, merged));
    setOriginal({ entity: conflict.entity, etag: conflict.etag });
    setConflict(null);
    setNotice(`Loaded revision ${conflict.entity.revision} and reapplied your changes. Review them and save.`);
  }

  function discardMine() {
    if (!conflict) return;
    setForm(toForm(kind, conflict.entity));
    setOriginal({ entity: conflict.entity, etag: conflict.etag });
    setConflict(null);
    setNotice(`Loaded revision ${conflict.entity.revision}; your changes were discarded.`);
  }

  /** Leaves without saving; typed edits are only dropped when the user says so. */
  function cancel() {
    const openedBody = opened ? bodyOf(opened.entity) : toBody(kind, emptyForm(kind));
    const dirty = Object.keys(mergePatchBetween(openedBody, toBody(kind, form))).length > 0;
    if (dirty && !window.confirm('Leave this form and lose your changes?')) return;
    navigate(cancelTo);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const rows = conflict && original ? conflictRows(bodyOf(original.entity), bodyOf(conflict.entity), toBody(kind, form), FORM_KEYS[kind]) : [];
  const serverValues = new Map(rows.map((row) => [`/${row.path.replaceAll('.', '/')}`, describeValue(row.path.split('.')[0]!, row.server)]));
  const unplaced = problem instanceof ApiProblem ? new ApiProblem(problem.status, { ...problem.problem, errors: placed.elsewhere }) : problem;
  const title = isNew ? `Add ${info.singular}` : `Edit ${info.singular} ${String(opened.entity.name ?? opened.entity.id)}`;

  return (
    <Page title={title}>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {conflict ? (
        <ConflictPanel
          ref={conflictRef}
          rows={rows}
          serverRevision={conflict.entity.revision}
          actor={conflict.actor}
          busy={busy}
          onReapply={reapplyMine}
          onOverwrite={() => {
            setBusy(true);
            void overwrite()
              .catch(showProblem)
              .finally(() => setBusy(false));
          }}
          onDiscard={discardMine}
        />
      ) : null}
      {problem ? (
        <div ref={alertRef} tabIndex={-1} className="problem-holder">
          <ProblemAlert error={unplaced} title={problem instanceof ApiProblem && problem.status === 400 && !problem.problem.type ? undefined : `The ${info.singular} was not saved: ${problem instanceof ApiProblem ? problem.problem.title ?? '' : ''}`} />
        </div>
      ) : null}
      {names.error ? <ProblemAlert error={names.error} title="The lists of teams, domains and systems could not be loaded" /> : null}
      <ServerValues.Provider value={serverValues}>
        <FieldErrors.Provider value={placed.byField}>
          <form ref={formRef} className="entity-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-label={title}>
            <KindFields kind={kind} form={form} update={(change) => setForm((current) => change(current))} isNew={isNew} names={names} />
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy}>
                {busy ? 'Saving…' : isNew ? `Create ${info.singular}` : 'Save changes'}
              </button>
              <button type="button" onClick={cancel}>
                Cancel
              </button>
              <span className="muted fine-print">Enter or Ctrl+Enter saves · Escape cancels{original ? ` · editing revision ${original.entity.revision}` : ''}</span>
            </div>
          </form>
        </FieldErrors.Provider>
      </ServerValues.Provider>
    </Page>
  );
}
