import { Config, Env, Nested } from '../decorators';

@Config
class PrometheusMetricsConfig {
	/** Whether to enable the `/metrics` endpoint to expose Prometheus metrics. */
	@Env('NODELOOM_METRICS')
	enable: boolean = false;

	@Env('NODELOOM_METRICS_PREFIX')
	prefix: string = 'nodeloom_';

	@Env('NODELOOM_METRICS_INCLUDE_QUEUE_METRICS')
	includeQueueMetrics: boolean = false;
}

@Config
export class EndpointsConfig {
	@Nested
	metrics: PrometheusMetricsConfig;

	@Env('NODELOOM_ENDPOINT_WEBHOOK')
	webhook: string = 'webhook';

	@Env('NODELOOM_ENDPOINT_WEBHOOK_WAIT')
	webhookWaiting: string = 'webhook-waiting';

	@Env('NODELOOM_ENDPOINT_WEBHOOK_TEST')
	webhookTest: string = 'webhook-test';

	@Env('NODELOOM_ENDPOINT_REST')
	rest: string = 'rest';
}


@Config
export class TemplatesConfig {
	/** Whether to load workflow templates. */
	@Env('NODELOOM_TEMPLATES_ENABLED')
	enabled: boolean = true;

	/** Host to retrieve workflow templates from endpoints (used by the editor in the browser). */
	@Env('NODELOOM_TEMPLATES_HOST')
	host: string = 'https://api.nodeloom.io/api/';
}
