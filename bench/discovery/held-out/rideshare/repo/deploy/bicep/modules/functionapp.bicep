// One Function App (Consumption plan) with system-assigned identity.
@description('Function app (site) name')
param appName string
param location string
@allowed([
  'dotnet'
  'node'
])
param runtime string = 'dotnet'
param planName string
param storageAccountName string
param appInsightsConnectionString string
@description('App-specific settings, merged over the common ones')
param appSettings object = {}
param corsOrigins array = []

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: planName
  location: location
  sku: {
    name: 'Y1'
    tier: 'Dynamic'
  }
  properties: {}
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}'

var commonSettings = {
  AzureWebJobsStorage: storageConnection
  WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: storageConnection
  WEBSITE_CONTENTSHARE: toLower(appName)
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: runtime
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  WEBSITE_RUN_FROM_PACKAGE: '1'
}

var nodeSettings = runtime == 'node' ? {
  WEBSITE_NODE_DEFAULT_VERSION: '~18'
} : {}

var merged = union(commonSettings, nodeSettings, appSettings)

resource site 'Microsoft.Web/sites@2022-09-01' = {
  name: appName
  location: location
  kind: 'functionapp'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      netFrameworkVersion: 'v6.0'
      cors: {
        allowedOrigins: corsOrigins
      }
      appSettings: [for s in items(merged): {
        name: s.key
        value: s.value
      }]
    }
  }
}

output id string = site.id
output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
