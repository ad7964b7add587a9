/** The inputs of each kind's form. Choices come from the catalog's vocabularies and the loaded lists. */
import type { ReactNode } from 'react';
import type { DataRow, DomainForm, FieldRow, IntegrationForm, LinkRow, SystemForm, TeamForm, AnyForm } from './formModel';
import { CheckboxField, GroupError, SelectField, TextArea, TextField, choices, type Choice } from './formFields';
import type { ListKind } from './listParams';
import type { Names } from './useNames';
import { DIRECTIONS, FREQUENCIES, HEALTHS, INTEGRATION_STATUSES, LIFECYCLES, LINK_TYPES, MECHANISMS, SYSTEM_KINDS, VOLUME_PERIODS } from './vocabulary';

type Update<F> = (change: (form: F) => F) => void;

function Hidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

function teamChoices(names: Names): Choice[] {
  return names.teams.map((team) => ({ value: team.id, label: `${team.name} (${team.id})` }));
}

function CommonFields<F extends AnyForm>({ form, update, isNew }: { form: F; update: Update<F>; isNew: boolean }) {
  return (
    <>
      <TextField
        label="Id"
        pointer="/id"
        required
        value={form.id}
        readOnly={!isNew}
        autoFocus={isNew}
        hint={isNew ? 'lowercase letters, digits and hyphens; it never changes' : 'ids never change'}
        onChange={(id) => update((current) => ({ ...current, id }))}
      />
    </>
  );
}

function NameField<F extends AnyForm>({ form, update, required, autoFocus }: { form: F; update: Update<F>; required: boolean; autoFocus: boolean }) {
  return <TextField label="Name" pointer="/name" required={required} autoFocus={autoFocus} value={form.name} onChange={(name) => update((current) => ({ ...current, name }))} />;
}

function DescriptionAndTags<F extends AnyForm>({ form, update }: { form: F; update: Update<F> }) {
  return (
    <>
      <TextArea className="wide" label="Description" pointer="/description" value={form.description} onChange={(description) => update((current) => ({ ...current, description }))} />
      <TextField className="wide" label="Tags" pointer="/tags" value={form.tags} hint="separated by commas or spaces; lowercase" onChange={(tags) => update((current) => ({ ...current, tags }))} />
    </>
  );
}

function LinksEditor<F extends AnyForm>({ form, update }: { form: F; update: Update<F> }) {
  const setLink = (index: number, change: Partial<LinkRow>) =>
    update((current) => ({ ...current, links: current.links.map((link, at) => (at === index ? { ...link, ...change } : link)) }));
  return (
    <fieldset className="rows">
      <legend>Links</legend>
      <GroupError pointer="/links" />
      {form.links.length === 0 ? <p className="muted">No links.</p> : null}
      {form.links.map((link, index) => (
        <div className="row" key={index} role="group" aria-label={`Link ${index + 1}`}>
          <GroupError pointer={`/links/${index}`} />
          <TextField className="grow" label={<><Hidden>Link {index + 1} </Hidden>URL</>} pointer={`/links/${index}/url`} value={link.url} onChange={(url) => setLink(index, { url })} />
          <TextField label={<><Hidden>Link {index + 1} </Hidden>Title</>} pointer={`/links/${index}/title`} value={link.title} onChange={(title) => setLink(index, { title })} />
          <SelectField label={<><Hidden>Link {index + 1} </Hidden>Type</>} pointer={`/links/${index}/type`} value={link.type} options={choices(LINK_TYPES)} onChange={(type) => setLink(index, { type })} />
          <button type="button" className="remove" onClick={() => update((current) => ({ ...current, links: current.links.filter((_, at) => at !== index) }))}>
            Remove<Hidden> link {index + 1}</Hidden>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update((current) => ({ ...current, links: [...current.links, { url: '', title: '', type: '' }] }))}>
        Add link
      </button>
    </fieldset>
  );
}

export function TeamFields({ form, update, isNew }: { form: TeamForm; update: Update<TeamForm>; isNew: boolean }) {
  return (
    <>
      <div className="form-grid">
        <CommonFields form={form} update={update} isNew={isNew} />
        <NameField form={form} update={update} required autoFocus={!isNew} />
        <TextField label="Contact" pointer="/contact" value={form.contact} hint="e-mail or chat channel" onChange={(contact) => update((current) => ({ ...current, contact }))} />
        <TextField label="On call" pointer="/onCall" value={form.onCall} onChange={(onCall) => update((current) => ({ ...current, onCall }))} />
        <DescriptionAndTags form={form} update={update} />
      </div>
      <LinksEditor form={form} update={update} />
    </>
  );
}

export function DomainFields({ form, update, isNew, names }: { form: DomainForm; update: Update<DomainForm>; isNew: boolean; names: Names }) {
  return (
    <>
      <div className="form-grid">
        <CommonFields form={form} update={update} isNew={isNew} />
        <NameField form={form} update={update} required autoFocus={!isNew} />
        <SelectField label="Owner" pointer="/owner" value={form.owner} options={teamChoices(names)} onChange={(owner) => update((current) => ({ ...current, owner }))} />
        <DescriptionAndTags form={form} update={update} />
      </div>
      <LinksEditor form={form} update={update} />
    </>
  );
}

export function SystemFields({ form, update, isNew, names }: { form: SystemForm; update: Update<SystemForm>; isNew: boolean; names: Names }) {
  return (
    <>
      <div className="form-grid">
        <CommonFields form={form} update={update} isNew={isNew} />
        <NameField form={form} update={update} required autoFocus={!isNew} />
        <SelectField label="Kind" pointer="/kind" required value={form.kind} options={choices(SYSTEM_KINDS)} onChange={(kind) => update((current) => ({ ...current, kind }))} />
        <SelectField label="Owner" pointer="/owner" value={form.owner} options={teamChoices(names)} onChange={(owner) => update((current) => ({ ...current, owner }))} />
        <SelectField
          label="Domain"
          pointer="/domain"
          value={form.domain}
          options={names.domains.map((domain) => ({ value: domain.id, label: `${domain.name} (${domain.id})` }))}
          onChange={(domain) => update((current) => ({ ...current, domain }))}
        />
        <SelectField label="Lifecycle" pointer="/lifecycle" value={form.lifecycle} emptyLabel="(default: active)" options={choices(LIFECYCLES)} onChange={(lifecycle) => update((current) => ({ ...current, lifecycle }))} />
        <SelectField
          label="Exposes an API"
          pointer="/exposesApi"
          value={form.exposesApi}
          emptyLabel="(not known)"
          options={[{ value: 'yes', label: 'yes' }, { value: 'no', label: 'no' }]}
          onChange={(exposesApi) => update((current) => ({ ...current, exposesApi }))}
        />
        <DescriptionAndTags form={form} update={update} />
      </div>
      <LinksEditor form={form} update={update} />
    </>
  );
}

const EMPTY_FIELD: FieldRow = { name: '', type: '', description: '', pii: false };
const EMPTY_DATA: DataRow = { object: '', format: '', volumeCount: '', volumePer: '', volumeUnit: '', fields: [] };

function DataEditor({ form, update }: { form: IntegrationForm; update: Update<IntegrationForm> }) {
  const setRow = (index: number, change: (row: DataRow) => DataRow) =>
    update((current) => ({ ...current, data: current.data.map((row, at) => (at === index ? change(row) : row)) }));
  const setField = (index: number, fieldIndex: number, change: Partial<FieldRow>) =>
    setRow(index, (row) => ({ ...row, fields: row.fields.map((field, at) => (at === fieldIndex ? { ...field, ...change } : field)) }));
  return (
    <fieldset className="rows data-editor">
      <legend>Data carried</legend>
      <GroupError pointer="/data" />
      {form.data.length === 0 ? <p className="muted">No data objects declared.</p> : null}
      {form.data.map((row, index) => {
        const at = `/data/${index}`;
        const objectName = `Data object ${index + 1}${row.object ? `: ${row.object}` : ''}`;
        return (
          <fieldset className="data-object" key={index} aria-label={objectName}>
            <legend>{objectName}</legend>
            <GroupError pointer={at} />
            <div className="row">
              <TextField label={<><Hidden>Data object {index + 1} </Hidden>Object</>} pointer={`${at}/object`} required value={row.object} placeholder="customer" onChange={(object) => setRow(index, (current) => ({ ...current, object }))} />
              <TextField label={<><Hidden>Data object {index + 1} </Hidden>Format</>} pointer={`${at}/format`} value={row.format} placeholder="JSON" onChange={(format) => setRow(index, (current) => ({ ...current, format }))} />
              <TextField label={<><Hidden>Data object {index + 1} </Hidden>Volume</>} pointer={`${at}/volume/count`} type="text" value={row.volumeCount} placeholder="count" onChange={(volumeCount) => setRow(index, (current) => ({ ...current, volumeCount }))} />
              <SelectField label={<><Hidden>Data object {index + 1} volume </Hidden>Per</>} pointer={`${at}/volume/per`} value={row.volumePer} options={choices(VOLUME_PERIODS)} onChange={(volumePer) => setRow(index, (current) => ({ ...current, volumePer }))} />
              <TextField label={<><Hidden>Data object {index + 1} volume </Hidden>Unit</>} pointer={`${at}/volume/unit`} value={row.volumeUnit} placeholder="records" onChange={(volumeUnit) => setRow(index, (current) => ({ ...current, volumeUnit }))} />
              <button type="button" className="remove danger" onClick={() => update((current) => ({ ...current, data: current.data.filter((_, other) => other !== index) }))}>
                Remove object<Hidden> {index + 1}</Hidden>
              </button>
            </div>
            <GroupError pointer={`${at}/volume`} />
            <GroupError pointer={`${at}/fields`} />
            <div className="fields">
              {row.fields.map((field, fieldIndex) => {
                const fieldAt = `${at}/fields/${fieldIndex}`;
                const prefix = `Data object ${index + 1} field ${fieldIndex + 1} `;
                return (
                  <div className="row field-row" key={fieldIndex} role="group" aria-label={`${row.object || `Data object ${index + 1}`} field ${fieldIndex + 1}`}>
                    <GroupError pointer={fieldAt} />
                    <TextField label={<><Hidden>{prefix}</Hidden>Field name</>} pointer={`${fieldAt}/name`} required value={field.name} onChange={(name) => setField(index, fieldIndex, { name })} />
                    <TextField label={<><Hidden>{prefix}</Hidden>Type</>} pointer={`${fieldAt}/type`} value={field.type} placeholder="string" onChange={(type) => setField(index, fieldIndex, { type })} />
                    <TextField className="grow" label={<><Hidden>{prefix}</Hidden>Description</>} pointer={`${fieldAt}/description`} value={field.description} onChange={(description) => setField(index, fieldIndex, { description })} />
                    <CheckboxField label={<><Hidden>{prefix}</Hidden>PII</>} pointer={`${fieldAt}/pii`} checked={field.pii} onChange={(pii) => setField(index, fieldIndex, { pii })} />
                    <button type="button" className="remove" onClick={() => setRow(index, (current) => ({ ...current, fields: current.fields.filter((_, other) => other !== fieldIndex) }))}>
                      Remove<Hidden> field {fieldIndex + 1} of data object {index + 1}</Hidden>
                    </button>
                  </div>
                );
              })}
              <button type="button" onClick={() => setRow(index, (current) => ({ ...current, fields: [...current.fields, { ...EMPTY_FIELD }] }))}>
                Add field<Hidden> to data object {index + 1}</Hidden>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => update((current) => ({ ...current, data: [...current.data, { ...EMPTY_DATA, fields: [] }] }))}>
        Add data object
      </button>
    </fieldset>
  );
}

export function IntegrationFields({ form, update, isNew, names }: { form: IntegrationForm; update: Update<IntegrationForm>; isNew: boolean; names: Names }) {
  const systems = names.systems.map((system) => ({ value: system.id, label: `${system.name} (${system.id})` }));
  const teams = teamChoices(names);
  return (
    <>
      <div className="form-grid">
        <CommonFields form={form} update={update} isNew={isNew} />
        <NameField form={form} update={update} required={false} autoFocus={!isNew} />
        <SelectField label="Source" pointer="/source" required value={form.source} options={systems} onChange={(source) => update((current) => ({ ...current, source }))} />
        <SelectField label="Target" pointer="/target" required value={form.target} options={systems} onChange={(target) => update((current) => ({ ...current, target }))} />
        <SelectField label="Mechanism" pointer="/mechanism" required value={form.mechanism} options={choices(MECHANISMS)} onChange={(mechanism) => update((current) => ({ ...current, mechanism }))} />
        <SelectField label="Direction" pointer="/direction" value={form.direction} emptyLabel="(default: one-way)" options={choices(DIRECTIONS)} onChange={(direction) => update((current) => ({ ...current, direction }))} />
        <TextField label="Technology" pointer="/technology" value={form.technology} placeholder="e.g. SFTP, Azure Service Bus" onChange={(technology) => update((current) => ({ ...current, technology }))} />
        <SelectField label="Frequency" pointer="/frequency" value={form.frequency} emptyLabel="(default: real-time)" options={choices(FREQUENCIES)} onChange={(frequency) => update((current) => ({ ...current, frequency }))} />
        <TextField label="Schedule" pointer="/schedule" value={form.schedule} placeholder="cron or “nightly 02:00”" onChange={(schedule) => update((current) => ({ ...current, schedule }))} />
        <SelectField label="Health" pointer="/health" value={form.health} emptyLabel="(default: unknown)" options={choices(HEALTHS)} onChange={(health) => update((current) => ({ ...current, health }))} />
        <SelectField label="Status" pointer="/status" value={form.status} emptyLabel="(default: active)" options={choices(INTEGRATION_STATUSES)} onChange={(status) => update((current) => ({ ...current, status }))} />
        <TextField label="Runbook" pointer="/runbook" value={form.runbook} placeholder="URL or path" onChange={(runbook) => update((current) => ({ ...current, runbook }))} />
      </div>
      <fieldset className="rows">
        <legend>Ownership</legend>
        <GroupError pointer="/owner" />
        <div className="form-grid">
          <SelectField label="Built by" pointer="/owner/builtBy" value={form.builtBy} options={teams} onChange={(builtBy) => update((current) => ({ ...current, builtBy }))} />
          <SelectField label="Maintained by" pointer="/owner/maintainedBy" value={form.maintainedBy} options={teams} onChange={(maintainedBy) => update((current) => ({ ...current, maintainedBy }))} />
          <TextField label="On call" pointer="/owner/onCall" value={form.onCall} onChange={(onCall) => update((current) => ({ ...current, onCall }))} />
        </div>
      </fieldset>
      <div className="form-grid">
        <DescriptionAndTags form={form} update={update} />
      </div>
      <DataEditor form={form} update={update} />
      <LinksEditor form={form} update={update} />
    </>
  );
}

export function KindFields({ kind, form, update, isNew, names }: { kind: ListKind; form: AnyForm; update: Update<AnyForm>; isNew: boolean; names: Names }) {
  switch (kind) {
    case 'team':
      return <TeamFields form={form as TeamForm} update={update as Update<TeamForm>} isNew={isNew} />;
    case 'domain':
      return <DomainFields form={form as DomainForm} update={update as Update<DomainForm>} isNew={isNew} names={names} />;
    case 'system':
      return <SystemFields form={form as SystemForm} update={update as Update<SystemForm>} isNew={isNew} names={names} />;
    default:
      return <IntegrationFields form={form as IntegrationForm} update={update as Update<IntegrationForm>} isNew={isNew} names={names} />;
  }
}
