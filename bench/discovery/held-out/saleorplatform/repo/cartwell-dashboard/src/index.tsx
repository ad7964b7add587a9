import { ApolloClient, ApolloProvider, createHttpLink, InMemoryCache } from "@apollo/client";
import { setContext } from "@apollo/client/link/context";
import React from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";

import { App } from "./App";
import { APP_MOUNT_URI, getAbsoluteApiUrl } from "./config";

const httpLink = createHttpLink({ uri: getAbsoluteApiUrl(), credentials: "include" });

const authLink = setContext((_, { headers }) => {
  const token = localStorage.getItem("_cartwellAccessToken");
  return {
    headers: { ...headers, authorization: token ? `Bearer ${token}` : "" },
  };
});

export const apolloClient = new ApolloClient({
  link: authLink.concat(httpLink),
  cache: new InMemoryCache(),
});

const root = createRoot(document.getElementById("dashboard-app")!);
root.render(
  <ApolloProvider client={apolloClient}>
    <BrowserRouter basename={APP_MOUNT_URI}>
      <App />
    </BrowserRouter>
  </ApolloProvider>,
);
