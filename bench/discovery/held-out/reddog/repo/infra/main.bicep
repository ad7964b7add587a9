// Azure resources used by the branch deployment. Keys end up in the
// heron-* Kubernetes secrets (see manifests/branch/base/secrets.example.yaml).
param location string = resourceGroup().location
param prefix string = 'blueheron'

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: '${prefix}-sb'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
}

resource ordersTopic 'Microsoft.ServiceBus/namespaces/topics@2022-10-01-preview' = {
  parent: serviceBus
  name: 'orders'
}

resource orderCompletedTopic 'Microsoft.ServiceBus/namespaces/topics@2022-10-01-preview' = {
  parent: serviceBus
  name: 'ordercompleted'
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {
  name: '${prefix}-cosmos'
  location: location
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
      }
    ]
  }
}

resource cosmosDb 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2023-04-15' = {
  parent: cosmos
  name: 'blueheron'
  properties: {
    resource: { id: 'blueheron' }
  }
}

resource loyaltyContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2023-04-15' = {
  parent: cosmosDb
  name: 'loyalty'
  properties: {
    resource: {
      id: 'loyalty'
      partitionKey: { paths: ['/partitionKey'], kind: 'Hash' }
    }
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: '${prefix}receipts'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
}

resource receiptsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  name: '${storage.name}/default/receipts'
}

output serviceBusNamespace string = serviceBus.name
output cosmosEndpoint string = cosmos.properties.documentEndpoint
output storageAccount string = storage.name
