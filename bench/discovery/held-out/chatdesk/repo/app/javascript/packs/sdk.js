// Embeddable script customers paste into their website. It injects an iframe pointing
// at `${baseUrl}/widget?website_token=...` served by the chatwoot rails app.
const runSDK = ({ baseUrl, websiteToken }) => {
  if (window.$chatwoot) {
    return;
  }

  const chatwootSettings = window.chatwootSettings || {};
  window.$chatwoot = {
    baseUrl,
    hasLoaded: false,
    hideMessageBubble: chatwootSettings.hideMessageBubble || false,
    isOpen: false,
    position: chatwootSettings.position === 'left' ? 'left' : 'right',
    websiteToken,
    locale: chatwootSettings.locale,
    type: chatwootSettings.type || 'standard',
  };

  const iframe = document.createElement('iframe');
  iframe.src = `${baseUrl}/widget?website_token=${websiteToken}`;
  iframe.id = 'chatwoot_live_chat_widget';
  iframe.style.visibility = 'hidden';
  document.body.appendChild(iframe);
  window.$chatwoot.hasLoaded = true;
};

window.chatwootSDK = {
  run: runSDK,
};
