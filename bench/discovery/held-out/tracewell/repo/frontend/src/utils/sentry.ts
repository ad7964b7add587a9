import * as Sentry from '@sentry/react';
import posthog from 'posthog-js';

import ENVIRONMENT, { ENV_SENTRY_ENABLED } from '../constants/env';

export function initMonitoring(): void {
	if (ENV_SENTRY_ENABLED) {
		Sentry.init({
			dsn: ENVIRONMENT.sentryDSN,
			tracesSampleRate: 0.1,
			integrations: [Sentry.browserTracingIntegration()],
		});
	}
	if (ENVIRONMENT.posthogKey) {
		posthog.init(ENVIRONMENT.posthogKey, { api_host: 'https://us.i.posthog.com' });
	}
}
