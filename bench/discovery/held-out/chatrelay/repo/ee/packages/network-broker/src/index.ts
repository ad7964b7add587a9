import { ServiceBroker, Serializers } from 'moleculer';
import type { BrokerOptions } from 'moleculer';
import EJSON from 'ejson';

import { NetworkBroker } from './NetworkBroker';

const {
	// Defaults to the in-process TCP transporter for single-node setups; deployments set nats://...
	TRANSPORTER = 'TCP',
	CACHE = 'Memory',
	SERIALIZER = 'EJSON',
	MOLECULER_LOG_LEVEL = 'warn',
	BALANCE_STRATEGY = 'RoundRobin',
	BALANCE_PREFER_LOCAL = 'false',
	RETRY_ENABLED = 'false',
	REQUEST_TIMEOUT = '60',
	HEARTBEAT_INTERVAL = '10',
	HEARTBEAT_TIMEOUT = '30',
	TRACING_ENABLED = 'false',
	SKIP_PROCESS_EVENT_REGISTRATION = 'false',
} = process.env;

class EJSONSerializer extends Serializers.Base {
	serialize(obj: {}): Buffer {
		return Buffer.from(EJSON.stringify(obj));
	}

	deserialize(buf: Buffer): any {
		return EJSON.parse(buf.toString());
	}
}

export function startBroker(options: Partial<BrokerOptions> = {}): NetworkBroker {
	const network = new ServiceBroker({
		namespace: 'chatrelay',
		transporter: TRANSPORTER,
		logLevel: MOLECULER_LOG_LEVEL as any,
		serializer: SERIALIZER === 'EJSON' ? new EJSONSerializer() : SERIALIZER,
		requestTimeout: parseInt(REQUEST_TIMEOUT) * 1000,
		retryPolicy: { enabled: RETRY_ENABLED === 'true' },
		heartbeatInterval: parseInt(HEARTBEAT_INTERVAL),
		heartbeatTimeout: parseInt(HEARTBEAT_TIMEOUT),
		registry: {
			strategy: BALANCE_STRATEGY,
			preferLocal: BALANCE_PREFER_LOCAL !== 'false',
		},
		cacher: CACHE,
		skipProcessEventRegistration: SKIP_PROCESS_EVENT_REGISTRATION === 'true',
		tracing: {
			enabled: TRACING_ENABLED === 'true',
			exporter: {
				type: 'Jaeger',
				options: {
					endpoint: process.env.JAEGER_ENDPOINT || 'http://jaeger:14268/api/traces',
					serviceName: process.env.SERVICE_NAME || 'chatrelay',
				},
			},
		},
		metrics: {
			enabled: true,
			reporter: [{ type: 'Prometheus', options: { port: parseInt(process.env.MS_METRICS_PORT || '9458') } }],
		},
		...options,
	});

	return new NetworkBroker(network);
}
