import { Environment } from '@abp/ng.core';

const baseUrl = 'http://localhost:4200';

export const environment = {
  production: false,
  application: {
    baseUrl,
    name: 'Tidemart',
    logoUrl: '',
  },
  oAuthConfig: {
    issuer: 'http://localhost:44330/',
    redirectUri: baseUrl,
    clientId: 'Angular',
    responseType: 'code',
    scope: 'offline_access openid profile email phone IdentityService AdministrationService CatalogService OrderingService',
    requireHttps: false,
  },
  apis: {
    default: {
      url: 'http://localhost:44372',
      rootNamespace: 'Tidemart',
    },
    Catalog: {
      url: 'http://localhost:44372',
      rootNamespace: 'Tidemart.CatalogService',
    },
    Ordering: {
      url: 'http://localhost:44372',
      rootNamespace: 'Tidemart.OrderingService',
    },
  },
} as Environment;
