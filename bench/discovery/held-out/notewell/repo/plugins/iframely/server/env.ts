import { Environment } from "@server/env";
import environment from "@server/utils/environment";

class IframelyPluginEnvironment extends Environment {
  public IFRAMELY_URL = environment.IFRAMELY_URL ?? "https://iframe.ly";
  public IFRAMELY_API_KEY = this.toOptionalString(environment.IFRAMELY_API_KEY);
}

export default new IframelyPluginEnvironment();
