import { Environment } from "@server/env";
import environment from "@server/utils/environment";

class OIDCPluginEnvironment extends Environment {
  public OIDC_CLIENT_ID = this.toOptionalString(environment.OIDC_CLIENT_ID);
  public OIDC_CLIENT_SECRET = this.toOptionalString(environment.OIDC_CLIENT_SECRET);
  public OIDC_AUTH_URI = this.toOptionalString(environment.OIDC_AUTH_URI);
  public OIDC_TOKEN_URI = this.toOptionalString(environment.OIDC_TOKEN_URI);
  public OIDC_USERINFO_URI = this.toOptionalString(environment.OIDC_USERINFO_URI);
  public OIDC_LOGOUT_URI = this.toOptionalString(environment.OIDC_LOGOUT_URI);
  public OIDC_USERNAME_CLAIM = environment.OIDC_USERNAME_CLAIM ?? "preferred_username";
  public OIDC_DISPLAY_NAME = environment.OIDC_DISPLAY_NAME ?? "OpenID Connect";
  public OIDC_SCOPES = environment.OIDC_SCOPES ?? "openid profile email";
}

export default new OIDCPluginEnvironment();
