import { WebStorageStateStore } from "oidc-client-ts";

export const oidcConfig = {
  authority: process.env.REACT_APP_AUTHORITY ?? "http://localhost:5001",
  client_id: process.env.REACT_APP_CLIENT_ID ?? "tidemart-spa",
  redirect_uri: `${window.location.origin}/callback`,
  post_logout_redirect_uri: window.location.origin,
  response_type: "code",
  scope: "openid profile catalog.read basket ordering",
  userStore: new WebStorageStateStore({ store: window.localStorage }),
  onSigninCallback: () => window.history.replaceState({}, document.title, "/"),
};
