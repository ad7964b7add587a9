// Browser client: all calls go to the same origin, nginx routes /api/v1/* to the services.
(function () {
  var token = sessionStorage.getItem('client_token');

  function api(method, path, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers['Authorization'] = 'Bearer ' + token;
    return fetch('/api/v1' + path, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined
    }).then(function (r) { return r.json(); });
  }

  document.getElementById('login-form').addEventListener('submit', function (e) {
    e.preventDefault();
    api('POST', '/users/login', {
      username: document.getElementById('username').value,
      password: document.getElementById('password').value
    }).then(function (res) {
      if (res.status === 1) {
        token = res.data.token;
        sessionStorage.setItem('client_token', token);
      } else {
        alert(res.msg);
      }
    });
  });

  document.getElementById('search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    api('POST', '/travelservice/trips/left', {
      startPlace: document.getElementById('from').value,
      endPlace: document.getElementById('to').value,
      departureTime: document.getElementById('date').value
    }).then(function (res) {
      var table = document.getElementById('trips');
      table.innerHTML = '';
      (res.data || []).forEach(function (t) {
        var row = table.insertRow();
        row.insertCell().textContent = t.tripId;
        row.insertCell().textContent = t.startStation + ' -> ' + t.terminalStation;
        row.insertCell().textContent = t.economyClass + ' / ' + t.confortClass;
        row.insertCell().textContent = t.priceForEconomyClass;
      });
    });
  });
})();
