const publicConfig = (typeof window !== 'undefined' && window.public_config) || {};

export const config = {
  apiUrl: `${publicConfig.PANELSMITH_SERVER_URL || ''}/api`,
  wsPath: '/ws',
  googleClientId: publicConfig.SSO_GOOGLE_OAUTH2_CLIENT_ID,
  marketplaceEnabled: publicConfig.ENABLE_MARKETPLACE_FEATURE === 'true',
};
