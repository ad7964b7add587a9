import type { AppProps } from "next/app";
import Head from "next/head";

import { trpc } from "@slotbook/trpc/react/trpc";
import "@slotbook/ui/styles/globals.css";

function MyApp({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover" />
      </Head>
      <Component {...pageProps} />
    </>
  );
}

export default trpc.withTRPC(MyApp);
