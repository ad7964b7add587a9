import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { getToken } from './auth';

const HTTP_URL = process.env.NEXT_PUBLIC_GRAPHDOCK_URL ?? 'http://localhost:8080/v1/graphql';
const WS_URL = process.env.NEXT_PUBLIC_GRAPHDOCK_WS_URL ?? 'ws://localhost:8080/v1/graphql';

const authLink = setContext((_, { headers }) => {
  const token = getToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

function createLink() {
  const httpLink = authLink.concat(new HttpLink({ uri: HTTP_URL }));
  if (typeof window === 'undefined') return httpLink;

  const wsLink = new GraphQLWsLink(
    createClient({
      url: WS_URL,
      connectionParams: () => {
        const token = getToken();
        return token ? { headers: { authorization: `Bearer ${token}` } } : {};
      },
    }),
  );

  return split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    wsLink,
    httpLink,
  );
}

let client: ApolloClient<any> | null = null;

export function getApolloClient() {
  if (!client || typeof window === 'undefined') {
    client = new ApolloClient({ link: createLink(), cache: new InMemoryCache(), ssrMode: typeof window === 'undefined' });
  }
  return client;
}
