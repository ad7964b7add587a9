// Tiny operator view served by the gateway itself; all calls are same-origin.
const API_BASE = '/api';

async function loadOrders() {
  const token = document.getElementById('token').value.trim();
  const res = await fetch(`${API_BASE}/orders`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) {
    alert(`Failed to load orders: ${res.status}`);
    return;
  }
  const orders = await res.json();
  const body = document.getElementById('orders');
  body.innerHTML = '';
  for (const o of orders.sort((a, b) => b.id - a.id)) {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td>${o.id}</td><td>${o.customerId}</td><td>${o.productId}</td>` +
      `<td>${o.productCount}</td><td>${o.price}</td><td class="${o.status}">${o.status}</td>`;
    body.appendChild(tr);
  }
}

document.getElementById('load').addEventListener('click', loadOrders);
