import Head from 'next/head';

export default function App({ Component, pageProps }) {
  return (
    <>
      <Head>
        <title>Kettle &amp; Co</title>
      </Head>
      <header><h1>Kettle &amp; Co</h1></header>
      <Component {...pageProps} />
    </>
  );
}
