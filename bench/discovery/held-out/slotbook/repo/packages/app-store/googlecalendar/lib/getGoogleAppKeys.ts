import { z } from "zod";

import getParsedAppKeysFromSlug from "../../_utils/getAppKeysFromSlug";

const googleAppKeysSchema = z.object({
  client_id: z.string(),
  client_secret: z.string(),
  redirect_uris: z.array(z.string()),
});

export const getGoogleAppKeys = async () => {
  const keys = await getParsedAppKeysFromSlug("google-calendar");
  // GOOGLE_API_CREDENTIALS is the JSON downloaded from the Google console: { web: {...} }
  const web = (keys as any).web ?? keys;
  return googleAppKeysSchema.parse(web);
};
