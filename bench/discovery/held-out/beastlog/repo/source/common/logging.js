// Pushes structured logs straight to Loki (via Alloy's loki.source.api) and stdout.
const { createLogger, format, transports } = require('winston');
const LokiTransport = require('winston-loki');

module.exports = (serviceName, context) => {
    const lokiHost = process.env.LOGS_TARGET || 'http://alloy:3100';

    const logger = createLogger({
        level: 'info',
        format: format.combine(format.timestamp(), format.json()),
        defaultMeta: { service: serviceName },
        transports: [
            new transports.Console(),
            new LokiTransport({
                host: lokiHost,
                labels: { service_name: serviceName, namespace: context.namespace || 'bestiary' },
                json: true,
                batching: true,
                interval: 5,
                onConnectionError: (err) => console.error('loki push failed', err.message),
            }),
        ],
    });

    return {
        info: (msg, meta) => logger.info(msg, meta),
        warn: (msg, meta) => logger.warn(msg, meta),
        error: (msg, meta) => logger.error(msg, meta),
    };
};
