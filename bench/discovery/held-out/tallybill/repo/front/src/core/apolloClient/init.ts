import { ApolloClient, ApolloLink, InMemoryCache, NormalizedCacheObject } from '@apollo/client'
import { onError } from '@apollo/client/link/error'
import createUploadLink from 'apollo-upload-client/createUploadLink.mjs'

import { envGlobalVar } from '~/core/constants/envGlobalVar'

import { cache } from './cache'
import { getItemFromLS, ORGANIZATION_LS_KEY_ID, AUTH_TOKEN_LS_KEY } from './cacheUtils'
import { logOut } from './reactiveVars'

let globalApolloClient: ApolloClient<NormalizedCacheObject> | null = null

export const initializeApolloClient = async () => {
  if (globalApolloClient) return globalApolloClient

  const { apiUrl } = envGlobalVar()

  const initialLink = new ApolloLink((operation, forward) => {
    const { headers } = operation.getContext()
    const token = getItemFromLS(AUTH_TOKEN_LS_KEY)
    const currentOrganizationId = getItemFromLS(ORGANIZATION_LS_KEY_ID)

    operation.setContext({
      headers: {
        ...headers,
        ...(!token ? {} : { authorization: `Bearer ${token}` }),
        ...(!currentOrganizationId ? {} : { 'x-tallybill-organization': currentOrganizationId }),
      },
    })

    return forward(operation)
  })

  const errorLink = onError(({ graphQLErrors }) => {
    graphQLErrors?.forEach(({ extensions }) => {
      if (extensions?.code === 'expired_jwt_token' || extensions?.code === 'token_encoding_error') {
        logOut(globalApolloClient)
      }
    })
  })

  const links = [
    initialLink,
    errorLink,
    createUploadLink({
      uri: `${apiUrl}/graphql`,
    }),
  ]

  const client = new ApolloClient({
    cache: cache as InMemoryCache,
    link: ApolloLink.from(links),
    name: 'tallybill-app',
    version: '1.21.0',
    connectToDevTools: process.env.NODE_ENV === 'development',
  })

  globalApolloClient = client
  return client
}
