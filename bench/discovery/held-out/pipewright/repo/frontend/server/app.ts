// Copyright 2019-2020 The Kubeflow Authors
import * as express from 'express';
import * as proxy from 'http-proxy-middleware';
import { UIConfigs } from './configs';
import { getArtifactsHandler } from './handlers/artifacts';
import { getPodLogsHandler } from './handlers/pod-logs';
import { getHealthzHandler } from './handlers/healthz';

export class UIServer {
  app: express.Application;
  constructor(public readonly options: UIConfigs) {
    this.app = createUIServer(options);
  }
  start(port?: number | string) {
    port = port || this.options.server.port;
    return this.app.listen(port, () => console.info(`Server listening at http://localhost:${port}`));
  }
}

function createUIServer(options: UIConfigs) {
  const currDir = path.resolve(__dirname);
  const basePath = options.server.basePath;
  const apiVersion1Prefix = options.server.apiVersion1Prefix;
  const apiVersion2Prefix = options.server.apiVersion2Prefix;
  const apiServerAddress = `http://${options.pipeline.host}:${options.pipeline.port}`;
  const envoyServiceAddress = `http://${options.metadata.envoyService.host}:${options.metadata.envoyService.port}`;

  const app: express.Application = express();
  const registerHandler = createHandlerRegistrar(app, basePath);

  app.use(function(req, _, next) {
    console.info(req.method + ' ' + req.originalUrl);
    next();
  });

  registerHandler(app.get, `/${apiVersion1Prefix}/healthz`, getHealthzHandler({ healthzEndpoint: `${apiServerAddress}/${apiVersion1Prefix}/healthz`, healthzStats: {} }));

  /** Artifact */
  registerHandler(app.get, '/artifacts/get', getArtifactsHandler({ artifactsConfigs: options.artifacts, useParameter: false, tryExtract: true }));
  registerHandler(app.get, '/artifacts/*', getArtifactsHandler({ artifactsConfigs: options.artifacts, useParameter: true, tryExtract: false }));

  /** Pod logs - conditionally stream through API server, otherwise directly from k8s and archive */
  if (options.streamLogsFromServerApi) {
    app.all('/k8s/pod/logs', proxy({ changeOrigin: true, onProxyReq: proxyReq => console.log('Proxied log request: ', proxyReq.path), target: apiServerAddress }));
  } else {
    registerHandler(app.get, '/k8s/pod/logs', getPodLogsHandler(options.argo, options.artifacts, options.pipeline));
  }

  /** Proxy metadata requests to the Envoy instance which will handle routing to the metadata gRPC server */
  app.all(
    '/ml_metadata.*',
    proxy({
      changeOrigin: true,
      onProxyReq: proxyReq => console.log('Metadata proxied request: ', (proxyReq as any).path),
      headers: { 'Content-Type': 'application/grpc-web+proto' },
      target: envoyServiceAddress,
    }),
  );

  // Order matters here, since both handlers can match any proxied request with a referer,
  // and we prioritize the basepath-friendly handler
  proxyMiddleware(app, `/${apiVersion1Prefix}`);
  proxyMiddleware(app, `/${apiVersion2Prefix}`);

  app.all(
    `/${apiVersion1Prefix}/*`,
    proxy({ changeOrigin: true, onProxyReq: proxyReq => console.log('Proxied request: ', proxyReq.path), target: apiServerAddress }),
  );
  app.all(
    `/${apiVersion2Prefix}/*`,
    proxy({ changeOrigin: true, onProxyReq: proxyReq => console.log('Proxied request: ', proxyReq.path), target: apiServerAddress }),
  );

  app.use(basePath, express.static(options.server.staticDir));
  app.use(express.static(options.server.staticDir));
  return app;
}
