// Injected into every public page by {{inkpress_head}} when web analytics is enabled.
// Runs in the reader's browser and posts page hits to the same-origin analytics proxy.
(function () {
    const script = document.currentScript;
    const endpoint = script.getAttribute('data-host') || '/.inkpress/analytics/api/v1/page_hit';
    const siteUuid = script.getAttribute('data-site-uuid');
    const token = script.getAttribute('data-token');

    function track() {
        if (navigator.webdriver || window.__nightmare || window.Cypress) {
            return;
        }
        const payload = {
            timestamp: new Date().toISOString(),
            action: 'page_hit',
            version: '1',
            session_id: sessionStorage.getItem('ink_sid') || crypto.randomUUID(),
            payload: {
                site_uuid: siteUuid,
                href: window.location.href,
                pathname: window.location.pathname,
                referrer: document.referrer || null,
                locale: navigator.language,
                member_uuid: script.getAttribute('data-member-uuid') || 'undefined',
                post_uuid: script.getAttribute('data-post-uuid') || 'undefined'
            }
        };
        sessionStorage.setItem('ink_sid', payload.session_id);
        fetch(`${endpoint}?token=${encodeURIComponent(token)}&name=analytics_events`, {
            method: 'POST',
            keepalive: true,
            headers: {'Content-Type': 'application/json'},
            body: JSON.stringify(payload)
        }).catch(() => {});
    }

    window.addEventListener('pageshow', track);
})();
