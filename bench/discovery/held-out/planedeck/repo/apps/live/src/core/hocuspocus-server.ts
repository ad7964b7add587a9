import { Server } from "@hocuspocus/server";
import { v4 as uuidv4 } from "uuid";
import { handleAuthentication } from "@/core/lib/authentication.js";
import { getExtensions } from "@/core/extensions/index.js";

export const getHocusPocusServer = async () => {
  const extensions = await getExtensions();
  const serverName = process.env.HOSTNAME || uuidv4();
  return Server.configure({
    name: serverName,
    onAuthenticate: async ({ requestHeaders, requestParameters, connection, token }) => {
      const cookie = requestHeaders.cookie?.toString();
      if (!cookie) {
        throw Error("Credentials not provided");
      }
      try {
        await handleAuthentication({
          connection,
          cookie,
          params: requestParameters,
          token,
        });
      } catch (error) {
        throw Error("Authentication unsuccessful!");
      }
    },
    extensions,
    debounce: 10000,
  });
};
