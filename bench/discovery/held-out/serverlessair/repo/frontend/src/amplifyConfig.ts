import { Amplify } from 'aws-amplify';

export const configureAmplify = () =>
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: import.meta.env.VITE_USER_POOL_ID,
        userPoolClientId: import.meta.env.VITE_USER_POOL_CLIENT_ID,
        loginWith: {
          oauth: {
            domain: import.meta.env.VITE_OAUTH_DOMAIN,
            scopes: ['openid', 'email', 'profile'],
            redirectSignIn: [window.location.origin + '/'],
            redirectSignOut: [window.location.origin + '/'],
            responseType: 'code',
          },
        },
      },
    },
    API: {
      GraphQL: {
        endpoint: import.meta.env.VITE_GRAPHQL_ENDPOINT,
        region: 'eu-west-1',
        defaultAuthMode: 'userPool',
      },
      REST: {
        loyalty: { endpoint: import.meta.env.VITE_LOYALTY_API_URL, region: 'eu-west-1' },
      },
    },
  });
