import { PublicClientApplication } from '@azure/msal-browser';

const msal = new PublicClientApplication({
  auth: {
    clientId: process.env.VUE_APP_B2C_CLIENT_ID,
    authority: process.env.VUE_APP_B2C_AUTHORITY,
    knownAuthorities: [process.env.VUE_APP_B2C_KNOWN_AUTHORITY],
    redirectUri: window.location.origin
  },
  cache: { cacheLocation: 'sessionStorage' }
});

const scopes = [process.env.VUE_APP_API_SCOPE];

export async function signIn() {
  const result = await msal.loginPopup({ scopes });
  return result.account;
}

export async function getAccessToken() {
  const account = msal.getAllAccounts()[0];
  if (!account) return null;
  try {
    const res = await msal.acquireTokenSilent({ scopes, account });
    return res.accessToken;
  } catch (e) {
    const res = await msal.acquireTokenPopup({ scopes });
    return res.accessToken;
  }
}

export function currentAccount() {
  return msal.getAllAccounts()[0] || null;
}
