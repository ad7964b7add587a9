function getToken(): string | null {
  return localStorage.getItem('jwt');
}

// In production builds window.env is empty and everything goes to the same origin ("/api"),
// where the reverse proxy forwards to the API service.
declare global {
  interface Window { env: Record<string, string>; }
}

const API_ROOT: string = (window.env && window.env.API_EDP) || window.location.origin + '/api';

const siteIdRequiredPaths = ['/dashboard', '/sessions', '/events', '/errors', '/assist', '/heatmaps'];

export default class APIClient {
  private readonly init: RequestInit;
  private siteId: string | undefined;

  constructor() {
    const jwt = getToken();
    this.init = {
      headers: new Headers({ Accept: 'application/json', 'Content-Type': 'application/json' }),
    };
    if (jwt) {
      (this.init.headers as Headers).set('Authorization', `Bearer ${jwt}`);
    }
  }

  setSiteIdCheck(siteId: string) {
    this.siteId = siteId;
  }

  fetch(path: string, params?: any, method: string = 'GET'): Promise<Response> {
    const init = Object.assign({}, this.init, { method });
    if (params !== undefined) {
      init.body = JSON.stringify(params);
    }
    if (this.siteId && siteIdRequiredPaths.some((sp) => path.startsWith(sp))) {
      path = `/${this.siteId}${path}`;
    }
    return window.fetch(API_ROOT + path, init);
  }

  get(path: string, params?: any) {
    const qs = params ? '?' + new URLSearchParams(params).toString() : '';
    return this.fetch(path + qs);
  }

  post(path: string, params?: any) {
    return this.fetch(path, params, 'POST');
  }
}
