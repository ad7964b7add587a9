const API_BASE = import.meta.env.VITE_API_BASE || '/api';

async function postJson(path, body) {
  const res = await fetch(`${API_BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} failed: ${res.status}`);
  return res.json();
}

async function showHistory(patronId) {
  const res = await fetch(`${API_BASE}/patrons/${patronId}/purchasehistory`);
  document.getElementById('history').textContent =
    res.ok ? JSON.stringify(await res.json(), null, 2) : `no history yet (${res.status})`;
}

document.getElementById('patron-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  const { patronId } = await postJson('/patrons', {
    name: f.get('name'),
    creditLimit: { amount: f.get('creditLimit') },
  });
  await showHistory(patronId);
});

document.getElementById('purchase-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  const patronId = Number(f.get('patronId'));
  await postJson('/purchases', { patronId, purchaseTotal: { amount: f.get('purchaseTotal') } });
  setTimeout(() => showHistory(patronId), 1500);
});
