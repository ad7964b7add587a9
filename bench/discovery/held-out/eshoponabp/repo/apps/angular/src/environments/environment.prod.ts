import { Environment } from '@abp/ng.core';

const baseUrl = 'https://admin.tidemart.dev';

export const environment = {
  production: true,
  application: {
    baseUrl,
    name: 'Tidemart',
    logoUrl: '',
  },
  oAuthConfig: {
    issuer: 'https://auth.tidemart.dev/',
    redirectUri: baseUrl,
    clientId: 'Angular',
    responseType: 'code',
    scope: 'offline_access openid profile email phone IdentityService AdministrationService CatalogService OrderingService',
    requireHttps: true,
  },
  apis: {
    default: {
      url: 'https://gateway-web.tidemart.dev',
      rootNamespace: 'Tidemart',
    },
    Catalog: {
      url: 'https://gateway-web.tidemart.dev',
      rootNamespace: 'Tidemart.CatalogService',
    },
    Ordering: {
      url: 'https://gateway-web.tidemart.dev',
      rootNamespace: 'Tidemart.OrderingService',
    },
  },
  remoteEnv: {
    url: '/dynamic-env.json',
    mergeStrategy: 'deepmerge',
  },
} as Environment;
