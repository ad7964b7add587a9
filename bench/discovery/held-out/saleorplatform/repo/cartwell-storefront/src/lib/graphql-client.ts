"use client";

import { cacheExchange, createClient, fetchExchange } from "@urql/next";

// Browser-side client used by the checkout widgets (runs in the shopper's browser).
export const makeUrqlClient = () =>
  createClient({
    url: process.env.NEXT_PUBLIC_CARTWELL_API_URL!,
    suspense: true,
    requestPolicy: "cache-first",
    exchanges: [cacheExchange, fetchExchange],
  });
