// Kestrel Skyparcel - shared Azure resources for the AKS deployment.
param location string = resourceGroup().location
param prefix string = 'skyparcel'

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${prefix}-logs'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-ai'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource aks 'Microsoft.ContainerService/managedClusters@2023-05-01' = {
  name: '${prefix}-aks'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    dnsPrefix: prefix
    agentPoolProfiles: [ { name: 'system', count: 3, vmSize: 'Standard_D4s_v3', mode: 'System' } ]
    addonProfiles: {
      omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: logs.id } }
      azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: 'true' } }
    }
    oidcIssuerProfile: { enabled: true }
  }
}

resource kv 'Microsoft.KeyVault/vaults@2022-07-01' = {
  name: '${prefix}-kv'
  location: location
  properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true }
}

resource sb 'Microsoft.ServiceBus/namespaces@2022-01-01-preview' = {
  name: '${prefix}-sb'
  location: location
  sku: { name: 'Premium', capacity: 1 }
}

resource dispatchQueue 'Microsoft.ServiceBus/namespaces/queues@2022-01-01-preview' = {
  parent: sb
  name: 'dispatchrequests'
  properties: { maxDeliveryCount: 10, deadLetteringOnMessageExpiration: true }
}

resource ehns 'Microsoft.EventHub/namespaces@2022-01-01-preview' = {
  name: '${prefix}-eh'
  location: location
  sku: { name: 'Standard', capacity: 1 }
}

resource statusHub 'Microsoft.EventHub/namespaces/eventhubs@2022-01-01-preview' = {
  parent: ehns
  name: 'deliverystatus'
  properties: { partitionCount: 4, messageRetentionInDays: 1 }
}

resource historyConsumerGroup 'Microsoft.EventHub/namespaces/eventhubs/consumergroups@2022-01-01-preview' = {
  parent: statusHub
  name: 'deliveryhistory'
}

resource checkpoints 'Microsoft.Storage/storageAccounts@2022-09-01' = {
  name: '${prefix}ckpt'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
}

resource checkpointContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2022-09-01' = {
  name: '${checkpoints.name}/default/deliveryhistory-checkpoints'
}

var cosmosAccounts = [
  { name: '${prefix}-package-cosmos', kind: 'MongoDB', caps: [ { name: 'EnableMongo' } ] }
  { name: '${prefix}-dronescheduler-cosmos', kind: 'GlobalDocumentDB', caps: [] }
  { name: '${prefix}-delivery-cosmos', kind: 'GlobalDocumentDB', caps: [] }
  { name: '${prefix}-deliveryhistory-cosmos', kind: 'GlobalDocumentDB', caps: [] }
]

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2022-08-15' = [for acct in cosmosAccounts: {
  name: acct.name
  location: location
  kind: acct.kind
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [ { locationName: location, failoverPriority: 0 } ]
    capabilities: acct.caps
  }
}]

resource redis 'Microsoft.Cache/redis@2022-06-01' = {
  name: '${prefix}-delivery-redis'
  location: location
  properties: { sku: { name: 'Standard', family: 'C', capacity: 1 }, enableNonSslPort: false, minimumTlsVersion: '1.2' }
}

resource dispatchSendRule 'Microsoft.ServiceBus/namespaces/queues/authorizationRules@2022-01-01-preview' = {
  parent: dispatchQueue
  name: 'IngestionSend'
  properties: { rights: [ 'Send' ] }
}

resource dispatchListenRule 'Microsoft.ServiceBus/namespaces/queues/authorizationRules@2022-01-01-preview' = {
  parent: dispatchQueue
  name: 'WorkflowListen'
  properties: { rights: [ 'Listen' ] }
}

resource ingestionQueueSecret 'Microsoft.KeyVault/vaults/secrets@2022-07-01' = {
  parent: kv
  name: 'ingestion-queue-connection-string'
  properties: { value: dispatchSendRule.listKeys().primaryConnectionString }
}

resource workflowQueueSecret 'Microsoft.KeyVault/vaults/secrets@2022-07-01' = {
  parent: kv
  name: 'workflow-queue-connection-string'
  properties: { value: dispatchListenRule.listKeys().primaryConnectionString }
}

resource packageMongoSecret 'Microsoft.KeyVault/vaults/secrets@2022-07-01' = {
  parent: kv
  name: 'package-mongodb-connection-string'
  properties: { value: cosmos[0].listConnectionStrings().connectionStrings[0].connectionString }
}

resource redisSecret 'Microsoft.KeyVault/vaults/secrets@2022-07-01' = {
  parent: kv
  name: 'delivery-redis-connection-string'
  properties: { value: '${redis.properties.hostName}:6380,password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False' }
}

resource aiKeySecret 'Microsoft.KeyVault/vaults/secrets@2022-07-01' = {
  parent: kv
  name: 'appinsights-ikey'
  properties: { value: appInsights.properties.InstrumentationKey }
}

output keyVaultName string = kv.name
output droneSchedulerCosmosEndpoint string = cosmos[1].properties.documentEndpoint
output deliveryCosmosEndpoint string = cosmos[2].properties.documentEndpoint
output deliveryHistoryCosmosEndpoint string = cosmos[3].properties.documentEndpoint
