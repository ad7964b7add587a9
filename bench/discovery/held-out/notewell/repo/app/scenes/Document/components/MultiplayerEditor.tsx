import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import throttle from "lodash/throttle";
import { observer } from "mobx-react";
import * as React from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import Editor, { Props as EditorProps } from "~/components/Editor";
import env from "~/env";
import useCurrentUser from "~/hooks/useCurrentUser";
import useStores from "~/hooks/useStores";
import Logger from "~/utils/Logger";

type Props = EditorProps & {
  id: string;
  onSynced?: () => Promise<void>;
};

function MultiplayerEditor({ onSynced, ...props }: Props, ref: any) {
  const documentId = props.id;
  const { presence, auth, ui } = useStores();
  const user = useCurrentUser();
  const [remoteProvider, setRemoteProvider] = React.useState<HocuspocusProvider | null>(null);
  const [isLocalSynced, setLocalSynced] = React.useState(false);
  const [isRemoteSynced, setRemoteSynced] = React.useState(false);
  const [ydoc] = React.useState(() => new Y.Doc());
  const token = auth.collaborationToken;

  // Provider initialization must be within useLayoutEffect rather than useState
  // or useMemo as both of these are ran twice in React StrictMode resulting in
  // an orphaned websocket connection.
  React.useLayoutEffect(() => {
    const room = `document.${documentId}`;
    const name = `${env.COLLABORATION_URL}/collaboration`;
    const localProvider = new IndexeddbPersistence(room, ydoc);
    const provider = new HocuspocusProvider({
      parameters: { editorVersion: EDITOR_VERSION },
      url: `${name}/${room}`,
      name: room,
      document: ydoc,
      token,
    });

    const syncScrollPosition = throttle(() => {
      provider.setAwarenessField("scrollY", window.scrollY / window.innerHeight);
    }, 250);

    provider.on("authenticationFailed", () => {
      void auth.fetchAuth().catch(() => {
        history.replace("/login");
      });
    });

    provider.on("status", (ev: { status: WebSocketStatus }) => {
      ui.setMultiplayerStatus(ev.status);
    });

    localProvider.on("synced", () => setLocalSynced(true));
    provider.on("synced", () => {
      presence.touch(documentId, user.id, false);
      setRemoteSynced(true);
    });

    window.addEventListener("scroll", syncScrollPosition);
    setRemoteProvider(provider);

    return () => {
      window.removeEventListener("scroll", syncScrollPosition);
      provider?.destroy();
      void localProvider?.destroy();
      setRemoteProvider(null);
      Logger.debug("collaboration", "Destroyed providers", { documentId });
    };
  }, [documentId, ydoc, token, auth, ui, presence, user.id]);

  React.useEffect(() => {
    if (isLocalSynced && isRemoteSynced) {
      void onSynced?.();
    }
  }, [onSynced, isLocalSynced, isRemoteSynced]);

  if (!remoteProvider) {
    return null;
  }

  return <Editor {...props} ref={ref} value={undefined} defaultValue={undefined} />;
}

export default observer(React.forwardRef(MultiplayerEditor));
