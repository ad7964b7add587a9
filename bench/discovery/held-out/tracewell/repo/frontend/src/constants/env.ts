const ENVIRONMENT = {
	baseURL: process?.env?.FRONTEND_API_ENDPOINT || '',
	wsURL: process?.env?.WEBSOCKET_API_ENDPOINT || '',
	sentryDSN: process?.env?.SENTRY_DSN || '',
	posthogKey: process?.env?.POSTHOG_KEY || '',
};

export const apiV1 = '/api/v1/';
export const apiV3 = '/api/v3/';
export const apiAlertManager = '/api/alertmanager/';

export const ENV_SENTRY_ENABLED = ENVIRONMENT.sentryDSN !== '';

export default ENVIRONMENT;
