import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import conf, { ENABLED_TELEMETRY, logApp } from '../config/conf';

const TELEMETRY_ENDPOINT = conf.get('app:telemetry:otlp:endpoint');

const telemetryManager = {
  start: async () => {
    if (!ENABLED_TELEMETRY) {
      logApp.info('[OPENCTI-MODULE] Telemetry manager disabled');
      return;
    }
    const exporter = new OTLPMetricExporter({ url: TELEMETRY_ENDPOINT });
    logApp.info('[OPENCTI-MODULE] Telemetry exporter started', { exporter: exporter.constructor.name });
  },
};

export default telemetryManager;
