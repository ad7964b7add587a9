import nconf from 'nconf';
import path from 'node:path';
import winston from 'winston';

const environment = process.env.NODE_ENV || 'production';
const resolvePath = (relativePath) => path.join(process.cwd(), relativePath);
const DEFAULT_ENV = 'production';

// Environment variables override: APP__PORT -> app:port, REDIS__HOSTNAME -> redis:hostname
nconf.add('env', { separator: '__', lowerCase: true, parseValues: true });
nconf.add('argv', { parseValues: true });
nconf.file(environment, resolvePath(`config/${environment.toLowerCase()}.json`));
if (environment !== DEFAULT_ENV) {
  nconf.file(DEFAULT_ENV, resolvePath('config/production.json'));
}
nconf.file('default', resolvePath('config/default.json'));

export const logApp = winston.createLogger({
  level: nconf.get('app:app_logs:logs_level'),
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

export const booleanConf = (key, defaultValue = true) => {
  const value = nconf.get(key);
  if (value === undefined || value === null) return defaultValue;
  return value === true || value === 'true';
};

export const PORT = nconf.get('app:port');
export const BASE_PATH = nconf.get('app:base_path') || '';
export const DEV_MODE = environment !== 'production';
export const ENABLED_TELEMETRY = booleanConf('app:telemetry:manager:enabled', false);
export const ENABLED_AI = booleanConf('app:ai:enabled', false);

export default nconf;
