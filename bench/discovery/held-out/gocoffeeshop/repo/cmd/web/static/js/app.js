// Live order board. Runs in the customer's browser and polls the public
// gateway URL directly (CORS is enabled on the proxy for the web origin).
(function () {
  "use strict";

  var cfg = window.BREWLINE || { proxyUrl: "http://localhost:5000", pollMs: 3000 };
  var STATUS = ["PLACED", "IN PROGRESS", "FULFILLED"];

  function render(orders) {
    var tbody = document.querySelector("#order-board tbody");
    if (!tbody) return;

    tbody.innerHTML = "";
    (orders || []).forEach(function (o) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-order-id", o.id);
      var names = (o.lineItems || []).map(function (li) { return li.name; }).join(", ");
      tr.innerHTML =
        "<td>" + o.id + "</td><td>" + names + "</td><td class=\"status\">" +
        (STATUS[o.orderStatus] || o.orderStatus) + "</td>";
      tbody.appendChild(tr);
    });
  }

  function poll() {
    fetch(cfg.proxyUrl + "/v1/api/fulfillment-orders", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { orders: [] }; })
      .then(function (body) { render(body.orders); })
      .catch(function (err) { console.warn("order board refresh failed", err); });
  }

  // TODO: switch to server-sent events once the gateway supports streaming
  // var es = new EventSource(cfg.proxyUrl + "/v1/api/orders/stream");

  var flash = document.getElementById("flash");
  if (flash) setTimeout(function () { flash.remove(); }, 4000);

  poll();
  setInterval(poll, cfg.pollMs);
})();
