// Driftwood Coffee Co. — browser side. Talks only to its own origin.
(function () {
  'use strict';

  const board = document.getElementById('board');
  const rows = new Map();

  function render(update) {
    let tr = rows.get(update.itemId);
    if (!tr) {
      tr = document.createElement('tr');
      rows.set(update.itemId, tr);
      board.prepend(tr);
    }
    tr.innerHTML = `<td>${update.name}</td><td>${update.item}</td><td>${update.status}</td><td>${update.madeBy || ''}</td>`;
  }

  async function start() {
    const cfg = await fetch('/dashboard/config').then(r => r.json());
    (cfg.unavailable || []).forEach(item => {
      document.querySelectorAll(`option[value="${item}"]`).forEach(o => { o.disabled = true; });
    });

    const source = new EventSource(cfg.streamUrl || '/dashboard/stream');
    source.onmessage = (e) => render(JSON.parse(e.data));
    source.onerror = () => console.warn('dashboard stream dropped, browser will retry');
  }

  document.getElementById('order-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = document.getElementById('name').value;
    const beverage = document.getElementById('beverage').value;
    const food = document.getElementById('food').value;
    const loyalty = document.getElementById('loyalty').value;

    const order = {
      orderSource: 'WEB',
      loyaltyMemberId: loyalty || null,
      baristaLineItems: beverage ? [{ item: beverage, name }] : [],
      kitchenLineItems: food ? [{ item: food, name }] : []
    };

    const res = await fetch('/order', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(order)
    });
    if (!res.ok) alert('Sorry, we could not take that order.');
  });

  start();
})();
