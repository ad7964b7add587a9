// Skyward Air web UI. Every call is relative to the page origin: the nginx front
// routes /auth, /flight, /booking and /customer to the right service.
(function () {
  "use strict";

  const API = {
    login: "/auth/login",
    logout: "/auth/logout",
    queryFlights: "/flight/queryflights",
    bookFlights: "/booking/bookflights",
    bookingsByUser: (u) => `/booking/byuser/${encodeURIComponent(u)}`,
    cancelBooking: "/booking/cancelbooking",
    customer: (u) => `/customer/byid/${encodeURIComponent(u)}`,
  };

  let token = sessionStorage.getItem("skyward.jwt");
  let userId = sessionStorage.getItem("skyward.user");

  const form = (obj) => new URLSearchParams(obj);
  const authHeaders = () => (token ? { Authorization: `Bearer ${token}` } : {});

  async function call(url, options = {}) {
    const res = await fetch(url, { ...options, headers: { ...authHeaders(), ...(options.headers || {}) } });
    if (res.status === 401 || res.status === 403) {
      showLogin();
      throw new Error("not logged in");
    }
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    const type = res.headers.get("Content-Type") || "";
    return type.includes("json") ? res.json() : res.text();
  }

  function show(id) {
    document.querySelectorAll("section").forEach((s) => (s.hidden = s.id !== id));
  }
  function showLogin() { show("login"); }

  document.getElementById("loginForm").addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    const res = await fetch(API.login, { method: "POST", body: form(data) });
    if (!res.ok) { alert("Login failed"); return; }
    token = (res.headers.get("Authorization") || "").replace("Bearer ", "");
    userId = data.get("login");
    sessionStorage.setItem("skyward.jwt", token);
    sessionStorage.setItem("skyward.user", userId);
    document.getElementById("user").textContent = userId;
    show("flights");
  });

  document.getElementById("searchForm").addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    data.set("oneWay", data.get("oneWay") ? "true" : "false");
    const result = await call(API.queryFlights, { method: "POST", body: form(data) });
    renderFlights(result, data.get("oneWay") === "true");
  });

  function renderFlights(result, oneWay) {
    const table = document.getElementById("results");
    table.innerHTML = "<tr><th>Flight</th><th>From</th><th>To</th><th>Departs</th><th>Price</th><th></th></tr>";
    (result.tripFlights || []).forEach((leg, idx) => {
      (leg.flightsOptions || []).forEach((f) => {
        const tr = document.createElement("tr");
        tr.innerHTML = `<td>${f.flightSegmentId}</td><td>${f.flightSegment.originPort}</td>` +
          `<td>${f.flightSegment.destPort}</td><td>${new Date(f.scheduledDepartureTime).toLocaleString()}</td>` +
          `<td>$${f.economyClassBaseCost}</td><td><button>Book</button></td>`;
        tr.querySelector("button").onclick = () => book(f, oneWay);
        table.appendChild(tr);
      });
    });
  }

  async function book(flight, oneWay) {
    const body = form({
      userid: userId,
      toFlightId: flight._id,
      toFlightSegId: flight.flightSegmentId,
      retFlightId: "",
      retFlightSegId: "",
      oneWayFlight: String(oneWay),
    });
    await call(API.bookFlights, { method: "POST", body });
    await loadBookings();
    show("bookings");
  }

  async function loadBookings() {
    const list = await call(API.bookingsByUser(userId));
    const ul = document.getElementById("bookingList");
    ul.innerHTML = "";
    list.forEach((b) => {
      const li = document.createElement("li");
      li.textContent = `${b._id} — ${b.flightSegmentId} `;
      const cancel = document.createElement("button");
      cancel.textContent = "Cancel";
      cancel.onclick = async () => {
        await call(API.cancelBooking, { method: "POST", body: form({ userid: userId, number: b._id }) });
        loadBookings();
      };
      li.appendChild(cancel);
      ul.appendChild(li);
    });
  }

  window.addEventListener("hashchange", async () => {
    const id = location.hash.slice(1);
    if (!token) return showLogin();
    if (id === "bookings") await loadBookings();
    if (id === "profile") {
      document.getElementById("profileData").textContent = JSON.stringify(await call(API.customer(userId)), null, 2);
    }
    show(id);
  });

  if (token) { document.getElementById("user").textContent = userId; show("flights"); }
})();
