import { useEffect, useMemo } from "react";
import { HocuspocusProvider } from "@hocuspocus/provider";
import * as Y from "yjs";

const LIVE_BASE_URL = process.env.NEXT_PUBLIC_LIVE_BASE_URL || "";
const LIVE_BASE_PATH = process.env.NEXT_PUBLIC_LIVE_BASE_PATH || "/live";

function liveSocketUrl() {
  const origin = LIVE_BASE_URL || window.location.origin;
  const url = new URL(`${LIVE_BASE_PATH}/collaboration`, origin);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return url.toString();
}

export const useCollaboration = (pageId: string, workspaceSlug: string, userId: string) => {
  const provider = useMemo(
    () =>
      new HocuspocusProvider({
        url: liveSocketUrl(),
        name: pageId,
        parameters: { workspaceSlug },
        token: userId,
        document: new Y.Doc(),
      }),
    [pageId, workspaceSlug, userId]
  );

  useEffect(() => () => provider.destroy(), [provider]);
  return provider;
};
