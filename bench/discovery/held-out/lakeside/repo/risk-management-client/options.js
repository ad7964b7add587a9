'use strict';

/** Server address: --host/--port win over RISK_SERVER_HOST/RISK_SERVER_PORT, which win over localhost:50051. */
function serverAddress(opts, env = process.env) {
  const host = opts.host || env.RISK_SERVER_HOST || 'localhost';
  const port = opts.port || env.RISK_SERVER_PORT || '50051';
  return `${host}:${port}`;
}

module.exports = { serverAddress };
