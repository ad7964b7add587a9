declare global {
  interface Window {
    _env_?: Record<string, string | undefined>;
  }
}

const runtime = (key: string) => window._env_?.[key] ?? (import.meta as any).env?.[key];

export const API_ROOT = runtime('REACT_APP_API_URL') ?? 'http://localhost:3000';
export const WS_URL = runtime('REACT_APP_WS_URL') ?? 'http://localhost:3002';
export const ENVIRONMENT = runtime('REACT_APP_ENVIRONMENT') ?? 'local';
export const IS_DOCKER_HOSTED = runtime('IS_DOCKER_HOSTED') === 'true';
export const SEGMENT_KEY = runtime('REACT_APP_SEGMENT_KEY');
export const SENTRY_DSN = runtime('REACT_APP_SENTRY_DSN');
