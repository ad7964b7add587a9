import { EVENT_WS_MESSAGE } from "@keyward/common/constants";

export interface WSMessage {
    message_type: string;
}

export class WebsocketClient {
    messageSocket?: WebSocket;
    retryDelay = 200;

    constructor() {
        try {
            this.connect();
        } catch (error) {
            console.warn(`keyward/ws: failed to connect to ws ${error}`);
        }
    }

    connect(): void {
        if (navigator.webdriver) return;
        const wsUrl = `${window.location.protocol.replace("http", "ws")}//${window.location.host}/ws/client/`;
        this.messageSocket = new WebSocket(wsUrl);
        this.messageSocket.addEventListener("close", () => {
            setTimeout(() => {
                this.retryDelay = this.retryDelay * 2;
                this.connect();
            }, this.retryDelay);
        });
        this.messageSocket.addEventListener("message", (e) => {
            const data = JSON.parse(e.data);
            window.dispatchEvent(new CustomEvent(EVENT_WS_MESSAGE, { bubbles: true, composed: true, detail: data as WSMessage }));
        });
    }
}
