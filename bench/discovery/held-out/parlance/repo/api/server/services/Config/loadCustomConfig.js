const path = require('path');
const axios = require('axios');
const yaml = require('js-yaml');
const fs = require('fs');
const { CacheKeys, configSchema } = require('parlance-data-provider');
const getLogStores = require('~/cache/getLogStores');
const { logger } = require('~/config');

const projectRoot = path.resolve(__dirname, '..', '..', '..', '..');
const defaultConfigPath = path.resolve(projectRoot, 'parlance.yaml');

let i = 0;

/**
 * Load custom configuration files and caches the object if the `cache` field at root is true.
 * Validation via parsing the config file with the config schema.
 */
async function loadCustomConfig() {
  // Use CONFIG_PATH if set, otherwise fallback to defaultConfigPath
  const configPath = process.env.CONFIG_PATH || defaultConfigPath;

  let customConfig;

  if (/^https?:\/\//.test(configPath)) {
    try {
      const response = await axios.get(configPath);
      customConfig = response.data;
    } catch (error) {
      i === 0 && logger.error(`Failed to fetch the remote config file from ${configPath}`, error);
      i === 0 && i++;
      return null;
    }
  } else {
    if (!fs.existsSync(configPath)) {
      i === 0 && logger.info('Custom config file missing or YAML format invalid.');
      i === 0 && i++;
      return null;
    }
    customConfig = yaml.load(fs.readFileSync(configPath, 'utf8'));
  }

  const result = configSchema.strict().safeParse(customConfig);
  if (!result.success) {
    logger.error(`Invalid custom config file at ${configPath}`, result.error);
    return null;
  }
  logger.info('Custom config file loaded');

  if (customConfig.cache) {
    const cache = getLogStores(CacheKeys.CONFIG_STORE);
    await cache.set(CacheKeys.CUSTOM_CONFIG, customConfig);
  }

  return customConfig;
}

module.exports = loadCustomConfig;
