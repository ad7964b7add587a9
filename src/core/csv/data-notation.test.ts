import { describe, expect, it } from 'vitest';
import type { DataObjectValue } from '../model/schemas.js';
import { formatDataNotation, isExactNotation, parseDataNotation } from './data-notation.js';

describe('parseDataNotation', () => {
  it('reads objects, fields, pii marks, types, formats and volumes', () => {
    const result = parseDataNotation('customer{id,email*,phone*:string}:JSON@1200/day; order{id,total:decimal}:XML');
    expect(result).toEqual({
      ok: true,
      value: [
        {
          object: 'customer',
          fields: [{ name: 'id' }, { name: 'email', pii: true }, { name: 'phone', pii: true, type: 'string' }],
          format: 'JSON',
          volume: { count: 1200, per: 'day' },
        },
        { object: 'order', fields: [{ name: 'id' }, { name: 'total', type: 'decimal' }], format: 'XML' },
      ],
    });
  });

  it('tolerates spaces and line breaks between the parts', () => {
    const result = parseDataNotation(' customer { id , email * : string }\n : JSON @ 5 files / week ;\n order ; ');
    expect(result).toEqual({
      ok: true,
      value: [
        { object: 'customer', fields: [{ name: 'id' }, { name: 'email', pii: true, type: 'string' }], format: 'JSON', volume: { count: 5, unit: 'files', per: 'week' } },
        { object: 'order' },
      ],
    });
  });

  it('reads units holding a slash, types holding a colon and an empty field list', () => {
    expect(parseDataNotation('blob{}:Fixed width@2.5 MB/s/hour; msg{body:xs:string,items[].sku}')).toEqual({
      ok: true,
      value: [
        { object: 'blob', fields: [], format: 'Fixed width', volume: { count: 2.5, unit: 'MB/s', per: 'hour' } },
        { object: 'msg', fields: [{ name: 'body', type: 'xs:string' }, { name: 'items[].sku' }] },
      ],
    });
  });

  it('reads an empty cell as no data', () => {
    expect(parseDataNotation('  ')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['{id}', /data object 1 .*expected an object name/],
    ['order{id,total', /data object 1 .*not closed.*'}'/],
    ['customer{id;email}', /data object 1 .*not closed/],
    ['order{id,,total}', /field 2 of 'order' is empty/],
    ['order{id}{total}', /two field lists/],
    ['order:XML{id}', /field list must come right after the object name/],
    ['order:', /':' must be followed by a format/],
    ['order{total:}', /has ':' but no type/],
    ['order{email:string*}', /'\*' marks personal data .* email\*:string/],
    ['order{e mail}', /unexpected "m" after 'e'/],
    ['order{=x}', /does not start with a field name/],
    ['order XML', /unexpected "X" after 'order'/],
    ['order@1200', /has no period/],
    ['order@1200/fortnight', /must be one of: minute, hour, day, week, month, year/],
    ['order@1,200/day', /must be a plain number/],
    ['order@many/day', /must be a plain number/],
    ['ok; order@5/days', /data object 2 /],
  ])('rejects %j', (text, message) => {
    const result = parseDataNotation(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('formatDataNotation', () => {
  const exact: DataObjectValue[][] = [
    [],
    [{ object: 'order' }],
    [{ object: 'order', fields: [] }],
    [
      {
        object: 'customer',
        format: 'JSON',
        volume: { count: 1200, per: 'day' },
        fields: [{ name: 'id', type: 'uuid' }, { name: 'email', pii: true }, { name: '@timestamp', type: 'date-time' }],
      },
      { object: 'invoice', format: 'EDIFACT INVOIC', volume: { count: 0.5, per: 'hour', unit: 'files' } },
    ],
  ];

  it.each(exact.map((data) => [data]))('writes %j so that it reads back exactly', (data) => {
    expect(isExactNotation(data)).toBe(true);
    expect(parseDataNotation(formatDataNotation(data))).toEqual({ ok: true, value: data });
  });

  it('writes the example of the docs', () => {
    const data: DataObjectValue[] = [
      { object: 'customer', fields: [{ name: 'id' }, { name: 'email', pii: true }, { name: 'phone', pii: true }], format: 'JSON', volume: { count: 1200, per: 'day' } },
      { object: 'order', fields: [{ name: 'id' }, { name: 'total' }], format: 'XML' },
    ];
    expect(formatDataNotation(data)).toBe('customer{id,email*,phone*}:JSON@1200/day; order{id,total}:XML');
  });

  it.each<[string, DataObjectValue[]]>([
    ['a field description', [{ object: 'o', fields: [{ name: 'id', description: 'the key' }] }]],
    ['pii: false', [{ object: 'o', fields: [{ name: 'id', pii: false }] }]],
    ['a type with a comma', [{ object: 'o', fields: [{ name: 'amount', type: 'decimal(10,2)' }] }]],
    ['a format with a semicolon', [{ object: 'o', format: 'CSV;UTF-8' }]],
    ['an empty format', [{ object: 'o', format: '' }]],
    ['a format with outer spaces', [{ object: 'o', format: ' JSON' }]],
    ['an empty unit', [{ object: 'o', volume: { count: 1, per: 'day', unit: '' } }]],
    ['a tiny count', [{ object: 'o', volume: { count: 1e-9, per: 'day' } }]],
  ])('says the notation cannot carry %s', (_label, data) => {
    expect(isExactNotation(data)).toBe(false);
    // What it writes is still valid notation, so the readable cell never breaks an import.
    expect(parseDataNotation(formatDataNotation(data)).ok).toBe(true);
  });
});
