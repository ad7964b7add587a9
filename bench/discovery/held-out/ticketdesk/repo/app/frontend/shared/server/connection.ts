// Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

import { createConsumer } from '@rails/actioncable'
import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client/core'
import { getMainDefinition } from '@apollo/client/utilities'
import ActionCableLink from 'graphql-ruby-client/subscriptions/ActionCableLink'

const consumer = createConsumer('/cable')

const httpLink = new HttpLink({
  uri: '/graphql',
  credentials: 'same-origin',
})

const cableLink = new ActionCableLink({ cable: consumer })

const link = split(
  ({ query }) => {
    const definition = getMainDefinition(query)
    return (
      definition.kind === 'OperationDefinition' &&
      definition.operation === 'subscription'
    )
  },
  cableLink,
  httpLink,
)

export const apolloClient = new ApolloClient({
  link,
  cache: new InMemoryCache(),
})

export const consumerConnected = () => consumer.connection.isOpen()
