import * as Sentry from "@sentry/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import React from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";

import { config } from "./core/config";
import { ConnectionsPage } from "./pages/ConnectionsPage";

if (config.sentryDsn) {
  Sentry.init({ dsn: config.sentryDsn });
}

const queryClient = new QueryClient();

export const App: React.FC = () => (
  <QueryClientProvider client={queryClient}>
    <BrowserRouter>
      <Routes>
        <Route path="/workspaces/:workspaceId/connections" element={<ConnectionsPage workspaceId="default" />} />
      </Routes>
    </BrowserRouter>
  </QueryClientProvider>
);
