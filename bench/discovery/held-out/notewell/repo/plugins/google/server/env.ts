import { Environment } from "@server/env";
import environment from "@server/utils/environment";

class GooglePluginEnvironment extends Environment {
  public GOOGLE_CLIENT_ID = this.toOptionalString(environment.GOOGLE_CLIENT_ID);
  public GOOGLE_CLIENT_SECRET = this.toOptionalString(environment.GOOGLE_CLIENT_SECRET);
}

export default new GooglePluginEnvironment();
