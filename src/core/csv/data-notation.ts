/**
 * The compact notation for an integration's data objects in one spreadsheet cell, e.g.
 * `customer{id,email*:string}:JSON@1200/day; order{id,total}:XML`. The grammar is documented in
 * docs/csv-format.md; keep the two in step.
 *
 * The parser is written by hand on purpose: the notation is Patchbay's own, so no library parses
 * it, and a small scanner lets every error say which object and which part of it is wrong.
 */
import { isDeepStrictEqual } from 'node:util';
import type { DataObjectValue } from '../model/schemas.js';
import { VOLUME_PERIODS, type VolumePeriod } from '../model/vocabulary.js';

/** The outcome of reading a data cell: the data objects, or one message saying what to fix. */
export type DataNotationResult = { ok: true; value: DataObjectValue[] } | { ok: false; message: string };

type DataField = NonNullable<DataObjectValue['fields']>[number];
type Volume = NonNullable<DataObjectValue['volume']>;

// Characters of object and field names, as the schema allows them; the schema checks the rest.
const OBJECT_NAME = /^[A-Za-z0-9_$.-]+/;
const FIELD_NAME = /^[A-Za-z0-9_$@.\-[\]]+/;
const COUNT = /^\d+(?:\.\d+)?$/;
// Free text (type, format, unit) may not hold the notation's own punctuation or line breaks.
const TYPE_FORBIDDEN = /[,{};*\r\n]/;
const FORMAT_FORBIDDEN = /[@{};\r\n]/;
const UNIT_FORBIDDEN = /[;\r\n]/;

/** Thrown inside the parser only, so each helper can stop at the first problem it finds. */
class NotationError extends Error {}

/** Reads a data cell; an empty or blank cell is an empty list. */
export function parseDataNotation(text: string): DataNotationResult {
  const value: DataObjectValue[] = [];
  const entries = text.split(';');
  for (let index = 0; index < entries.length; index++) {
    const entry = (entries[index] ?? '').trim();
    // An empty entry (a trailing ';', a blank cell) carries nothing, so it is not worth an error.
    if (entry === '') continue;
    try {
      value.push(parseEntry(entry));
    } catch (error) {
      if (!(error instanceof NotationError)) throw error;
      return { ok: false, message: `data object ${value.length + 1} (${quote(entry)}): ${error.message}` };
    }
  }
  return { ok: true, value };
}

/** Reads one `object{fields}:format@volume` entry. */
function parseEntry(entry: string): DataObjectValue {
  const nameMatch = OBJECT_NAME.exec(entry);
  if (!nameMatch) {
    throw new NotationError(
      `expected an object name (letters, digits, _ $ . -) at the start, got ${quote(entry.charAt(0))}; write it as object{field,...}:FORMAT@COUNT/PERIOD`,
    );
  }
  const result: DataObjectValue = { object: nameMatch[0] };
  let rest = entry.slice(nameMatch[0].length).trimStart();

  if (rest.startsWith('{')) {
    const close = rest.indexOf('}');
    if (close < 0) {
      throw new NotationError(`the field list after '${result.object}{' is not closed; end it with '}' (fields are separated by ',', objects by ';')`);
    }
    result.fields = parseFields(rest.slice(1, close), result.object);
    rest = rest.slice(close + 1).trimStart();
    if (rest.startsWith('{')) {
      throw new NotationError(`'${result.object}' has two field lists; put all its fields in one {...}`);
    }
  }

  if (rest.startsWith(':')) {
    const at = rest.indexOf('@');
    const format = (at < 0 ? rest.slice(1) : rest.slice(1, at)).trim();
    if (format === '') throw new NotationError(`':' must be followed by a format, e.g. ${result.object}:JSON; remove the ':' if the format is not known`);
    if (/[{}]/.test(format)) {
      throw new NotationError(`the field list must come right after the object name, before the format: ${result.object}{id,...}:FORMAT`);
    }
    result.format = format;
    rest = at < 0 ? '' : rest.slice(at);
  }

  if (rest.startsWith('@')) {
    result.volume = parseVolume(rest.slice(1).trim(), result.object);
    rest = '';
  }

  if (rest !== '') {
    throw new NotationError(
      `unexpected ${quote(rest.charAt(0))} after '${result.object}'; an object is written object{field,...}:FORMAT@COUNT/PERIOD, in that order, each part optional`,
    );
  }
  return result;
}

/** Reads the inside of `{...}`: `name[*][:type]` separated by commas. */
function parseFields(list: string, object: string): DataField[] {
  if (list.trim() === '') return [];
  return list.split(',').map((raw, index) => {
    const text = raw.trim();
    if (text === '') {
      throw new NotationError(`field ${index + 1} of '${object}' is empty; remove the extra ','`);
    }
    const nameMatch = FIELD_NAME.exec(text);
    if (!nameMatch) {
      throw new NotationError(
        `field ${index + 1} of '${object}' (${quote(text)}) does not start with a field name (letters, digits, _ $ @ . - [ ])`,
      );
    }
    const field: DataField = { name: nameMatch[0] };
    let rest = text.slice(nameMatch[0].length).trimStart();
    if (rest.startsWith('*')) {
      field.pii = true;
      rest = rest.slice(1).trimStart();
    }
    if (rest.startsWith(':')) {
      const type = rest.slice(1).trim();
      if (type === '') throw new NotationError(`field '${field.name}' of '${object}' has ':' but no type after it; write ${field.name}:TYPE or drop the ':'`);
      if (type.includes('*')) {
        throw new NotationError(`field '${field.name}' of '${object}': '*' marks personal data and goes right after the name: ${field.name}*:${type.replace(/\*/g, '')}`);
      }
      field.type = type;
      rest = '';
    }
    if (rest !== '') {
      throw new NotationError(
        `field ${index + 1} of '${object}' (${quote(text)}): unexpected ${quote(rest.charAt(0))} after '${field.name}'; a field is written name, name* (personal data) or name:type`,
      );
    }
    return field;
  });
}

/** Reads `COUNT[ UNIT]/PERIOD`; the last '/' starts the period so a unit like `MB/s` still works. */
function parseVolume(text: string, object: string): Volume {
  const example = `${object}@1200/day or ${object}@40 files/week`;
  const slash = text.lastIndexOf('/');
  if (slash < 0) throw new NotationError(`the volume ${quote(text)} has no period; write COUNT/PERIOD, e.g. ${example}`);
  const per = text.slice(slash + 1).trim();
  if (!(VOLUME_PERIODS as readonly string[]).includes(per)) {
    throw new NotationError(`the volume period ${quote(per)} must be one of: ${VOLUME_PERIODS.join(', ')}`);
  }
  const amount = text.slice(0, slash).trim();
  const space = amount.search(/\s/);
  const countText = space < 0 ? amount : amount.slice(0, space);
  if (!COUNT.test(countText)) {
    throw new NotationError(`the volume count ${quote(countText)} must be a plain number such as 1200 or 0.5 (no separators); e.g. ${example}`);
  }
  const volume: Volume = { count: Number(countText), per: per as VolumePeriod };
  if (space >= 0) volume.unit = amount.slice(space).trim();
  return volume;
}

/** Quotes a piece of the input for a message, shortened so a long cell cannot flood it. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** Free text fits the notation when it is not blank, has no outer spaces and avoids the given characters. */
function fits(text: string | undefined, forbidden: RegExp): text is string {
  return text !== undefined && text !== '' && text.trim() === text && !forbidden.test(text);
}

// Leaves out what the notation cannot say (field descriptions, `pii: false`, types or formats
// holding its punctuation); isExactNotation tells whether anything was left out.
/** Writes data objects in the notation, as readable as the cell allows. */
export function formatDataNotation(data: readonly DataObjectValue[]): string {
  return data.map(formatEntry).join('; ');
}

/** Writes one data object. */
function formatEntry(entry: DataObjectValue): string {
  let text = entry.object;
  if (entry.fields) {
    const fields = entry.fields.map((field) => {
      let fieldText = field.name;
      if (field.pii === true) fieldText += '*';
      if (fits(field.type, TYPE_FORBIDDEN)) fieldText += `:${field.type}`;
      return fieldText;
    });
    text += `{${fields.join(',')}}`;
  }
  if (fits(entry.format, FORMAT_FORBIDDEN)) text += `:${entry.format}`;
  const volume = entry.volume;
  if (volume && COUNT.test(String(volume.count)) && (volume.unit === undefined || fits(volume.unit, UNIT_FORBIDDEN))) {
    text += `@${String(volume.count)}${volume.unit === undefined ? '' : ` ${volume.unit}`}/${volume.per}`;
  }
  return text;
}

/** True when the notation carries these data objects completely, so reading it back gives them again. */
export function isExactNotation(data: readonly DataObjectValue[]): boolean {
  const back = parseDataNotation(formatDataNotation(data));
  return back.ok && isDeepStrictEqual(back.value, data);
}
