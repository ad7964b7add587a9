// Runs in the browser. Talks to the dashboard server only: the SockJS bridge on
// /eventbus and the /operations proxy.
(function () {
  const eb = new EventBus(window.location.origin + '/eventbus');

  eb.onopen = function () {
    eb.registerHandler('market', function (err, msg) {
      const q = msg.body;
      let row = document.getElementById('q-' + q.symbol);
      if (!row) {
        row = document.createElement('tr');
        row.id = 'q-' + q.symbol;
        document.getElementById('quotes').appendChild(row);
      }
      row.innerHTML = '<td>' + q.name + '</td><td>' + q.bid.toFixed(2) + '</td><td>' + q.ask.toFixed(2) + '</td>';
    });

    eb.registerHandler('portfolio', function () {
      refreshPortfolio();
      refreshOperations();
    });

    refreshPortfolio();
  };

  function refreshPortfolio() {
    // Service proxy call over the bridge (inbound permitted: service.portfolio).
    eb.send('service.portfolio', {}, { action: 'getPortfolio' }, function (err, reply) {
      if (err) { return; }
      document.getElementById('cash').textContent = 'Cash: ' + reply.body.cash.toFixed(2);
      const list = document.getElementById('shares');
      list.innerHTML = '';
      Object.entries(reply.body.shares || {}).forEach(function ([name, n]) {
        const li = document.createElement('li');
        li.textContent = name + ': ' + n;
        list.appendChild(li);
      });
    });
  }

  function refreshOperations() {
    fetch('/operations')
      .then(function (r) { return r.json(); })
      .then(function (ops) {
        const list = document.getElementById('audit');
        list.innerHTML = '';
        ops.forEach(function (op) {
          const li = document.createElement('li');
          li.textContent = op.action + ' ' + op.amount + ' ' + op.quote.name;
          list.appendChild(li);
        });
      });
  }

  // Local development against a standalone quote generator:
  // fetch('http://localhost:8081/').then(r => r.json()).then(console.log);

  setInterval(refreshOperations, 5000);
})();
