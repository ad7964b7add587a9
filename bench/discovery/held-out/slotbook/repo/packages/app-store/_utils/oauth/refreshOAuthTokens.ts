export const APP_CREDENTIAL_SHARING_ENABLED =
  !!process.env.SLOTBOOK_WEBHOOK_SECRET && !!process.env.SLOTBOOK_APP_CREDENTIAL_ENCRYPTION_KEY;

/**
 * When credential sharing is enabled, tokens are refreshed by
 * an external endpoint owned by the self-hoster. Otherwise the integration refreshes itself.
 */
const refreshOAuthTokens = async (refreshFunction: () => any, appSlug: string, userId: number | null) => {
  // Check that app syncing is enabled and that the credential belongs to a user
  if (APP_CREDENTIAL_SHARING_ENABLED && process.env.SLOTBOOK_CREDENTIAL_SYNC_ENDPOINT && userId) {
    // Customize the payload based on what your endpoint requires
    // The response should only contain the access token and expiry date
    const response = await fetch(process.env.SLOTBOOK_CREDENTIAL_SYNC_ENDPOINT, {
      method: "POST",
      body: new URLSearchParams({
        slotbookUserId: userId.toString(),
        appSlug,
      }),
    });
    return response;
  } else {
    const response = await refreshFunction();
    return response;
  }
};

export default refreshOAuthTokens;
