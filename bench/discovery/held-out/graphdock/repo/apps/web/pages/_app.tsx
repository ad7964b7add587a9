import type { AppProps } from 'next/app';
import { ApolloProvider } from '@apollo/client';
import { getApolloClient } from '../lib/apollo';
import Layout from '../components/Layout';
import '../styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  return (
    <ApolloProvider client={getApolloClient()}>
      <Layout>
        <Component {...pageProps} />
      </Layout>
    </ApolloProvider>
  );
}
