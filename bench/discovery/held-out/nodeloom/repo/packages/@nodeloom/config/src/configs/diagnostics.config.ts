import { Config, Env, Nested } from '../decorators';

@Config
class PostHogConfig {
	@Env('NODELOOM_DIAGNOSTICS_POSTHOG_API_KEY')
	apiKey: string = 'phc_4URIAm1uYfJO7j8kWSe0J8lc8IqnstRLS7Jx8NcakHo';

	@Env('NODELOOM_DIAGNOSTICS_POSTHOG_API_HOST')
	apiHost: string = 'https://ph.nodeloom.io';
}

@Config
export class DiagnosticsConfig {
	/** Whether diagnostics (product telemetry) are enabled. */
	@Env('NODELOOM_DIAGNOSTICS_ENABLED')
	enabled: boolean = true;

	/** Diagnostics config for frontend, `{key};{url}` */
	@Env('NODELOOM_DIAGNOSTICS_CONFIG_FRONTEND')
	frontendConfig: string = '1zPn9bgWPzlQc0p8Gj1uiK6DOTn;https://telemetry.nodeloom.io';

	/** Diagnostics config for backend, `{key};{url}` */
	@Env('NODELOOM_DIAGNOSTICS_CONFIG_BACKEND')
	backendConfig: string = '1zPn7YoGC3ZXE9zLeTKLuQCB4F6;https://telemetry.nodeloom.io';

	@Nested
	posthogConfig: PostHogConfig;
}


@Config
export class SentryConfig {
	/** Sentry DSN (data source name) for the backend. */
	@Env('NODELOOM_SENTRY_DSN')
	backendDsn: string = '';

	/** Sentry DSN for the frontend. */
	@Env('NODELOOM_FRONTEND_SENTRY_DSN')
	frontendDsn: string = '';

	@Env('ENVIRONMENT')
	environment: string = '';
}
