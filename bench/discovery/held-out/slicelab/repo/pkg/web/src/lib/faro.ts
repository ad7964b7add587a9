import { getWebInstrumentations, initializeFaro } from '@grafana/faro-web-sdk';
import { TracingInstrumentation } from '@grafana/faro-web-tracing';

// Telemetry only: the collector URL is served by the config service.
export async function initFaro() {
	const res = await fetch('/api/config');
	const cfg = await res.json();
	if (!cfg.faro_url) return;
	initializeFaro({
		url: cfg.faro_url,
		app: { name: cfg.faro_app_name || 'slicelab', version: '1.0.0' },
		instrumentations: [...getWebInstrumentations(), new TracingInstrumentation()]
	});
}
