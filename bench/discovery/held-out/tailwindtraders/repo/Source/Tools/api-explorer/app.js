// Browser-side helper for poking the Web BFF through the gateway.
(function () {
  const BFF = window.location.origin + "/webbff";
  const out = document.getElementById("out");

  function show(data) {
    out.textContent = JSON.stringify(data, null, 2);
  }

  function token() {
    return window.localStorage.getItem("cwt_token") || "";
  }

  async function get(path) {
    const res = await fetch(BFF + path, {
      headers: { Authorization: "Bearer " + token() },
    });
    if (!res.ok) {
      throw new Error(res.status + " " + res.statusText);
    }
    return res.json();
  }

  document.getElementById("products").addEventListener("click", () =>
    get("/v1/products").then(show).catch((e) => show({ error: e.message })));

  document.getElementById("popular").addEventListener("click", () =>
    get("/v1/products/popular").then(show).catch((e) => show({ error: e.message })));

  document.getElementById("coupons").addEventListener("click", () =>
    get("/v1/coupons").then(show).catch((e) => show({ error: e.message })));

  document.getElementById("picture").addEventListener("change", async (ev) => {
    const form = new FormData();
    form.append("file", ev.target.files[0]);
    const res = await fetch(BFF + "/v1/products/imageclassifier", {
      method: "POST",
      body: form,
      headers: { Authorization: "Bearer " + token() },
    });
    show(await res.json());
  });
})();
