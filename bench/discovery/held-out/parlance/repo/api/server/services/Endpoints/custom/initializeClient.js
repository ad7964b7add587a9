const { CacheKeys, envVarRegex } = require('parlance-data-provider');
const getLogStores = require('~/cache/getLogStores');
const { extractEnvVariable } = require('~/server/utils');
const OpenAIClient = require('~/app/clients/OpenAIClient');

const getCustomConfig = async () => {
  const cache = getLogStores(CacheKeys.CONFIG_STORE);
  return await cache.get(CacheKeys.CUSTOM_CONFIG);
};

/**
 * Builds an OpenAI-compatible client for a custom endpoint defined in parlance.yaml
 * (e.g. Mistral, OpenRouter). The upstream URL comes from `baseURL` in the YAML.
 */
const initializeClient = async ({ req, res, endpoint }) => {
  const customConfig = req.app.locals.config ?? (await getCustomConfig());
  if (!customConfig) {
    throw new Error(`Config not found for the ${endpoint} custom endpoint.`);
  }

  const endpointConfig = customConfig.endpoints.custom.find((e) => e.name === endpoint);
  if (!endpointConfig) {
    throw new Error(`Config not found for the ${endpoint} custom endpoint.`);
  }

  const CUSTOM_API_KEY = extractEnvVariable(endpointConfig.apiKey);
  const CUSTOM_BASE_URL = extractEnvVariable(endpointConfig.baseURL);

  if (CUSTOM_API_KEY.match(envVarRegex)) {
    throw new Error(`Missing API Key for ${endpoint}.`);
  }

  const clientOptions = {
    reverseProxyUrl: CUSTOM_BASE_URL ?? null,
    proxy: process.env.PROXY ?? null,
    req,
    res,
    titleConvo: endpointConfig.titleConvo,
    titleModel: endpointConfig.titleModel,
    modelDisplayLabel: endpointConfig.modelDisplayLabel,
    dropParams: endpointConfig.dropParams,
    endpointType: 'custom',
  };

  const client = new OpenAIClient(CUSTOM_API_KEY, clientOptions);
  return { client, openAIApiKey: CUSTOM_API_KEY };
};

module.exports = initializeClient;
