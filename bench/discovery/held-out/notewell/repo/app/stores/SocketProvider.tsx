import { observer } from "mobx-react";
import * as React from "react";
import { io, Socket } from "socket.io-client";
import RootStore from "~/stores/RootStore";
import withStores from "~/components/withStores";
import { getVisibilityListener, getPageVisible } from "~/utils/pageVisibility";

type SocketWithAuthentication = Socket & { authenticated?: boolean };

export const WebsocketContext = React.createContext<SocketWithAuthentication | null>(null);

type Props = RootStore & { children: React.ReactNode };

@observer
class WebsocketProvider extends React.Component<Props> {
  socket: SocketWithAuthentication | null;

  componentDidMount() {
    this.createConnection();
    document.addEventListener(getVisibilityListener(), this.checkConnection);
  }

  componentWillUnmount() {
    if (this.socket) {
      this.socket.authenticated = false;
      this.socket.disconnect();
    }
    document.removeEventListener(getVisibilityListener(), this.checkConnection);
  }

  checkConnection = () => {
    if (this.socket?.disconnected && getPageVisible()) {
      this.socket.connect();
    }
  };

  createConnection = () => {
    this.socket = io(window.location.origin, {
      path: "/realtime",
      transports: ["websocket"],
      reconnectionDelay: 1000,
      reconnectionDelayMax: 30000,
      auth: { token: this.props.auth.accessToken },
    });
    this.socket.authenticated = false;

    const { documents, auth } = this.props;

    this.socket.on("connect", () => {
      if (this.socket) {
        this.socket.authenticated = true;
      }
    });

    this.socket.on("entities", async (event: { documentIds: { id: string; updatedAt?: string }[] }) => {
      for (const documentDescriptor of event.documentIds) {
        const document = documents.data.get(documentDescriptor.id);
        if (document?.updatedAt === documentDescriptor.updatedAt) {
          continue;
        }
        await documents.fetch(documentDescriptor.id);
      }
    });

    this.socket.on("user.suspend", async () => {
      await auth.logout();
    });
  };

  render() {
    return <WebsocketContext.Provider value={this.socket}>{this.props.children}</WebsocketContext.Provider>;
  }
}

export default withStores(WebsocketProvider);
