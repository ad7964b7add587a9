'use strict';

const AGE_BANDS = [
  { label: '<25', max: 24 },
  { label: '25-39', max: 39 },
  { label: '40-59', max: 59 },
  { label: '60+', max: Infinity },
];

function ageOn(birthday, today) {
  if (!birthday) return null;
  const b = new Date(birthday);
  let age = today.getFullYear() - b.getFullYear();
  const m = today.getMonth() - b.getMonth();
  if (m < 0 || (m === 0 && today.getDate() < b.getDate())) age--;
  return age;
}

function band(age) {
  if (age === null) return 'unknown';
  return AGE_BANDS.find((b) => age <= b.max).label;
}

/**
 * Total exposure (sum of policy limits) and premium volume per product and age band, as CSV.
 */
function buildReport(policies, { policyType, today = new Date() } = {}) {
  const rows = new Map();
  for (const p of policies) {
    if (policyType && p.policyType !== policyType) continue;
    const key = `${p.policyType};${band(ageOn(p.birthday, today))}`;
    const row = rows.get(key) || { count: 0, exposure: 0, premiums: 0 };
    row.count += 1;
    row.exposure += p.policyLimit || 0;
    row.premiums += p.insurancePremium || 0;
    rows.set(key, row);
  }
  const lines = ['policy_type;age_band;policies;exposure;premiums;loss_ratio_budget'];
  for (const [key, r] of [...rows.entries()].sort()) {
    const budget = r.exposure === 0 ? 0 : r.premiums / r.exposure;
    lines.push(`${key};${r.count};${r.exposure.toFixed(2)};${r.premiums.toFixed(2)};${budget.toFixed(6)}`);
  }
  return lines.join('\n') + '\n';
}

module.exports = { buildReport, ageOn, band };
