import "mobx-react-lite/batchingForReactDom";
import "focus-visible";
import { LazyMotion } from "framer-motion";
import { Provider } from "mobx-react";
import * as React from "react";
import { render } from "react-dom";
import { Router } from "react-router-dom";
import Analytics from "~/components/Analytics";
import Theme from "~/components/Theme";
import stores from "~/stores";
import WebsocketProvider from "~/stores/SocketProvider";
import history from "~/utils/history";
import { initSentry } from "~/utils/sentry";
import Routes from "./routes";
import env from "./env";

if (env.SENTRY_DSN) {
  initSentry(history);
}

const element = window.document.getElementById("root");

if (element) {
  render(
    <Provider {...stores}>
      <Analytics>
        <Theme>
          <LazyMotion features={() => import("framer-motion").then((m) => m.domAnimation)}>
            <Router history={history}>
              <WebsocketProvider>
                <Routes />
              </WebsocketProvider>
            </Router>
          </LazyMotion>
        </Theme>
      </Analytics>
    </Provider>,
    element
  );
}
