'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { buildReport, ageOn, band } = require('../src/report');

const today = new Date('2025-06-01');

test('age is computed on the report date', () => {
  assert.strictEqual(ageOn('1990-06-02', today), 34);
  assert.strictEqual(ageOn('1990-06-01', today), 35);
  assert.strictEqual(band(null), 'unknown');
});

test('groups policies by product and age band', () => {
  const csv = buildReport([
    { policyType: 'Life Insurance', birthday: '1990-01-01', policyLimit: 1000000, insurancePremium: 250 },
    { policyType: 'Life Insurance', birthday: '1985-01-01', policyLimit: 1000000, insurancePremium: 300 },
    { policyType: 'Home Insurance', birthday: '1950-01-01', policyLimit: 250000, insurancePremium: 200 },
  ], { today });
  const lines = csv.trim().split('\n');
  assert.strictEqual(lines.length, 3);
  assert.ok(lines.includes('Life Insurance;25-39;2;2000000.00;550.00;0.000275'));
});

test('filters by product', () => {
  const csv = buildReport([
    { policyType: 'Life Insurance', birthday: '1990-01-01', policyLimit: 1, insurancePremium: 1 },
    { policyType: 'Home Insurance', birthday: '1990-01-01', policyLimit: 1, insurancePremium: 1 },
  ], { today, policyType: 'Home Insurance' });
  assert.ok(!csv.includes('Life Insurance'));
});
