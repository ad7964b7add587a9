/** Other weights and thresholds for a what-if: the matrix and sequence follow, nothing is kept. */
import { useEffect, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { COMPLEXITY_FIELDS, VALUE_FIELDS } from './ratings';
import type { Thresholds, Weights } from './types';
import { whatIfForm, whatIfFromForm, type WhatIf } from './what-if';

export function WhatIfPanel({ settings, configured, active, error, onApply, onReset }: { settings: { weights: Weights; thresholds: Thresholds }; configured: { weights: Weights; thresholds: Thresholds }; active: boolean; error: unknown; onApply: (whatIf: WhatIf) => void; onReset: () => void }) {
  const [form, setForm] = useState(() => whatIfForm(settings));
  // Open when a link brings a what-if; after that it stays as the user leaves it.
  const [open, setOpen] = useState(active);
  // Leaving the what-if (here or from the notice above the matrix) shows the configured figures again.
  useEffect(() => {
    if (!active) setForm(whatIfForm(configured));
  }, [active, configured]);
  const fieldErrors = new Map<string, string[]>();
  if (error instanceof ApiProblem) for (const [pointer, messages] of error.fieldErrors) fieldErrors.set(pointer.slice(1).replace(/\//g, '.'), messages);
  const input = (name: string, label: string, props: { min: number; max?: number; step: number }) => {
    const errors = fieldErrors.get(name);
    return (
      <label key={name}>
        {label}
        <input type="number" inputMode="decimal" {...props} value={form[name] ?? ''} aria-invalid={errors ? true : undefined} onChange={(event) => setForm((before) => ({ ...before, [name]: event.target.value }))} />
        {errors ? <span className="field-error">{errors.join('; ')}</span> : null}
      </label>
    );
  };
  return (
    <details className="prio-whatif" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>What if the weights were different?</summary>
      <form
        aria-label="What-if weights"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(whatIfFromForm(form));
        }}
      >
        <p className="muted">Weights are relative (2 counts twice as much; 0 leaves a criterion out). The lines of the matrix sit at the thresholds. Nothing is saved: this only changes what you see here, and the link.</p>
        <fieldset>
          <legend>Value weights</legend>
          <div className="prio-whatif-grid">{VALUE_FIELDS.map((field) => input(`weights.value.${field.key}`, field.label, { min: 0, step: 0.5 }))}</div>
        </fieldset>
        <fieldset>
          <legend>Complexity weights</legend>
          <div className="prio-whatif-grid">{COMPLEXITY_FIELDS.map((field) => input(`weights.complexity.${field.key}`, field.label, { min: 0, step: 0.5 }))}</div>
        </fieldset>
        <fieldset>
          <legend>Thresholds</legend>
          <div className="prio-whatif-grid">
            {input('thresholds.value', 'High value from', { min: 1, max: 5, step: 0.25 })}
            {input('thresholds.complexity', 'High complexity from', { min: 1, max: 5, step: 0.25 })}
          </div>
        </fieldset>
        <div className="prio-ratings-actions">
          <button type="submit" className="primary">
            Show the what-if
          </button>
          {active ? (
            <button type="button" onClick={onReset}>
              Back to the configured weights
            </button>
          ) : null}
        </div>
        <ProblemAlert error={error} title="These weights cannot be used" />
      </form>
    </details>
  );
}
