/**
 * Labelled inputs that show the errors for their JSON pointer right beside them (from the form's
 * own checks or from the API's problem), marked aria-invalid and described by the message so a
 * screen reader reads it, and so the form can move focus to the first one.
 */
import { createContext, useContext, type ReactNode } from 'react';

export const FieldErrors = createContext<Map<string, string[]>>(new Map());

/** During a conflict: the server's current value of each field that differs from the form, by pointer. */
export const ServerValues = createContext<Map<string, string>>(new Map());

export function domId(prefix: string, pointer: string): string {
  return `${prefix}${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function useFieldError(pointer: string) {
  const errors = useContext(FieldErrors).get(pointer);
  const server = useContext(ServerValues).get(pointer);
  const errorId = domId('error', pointer);
  const serverNote =
    server === undefined ? null : (
      <span className="server-value" id={domId('server', pointer)}>
        On the server now: {server}
      </span>
    );
  const describedBy = [errors && errors.length > 0 ? errorId : null, server === undefined ? null : domId('server', pointer)].filter(Boolean).join(' ') || undefined;
  return {
    describedBy,
    errors,
    invalid: errors && errors.length > 0 ? true : undefined,
    message: (
      <>
        {errors && errors.length > 0 ? (
          <span className="field-error" id={errorId}>
            {errors.join('; ')}
          </span>
        ) : null}
        {serverNote}
      </>
    ),
  };
}

/** An error for a whole group (a data row, the list of links) rather than one input. */
export function GroupError({ pointer }: { pointer: string }) {
  const { message, invalid, describedBy } = useFieldError(pointer);
  return describedBy ? (
    <div className="group-error" data-pointer={pointer} aria-invalid={invalid} tabIndex={-1}>
      {message}
    </div>
  ) : null;
}

interface BaseProps {
  label: ReactNode;
  pointer: string;
  required?: boolean;
  hint?: ReactNode;
  className?: string;
}

export function TextField({ label, pointer, required, hint, className, value, onChange, type = 'text', placeholder, autoFocus, readOnly }: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: string;
  placeholder?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
}) {
  const { invalid, describedBy, message } = useFieldError(pointer);
  return (
    <div className={`field ${className ?? ''}`} data-pointer={pointer}>
      <label htmlFor={domId('field', pointer)}>
        {label}
        {required ? <span aria-hidden="true" className="required-mark"> *</span> : null}
      </label>
      <input
        id={domId('field', pointer)}
        type={type}
        value={value}
        placeholder={placeholder}
        required={required}
        readOnly={readOnly}
        autoFocus={autoFocus}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? <span className="hint muted">{hint}</span> : null}
      {message}
    </div>
  );
}

export function TextArea({ label, pointer, hint, className, value, onChange }: BaseProps & { value: string; onChange: (value: string) => void }) {
  const { invalid, describedBy, message } = useFieldError(pointer);
  return (
    <div className={`field ${className ?? ''}`} data-pointer={pointer}>
      <label htmlFor={domId('field', pointer)}>{label}</label>
      <textarea id={domId('field', pointer)} rows={3} value={value} aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)} />
      {hint ? <span className="hint muted">{hint}</span> : null}
      {message}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function choices(values: readonly string[]): Choice[] {
  return values.map((value) => ({ value, label: value }));
}

export function SelectField({ label, pointer, required, hint, className, value, onChange, options, emptyLabel }: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  options: Choice[];
  /** The label of "not set"; the API's default applies. */
  emptyLabel?: string;
}) {
  const { invalid, describedBy, message } = useFieldError(pointer);
  // A stored value the choices do not know (a team since removed) stays visible rather than vanishing.
  const known = !value || options.some((option) => option.value === value);
  return (
    <div className={`field ${className ?? ''}`} data-pointer={pointer}>
      <label htmlFor={domId('field', pointer)}>
        {label}
        {required ? <span aria-hidden="true" className="required-mark"> *</span> : null}
      </label>
      <select id={domId('field', pointer)} value={value} required={required} aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel ?? (required ? 'choose…' : '(not set)')}</option>
        {known ? null : <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? <span className="hint muted">{hint}</span> : null}
      {message}
    </div>
  );
}

export function CheckboxField({ label, pointer, className, checked, onChange }: BaseProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { invalid, describedBy, message } = useFieldError(pointer);
  return (
    <div className={`field checkbox ${className ?? ''}`} data-pointer={pointer}>
      <label>
        <input id={domId('field', pointer)} type="checkbox" checked={checked} aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
      {message}
    </div>
  );
}
