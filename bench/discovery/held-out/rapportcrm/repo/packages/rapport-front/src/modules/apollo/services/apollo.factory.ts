import {
  ApolloClient,
  ApolloClientOptions,
  ApolloLink,
  fromPromise,
  ServerError,
  ServerParseError,
} from '@apollo/client';
import { GraphQLFormattedError } from 'graphql';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { createUploadLink } from 'apollo-upload-client';

import { REACT_APP_SERVER_BASE_URL } from '~/config';
import { renewToken } from '@/auth/services/AuthService';
import { AuthTokenPair } from '~/generated/graphql';
import { isDefined } from '~/utils/isDefined';

export interface Options<TCacheShape> extends ApolloClientOptions<TCacheShape> {
  onError?: (err: readonly GraphQLFormattedError[] | undefined) => void;
  onNetworkError?: (err: Error | ServerParseError | ServerError) => void;
  onTokenPairChange?: (tokenPair: AuthTokenPair) => void;
  onUnauthenticatedError?: () => void;
  initialTokenPair: AuthTokenPair | null;
  extraLinks?: ApolloLink[];
  isDebugMode?: boolean;
}

export class ApolloFactory<TCacheShape> {
  private client: ApolloClient<TCacheShape>;
  private tokenPair: AuthTokenPair | null = null;

  constructor(opts: Options<TCacheShape>) {
    const {
      uri,
      onError: onErrorCb,
      onTokenPairChange,
      onUnauthenticatedError,
      initialTokenPair,
      extraLinks,
      ...options
    } = opts;

    this.tokenPair = initialTokenPair;

    const buildApolloLink = (): ApolloLink => {
      const httpLink = createUploadLink({
        uri: uri ?? `${REACT_APP_SERVER_BASE_URL}/graphql`,
      });

      const authLink = setContext(async (_, { headers }) => {
        return {
          headers: {
            ...headers,
            authorization: this.tokenPair?.accessToken.token
              ? `Bearer ${this.tokenPair?.accessToken.token}`
              : '',
          },
        };
      });

      const retryLink = new RetryLink({
        delay: { initial: 3000 },
        attempts: {
          max: 2,
          retryIf: (error) => !!error,
        },
      });

      const errorLink = onError(({ graphQLErrors, operation, forward }) => {
        if (isDefined(graphQLErrors)) {
          for (const graphQLError of graphQLErrors) {
            if (graphQLError.extensions?.code === 'UNAUTHENTICATED') {
              return fromPromise(
                renewToken(uri, this.tokenPair)
                  .then((tokens) => {
                    if (isDefined(tokens)) {
                      onTokenPairChange?.(tokens);
                    }
                  })
                  .catch(() => {
                    onUnauthenticatedError?.();
                  }),
              ).flatMap(() => forward(operation));
            }
          }
          onErrorCb?.(graphQLErrors);
        }
      });

      return ApolloLink.from(
        [errorLink, authLink, ...(extraLinks || []), retryLink, httpLink].filter(
          isDefined,
        ),
      );
    };

    this.client = new ApolloClient({
      ...options,
      link: buildApolloLink(),
    });
  }

  getClient() {
    return this.client;
  }
}
