///
/// Copyright © 2016-2026 The SensorGrid Authors
///

import config from 'config';
import { _logger } from './config/logger';
import express from 'express';
import http, { ServerResponse } from 'http';
import httpProxy from 'http-proxy';
import path from 'path';
import historyApiFallback from 'connect-history-api-fallback';
import { Socket } from 'net';

const logger = _logger('main');

let server: http.Server | null;
let connections: Socket[] = [];

(async () => {
    try {
        logger.info('Starting SensorGrid Web UI Microservice...');

        const bindAddress: string = config.get('server.address');
        const bindPort = Number(config.get('server.port'));

        const sgEnableProxy: string = config.get('server.enableProxy');

        const useApiProxy = sgEnableProxy === "true";

        let webDir = path.join(__dirname, 'web');

        if (typeof process.env.WEB_FOLDER === 'string') {
            webDir = path.resolve(process.env.WEB_FOLDER);
        }
        logger.info('Web folder: %s', webDir);

        const app = express();
        server = http.createServer(app);

        let apiProxy: httpProxy;
        if (useApiProxy) {
            const sgHost: string = config.get('sensorgrid.host');
            const sgPort = Number(config.get('sensorgrid.port'));

            logger.info('SensorGrid API host: %s', sgHost);
            logger.info('SensorGrid API port: %s', sgPort);

            apiProxy = httpProxy.createProxyServer({
                target: {
                    host: sgHost,
                    port: sgPort
                }
            });

            apiProxy.on('error', (err, req, res) => {
                logger.warn('API proxy error: %s', err.message);
                if (res instanceof ServerResponse) {
                    res.writeHead(500);
                    const error = err as any;
                    if (error.code && error.code === 'ECONNREFUSED') {
                        res.end('Unable to connect to SensorGrid server.');
                    } else {
                        res.end('SensorGrid Server connection error: ' + error.code ? error.code : '');
                    }
                }
            });
        }

        if (useApiProxy) {
            app.all('/api/*', (req, res) => {
                logger.debug(req.method + ' ' + req.originalUrl);
                apiProxy.web(req, res);
            });

            app.all('/static/rulenode/*', (req, res) => {
                apiProxy.web(req, res);
            });

            server.on('upgrade', (req, socket, head) => {
                apiProxy.ws(req, socket, head);
            });
        }

        app.use(historyApiFallback());

        const root = path.join(webDir, 'public');

        app.use(express.static(root));

        server.listen(bindPort, bindAddress, () => {
            logger.info('==> 🌎  Listening on port %s.', bindPort);
            logger.info('Started SensorGrid Web UI Microservice.');
        }).on('error', async (error) => {
            logger.error('Failed to start SensorGrid Web UI Microservice: %s', error.message);
            logger.error(error.stack);
            exit(-1);
        });

        server.on('connection', connection => {
            connections.push(connection);
            connection.on('close', () => connections = connections.filter(curr => curr !== connection));
        });

    } catch (e: any) {
        logger.error('Failed to start SensorGrid Web UI Microservice: %s', e.message);
        logger.error(e.stack);
        exit(-1);
    }
})();

process.on('SIGTERM', () => {
    logger.info('SIGTERM signal received');
    process.exit(0);
});

function exit(status: number) {
    logger.info('Exiting with status: %d ...', status);
    if (server) {
        logger.info('Stopping HTTP Server...');
        connections.forEach(curr => curr.end(() => curr.destroy()));
        const _server = server;
        server = null;
        _server.close(() => {
            logger.info('HTTP Server stopped.');
            process.exit(status);
        });
    } else {
        process.exit(status);
    }
}
