import { ConnectionConfiguration } from "@hocuspocus/server";
import { UserService } from "@/core/services/api.service.js";

const userService = new UserService();

type Props = {
  connection: ConnectionConfiguration;
  cookie: string;
  params: URLSearchParams;
  token: string;
};

export const handleAuthentication = async (props: Props) => {
  const { connection, cookie, params, token } = props;
  // fetch current user info from the api server using the browser's session cookie
  const response = await userService.currentUser(cookie);
  if (response.id !== token) {
    throw Error("Authentication failed: Token doesn't match the current user.");
  }
  const workspaceSlug = params.get("workspaceSlug")?.toString();
  if (!workspaceSlug) {
    throw Error("Authentication failed: Incomplete query params.");
  }
  const workspaceMemberships = await userService.workspaceMemberships(workspaceSlug, cookie);
  if (workspaceMemberships.role < 15) {
    connection.readOnly = true;
  }
  return { user: { id: response.id, name: response.display_name } };
};
