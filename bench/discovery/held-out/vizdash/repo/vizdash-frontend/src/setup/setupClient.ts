import { VizdashClient, logging } from '@northlight/vizdash-ui-core';
import parseCookie from 'src/utils/parseCookie';

function getDefaultConfiguration() {
  const csrfNode = document.querySelector<HTMLInputElement>('#csrf_token');
  const csrfToken = csrfNode?.value;

  // when using flask-jwt-extended csrf is set in cookies
  const jwtAccessCsrfCookieName =
    (window as any).bootstrapData?.common?.conf
      ?.JWT_ACCESS_CSRF_COOKIE_NAME || 'csrf_access_token';
  const cookieCSRFToken = parseCookie()[jwtAccessCsrfCookieName] || '';

  return {
    protocol: ['http:', 'https:'].includes(window?.location?.protocol)
      ? (window?.location?.protocol as 'http:' | 'https:')
      : undefined,
    // same-origin: the SPA talks to the Flask app that served it
    host: window.location?.host || '',
    csrfToken: csrfToken || cookieCSRFToken,
  };
}

export default function setupClient(customConfig: Partial<any> = {}) {
  VizdashClient.configure({
    ...getDefaultConfiguration(),
    ...customConfig,
  })
    .init()
    .catch(error => {
      logging.warn('Error initializing VizdashClient', error);
    });
}
