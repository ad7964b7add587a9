"use strict";

/**
 * Moleculer ServiceBroker configuration for Quill.
 *
 * Every container runs the same image; which services are loaded is chosen by the
 * SERVICES env var (see docker-compose.yml). Transporter and cacher come from the
 * environment so the same file works in dev (no transporter, memory cacher) and in
 * docker-compose (NATS + Redis).
 *
 * https://moleculer.services/docs/0.14/configuration.html
 */
const os = require("os");

module.exports = {
	namespace: process.env.NAMESPACE || "quill",
	nodeID: (process.env.NODEID ? process.env.NODEID + "-" : "") + os.hostname().toLowerCase(),

	logger: {
		type: "Console",
		options: {
			colors: true,
			moduleColors: false,
			formatter: "full",
			autoPadding: false
		}
	},
	logLevel: process.env.LOGLEVEL || "info",

	// Transporter: NATS in docker-compose (TRANSPORTER=nats://nats:4222).
	// Leave unset for a single-process local broker.
	transporter: process.env.TRANSPORTER || null,
	// transporter: "kafka://kafka:9092",   // tried in 2022, dropped - see docs/architecture.md

	// Cacher: Redis in docker-compose (CACHER=redis://redis:6379), memory otherwise
	cacher: process.env.CACHER
		? {
			type: "Redis",
			options: {
				prefix: "QUILL",
				ttl: 60 * 30,
				monitor: false,
				redis: process.env.CACHER
			}
		}
		: "Memory",

	serializer: "JSON",
	requestTimeout: 10 * 1000,

	retryPolicy: {
		enabled: true,
		retries: 3,
		delay: 100,
		maxDelay: 1000,
		factor: 2,
		check: err => err && !!err.retryable
	},

	maxCallLevel: 100,
	heartbeatInterval: 10,
	heartbeatTimeout: 30,

	tracking: {
		enabled: true,
		shutdownTimeout: 5000
	},

	registry: {
		strategy: "RoundRobin",
		preferLocal: true
	},

	circuitBreaker: {
		enabled: true,
		threshold: 0.5,
		minRequestCount: 20,
		windowTime: 60,
		halfOpenTime: 10 * 1000,
		check: err => err && err.code >= 500
	},

	bulkhead: {
		enabled: false,
		concurrency: 10,
		maxQueueSize: 100
	},

	validator: true,

	// Prometheus reporter - scraped by monitoring/prometheus.yml on :3030/metrics
	metrics: {
		enabled: process.env.METRICS !== "false",
		reporter: [
			{
				type: "Prometheus",
				options: {
					port: 3030,
					path: "/metrics",
					defaultLabels: registry => ({
						namespace: registry.broker.namespace,
						nodeID: registry.broker.nodeID
					})
				}
			}
		]
	},

	// Tracing to Jaeger (collector HTTP endpoint)
	tracing: {
		enabled: process.env.TRACING === "true",
		exporter: [
			{
				type: "Jaeger",
				options: {
					endpoint: process.env.JAEGER_ENDPOINT || "http://jaeger:14268/api/traces",
					sampler: { type: "Const", options: { decision: 1 } },
					tracerOptions: {},
					defaultTags: { app: "quill" }
				}
			}
		]
	},

	middlewares: [],

	created(broker) {
		broker.logger.info(`Quill node '${broker.nodeID}' created`);
	},

	started(broker) {
		broker.logger.info(`Services loaded: ${process.env.SERVICES || "(all)"}`);
	}
};
