// CoinBox UI. Everything goes through the gateway, so relative paths only.
var global = { token: null, user: null };

function requestOauthToken(username, password) {
    return fetch('/uaa/oauth/token', {
        method: 'POST',
        headers: {
            'Authorization': 'Basic ' + btoa('browser:'),
            'Content-Type': 'application/x-www-form-urlencoded'
        },
        body: 'scope=ui&grant_type=password&username=' + encodeURIComponent(username) +
              '&password=' + encodeURIComponent(password)
    }).then(function (r) { return r.json(); })
      .then(function (data) {
          global.token = data.access_token;
          localStorage.setItem('token', global.token);
          return global.token;
      });
}

function api(method, path, body) {
    return fetch(path, {
        method: method,
        headers: {
            'Authorization': 'Bearer ' + global.token,
            'Content-Type': 'application/json'
        },
        body: body ? JSON.stringify(body) : undefined
    }).then(function (r) { return r.status === 200 ? r.json() : null; });
}

function loadDashboard() {
    api('GET', '/accounts/current').then(function (account) {
        global.user = account;
        document.getElementById('greeting').textContent = 'Hello, ' + account.name;
    });
    api('GET', '/statistics/current').then(drawChart);
    api('GET', '/notifications/recipients/current').then(function (r) {
        document.getElementById('remind-toggle').checked = !!(r && r.scheduledNotifications);
    });
}

function register(username, password) {
    return api('POST', '/accounts/', { username: username, password: password })
        .then(function () { return requestOauthToken(username, password); });
}

function drawChart(points) {
    if (!points) return;
    var ctx = document.getElementById('stats-chart').getContext('2d');
    ctx.clearRect(0, 0, 600, 240);
    points.forEach(function (p, i) {
        var h = Math.min(220, (p.statistics && p.statistics.INCOMES_AMOUNT) || 0) ;
        ctx.fillRect(10 + i * 20, 230 - h, 14, h);
    });
}

document.getElementById('login-button').onclick = function () {
    requestOauthToken(document.getElementById('username').value,
                      document.getElementById('password').value).then(function () {
        document.getElementById('login').classList.add('hidden');
        document.getElementById('dashboard').classList.remove('hidden');
        loadDashboard();
    });
};

document.getElementById('register-button').onclick = function () {
    register(document.getElementById('username').value,
             document.getElementById('password').value).then(loadDashboard);
};
