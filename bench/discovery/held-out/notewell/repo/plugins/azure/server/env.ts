import { Environment } from "@server/env";
import environment from "@server/utils/environment";

class AzurePluginEnvironment extends Environment {
  public AZURE_CLIENT_ID = this.toOptionalString(environment.AZURE_CLIENT_ID);
  public AZURE_CLIENT_SECRET = this.toOptionalString(environment.AZURE_CLIENT_SECRET);
  public AZURE_RESOURCE_APP_ID = this.toOptionalString(environment.AZURE_RESOURCE_APP_ID);
}

export default new AzurePluginEnvironment();
