import { Environment } from "@server/env";
import environment from "@server/utils/environment";

class SlackPluginEnvironment extends Environment {
  public SLACK_CLIENT_ID = this.toOptionalString(environment.SLACK_CLIENT_ID || environment.SLACK_KEY);
  public SLACK_CLIENT_SECRET = this.toOptionalString(environment.SLACK_CLIENT_SECRET || environment.SLACK_SECRET);
  public SLACK_VERIFICATION_TOKEN = this.toOptionalString(environment.SLACK_VERIFICATION_TOKEN);
  public SLACK_APP_ID = this.toOptionalString(environment.SLACK_APP_ID);
  public SLACK_MESSAGE_ACTIONS = this.toBoolean(environment.SLACK_MESSAGE_ACTIONS ?? "false");
}

export default new SlackPluginEnvironment();
