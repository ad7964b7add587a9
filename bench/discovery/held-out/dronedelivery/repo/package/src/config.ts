export interface Settings {
  port: number;
  connectionString: string;
  dbName: string;
  collectionName: string;
  instrumentationKey?: string;
  logLevel: string;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  if (!env.COSMOSDB_CONNECTION) {
    throw new Error('COSMOSDB_CONNECTION must be set (mounted from Key Vault in AKS)');
  }
  return {
    port: parseInt(env.PORT || '80', 10),
    connectionString: env.COSMOSDB_CONNECTION,
    dbName: env.COSMOSDB_DB_NAME || 'packages',
    collectionName: env.COSMOSDB_COL_NAME || 'packages',
    instrumentationKey: env.APPINSIGHTS_INSTRUMENTATIONKEY,
    logLevel: env.LOG_LEVEL || 'info',
  };
}
