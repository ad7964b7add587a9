// Refreshes the cart badge in the navbar. Talks only to this web app's own Razor handler.
(function () {
    const badge = document.getElementById('cart-count');
    if (!badge) return;

    async function refresh() {
        try {
            const res = await fetch('/Cart?handler=Count', { headers: { 'Accept': 'application/json' } });
            if (!res.ok) return;
            const data = await res.json();
            badge.textContent = data.count;
        } catch (e) {
            console.warn('cart badge refresh failed', e);
        }
    }

    refresh();
    setInterval(refresh, 30000);
})();
