// Zephyr Rides - serverless microservices
// Deploys: 6 function apps, Cosmos DB, Event Grid topics, SignalR Service, Azure SQL (reporting),
// API Management, Key Vault, Application Insights and the SPA static-website storage.
targetScope = 'resourceGroup'

param location string = resourceGroup().location
@description('Short prefix for every resource name')
param namePrefix string = 'zephyr'
param sqlAdminLogin string = 'zephyradmin'
@secure()
param sqlAdminPassword string
param graphTenantId string
param graphClientId string
@secure()
param graphClientSecret string
@secure()
param azureMapsKey string
param publisherEmail string = 'platform@zephyrride.example'
@description('Second pass only: create Event Grid subscriptions once the function code is published')
param deploySubscriptions bool = false

// ---------------------------------------------------------------- names
var driversAppName = '${namePrefix}-drivers'
var tripsAppName = '${namePrefix}-trips'
var passengersAppName = '${namePrefix}-passengers'
var orchestratorsAppName = '${namePrefix}-orchestrators'
var notificationsAppName = '${namePrefix}-notifications'
var archiverAppName = '${namePrefix}-archiver'

var cosmosAccountName = '${namePrefix}-cosmos'
var tripTopicName = '${namePrefix}-trip-events'
var driverTopicName = '${namePrefix}-driver-events'
var signalRName = '${namePrefix}-signalr'
var sqlServerName = '${namePrefix}-sql'
var apimName = '${namePrefix}-apim'
var keyVaultName = '${namePrefix}-kv-${uniqueString(resourceGroup().id)}'
var funcStorageName = '${namePrefix}funcstore'
var spaStorageName = '${namePrefix}spaweb'
var appInsightsName = '${namePrefix}-appinsights'
var workspaceName = '${namePrefix}-logs'

var spaOrigin = 'https://${spaStorageName}.z6.web.${environment().suffixes.storage}'

// ---------------------------------------------------------------- shared infrastructure
resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource funcStorage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: funcStorageName
  location: location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
  }
}

// Static website for the Vue SPA (static website hosting itself is switched on by deploy.sh)
resource spaStorage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: spaStorageName
  location: location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-02-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: cosmosAccountName
    location: location
  }
}

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' existing = {
  name: cosmosAccountName
}

resource cosmosKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-02-01' = {
  parent: keyVault
  name: 'CosmosDbKey'
  properties: {
    value: cosmosAccount.listKeys().primaryMasterKey
  }
  dependsOn: [
    cosmos
  ]
}

resource cosmosConnSecret 'Microsoft.KeyVault/vaults/secrets@2023-02-01' = {
  parent: keyVault
  name: 'CosmosDbConnection'
  properties: {
    value: cosmosAccount.listConnectionStrings().connectionStrings[0].connectionString
  }
  dependsOn: [
    cosmos
  ]
}

resource graphSecret 'Microsoft.KeyVault/vaults/secrets@2023-02-01' = {
  parent: keyVault
  name: 'GraphClientSecret'
  properties: {
    value: graphClientSecret
  }
}

resource mapsSecret 'Microsoft.KeyVault/vaults/secrets@2023-02-01' = {
  parent: keyVault
  name: 'AzureMapsKey'
  properties: {
    value: azureMapsKey
  }
}

module signalr 'modules/signalr.bicep' = {
  name: 'signalr'
  params: {
    name: signalRName
    location: location
    allowedOrigins: [
      spaOrigin
      'http://localhost:8080'
    ]
  }
}

resource signalRService 'Microsoft.SignalRService/signalR@2023-02-01' existing = {
  name: signalRName
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    serverName: sqlServerName
    location: location
    adminLogin: sqlAdminLogin
    adminPassword: sqlAdminPassword
  }
}

// Topics are created up front so publishers get their endpoints; subscriptions come in pass 2.
resource tripTopic 'Microsoft.EventGrid/topics@2022-06-15' existing = {
  name: tripTopicName
}

resource driverTopic 'Microsoft.EventGrid/topics@2022-06-15' existing = {
  name: driverTopicName
}

// Retired in v1.2 - trip updates moved from Service Bus to Event Grid.
// module serviceBus 'modules/servicebus.bicep' = {
//   name: 'servicebus'
//   params: {
//     namespaceName: '${namePrefix}-sb'
//     queueNames: [ 'trip-updates' ]
//     location: location
//   }
// }

var kvRef = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='
var cosmosCommon = {
  CosmosDbEndpoint: cosmos.outputs.endpoint
  CosmosDbKey: '${kvRef}CosmosDbKey)'
  CosmosDbDatabaseName: 'RideShare'
  CosmosDbDriversContainer: 'drivers'
  CosmosDbTripsContainer: 'trips'
}

// ---------------------------------------------------------------- function apps
module driversApp 'modules/functionapp.bicep' = {
  name: 'app-drivers'
  params: {
    appName: driversAppName
    planName: '${driversAppName}-plan'
    location: location
    runtime: 'dotnet'
    storageAccountName: funcStorage.name
    appInsightsConnectionString: appInsights.properties.ConnectionString
    appSettings: union(cosmosCommon, {
      DriverEventsTopicEndpoint: driverTopic.properties.endpoint
      DriverEventsTopicKey: driverTopic.listKeys().key1
      EnableChangeNotifications: 'true'
    })
  }
  dependsOn: [
    eventGrid
  ]
}

module orchestratorsApp 'modules/functionapp.bicep' = {
  name: 'app-orchestrators'
  params: {
    appName: orchestratorsAppName
    planName: '${orchestratorsAppName}-plan'
    location: location
    runtime: 'dotnet'
    storageAccountName: funcStorage.name
    appInsightsConnectionString: appInsights.properties.ConnectionString
    appSettings: union(cosmosCommon, {
      TaskHubName: 'ZephyrRideHub'
      TripEventsTopicEndpoint: tripTopic.properties.endpoint
      TripEventsTopicKey: tripTopic.listKeys().key1
      EnableChangeNotifications: 'true'
      DriversApiBaseUrl: 'https://${driversApp.outputs.defaultHostName}'
      DriversApiKey: listKeys('${resourceId('Microsoft.Web/sites', driversAppName)}/host/default', '2022-03-01').functionKeys.default
      AzureMapsBaseUrl: 'https://atlas.microsoft.com'
      AzureMapsKey: '${kvRef}AzureMapsKey)'
      TripMonitorIntervalInSeconds: '10'
      TripMonitorMaxIterations: '20'
      DriverAcceptTimeoutMinutes: '5'
    })
  }
  dependsOn: [
    eventGrid
  ]
}

module tripsApp 'modules/functionapp.bicep' = {
  name: 'app-trips'
  params: {
    appName: tripsAppName
    planName: '${tripsAppName}-plan'
    location: location
    runtime: 'dotnet'
    storageAccountName: funcStorage.name
    appInsightsConnectionString: appInsights.properties.ConnectionString
    appSettings: union(cosmosCommon, {
      OrchestratorsBaseUrl: 'https://${orchestratorsApp.outputs.defaultHostName}'
      OrchestratorsFunctionKey: listKeys('${resourceId('Microsoft.Web/sites', orchestratorsAppName)}/host/default', '2022-03-01').functionKeys.default
      ReportingSqlConnectionString: 'Server=tcp:${sql.outputs.serverFqdn},1433;Initial Catalog=${sql.outputs.databaseName};User ID=${sqlAdminLogin};Password=${sqlAdminPassword};Encrypt=True;Connection Timeout=30;'
    })
  }
}

module passengersApp 'modules/functionapp.bicep' = {
  name: 'app-passengers'
  params: {
    appName: passengersAppName
    planName: '${passengersAppName}-plan'
    location: location
    runtime: 'dotnet'
    storageAccountName: funcStorage.name
    appInsightsConnectionString: appInsights.properties.ConnectionString
    appSettings: {
      CosmosDbConnection: '${kvRef}CosmosDbConnection)'
      CosmosDbDatabaseName: 'RideShare'
      CosmosDbTripsContainer: 'trips'
      GraphTenantId: graphTenantId
      GraphClientId: graphClientId
      GraphClientSecret: '${kvRef}GraphClientSecret)'
      GraphBaseUrl: 'https://graph.microsoft.com/v1.0'
    }
  }
}

module notificationsApp 'modules/functionapp.bicep' = {
  name: 'app-notifications'
  params: {
    appName: notificationsAppName
    planName: '${notificationsAppName}-plan'
    location: location
    runtime: 'dotnet'
    storageAccountName: funcStorage.name
    appInsightsConnectionString: appInsights.properties.ConnectionString
    corsOrigins: [
      spaOrigin
      'http://localhost:8080'
    ]
    appSettings: {
      AzureSignalRConnectionString: signalRService.listKeys().primaryConnectionString
      SignalRTripsHub: 'trips'
      SignalRDriversHub: 'drivers'
      // EmailNotifier is [Disable]d in code; key left empty on purpose
      SendGridApiKey: ''
    }
  }
  dependsOn: [
    signalr
  ]
}

module archiverApp 'modules/functionapp.bicep' = {
  name: 'app-archiver'
  params: {
    appName: archiverAppName
    planName: '${archiverAppName}-plan'
    location: location
    runtime: 'node'
    storageAccountName: funcStorage.name
    appInsightsConnectionString: appInsights.properties.ConnectionString
    appSettings: {
      CosmosDbConnection: '${kvRef}CosmosDbConnection)'
      ArchiveDatabaseName: 'RideShareArchive'
      ArchiveContainerName: 'archived-trips'
      ARCHIVE_RETENTION_DAYS: '730'
    }
  }
}

// ---------------------------------------------------------------- Key Vault access for the apps
var kvSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var appPrincipals = [
  driversApp.outputs.principalId
  orchestratorsApp.outputs.principalId
  tripsApp.outputs.principalId
  passengersApp.outputs.principalId
  archiverApp.outputs.principalId
]

resource kvAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (p, i) in appPrincipals: {
  name: guid(keyVault.id, string(i), kvSecretsUserRole)
  scope: keyVault
  properties: {
    principalId: p
    roleDefinitionId: kvSecretsUserRole
    principalType: 'ServicePrincipal'
  }
}]

// ---------------------------------------------------------------- Event Grid
module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  params: {
    location: location
    tripTopicName: tripTopicName
    driverTopicName: driverTopicName
    deploySubscriptions: deploySubscriptions
    notificationsAppId: resourceId('Microsoft.Web/sites', notificationsAppName)
    archiverAppId: resourceId('Microsoft.Web/sites', archiverAppName)
    tripsAppId: resourceId('Microsoft.Web/sites', tripsAppName)
  }
}

// ---------------------------------------------------------------- API Management
module apim 'modules/apim.bicep' = {
  name: 'apim'
  params: {
    name: apimName
    location: location
    publisherEmail: publisherEmail
    spaOrigin: spaOrigin
    driversHostName: driversApp.outputs.defaultHostName
    tripsHostName: tripsApp.outputs.defaultHostName
    passengersHostName: passengersApp.outputs.defaultHostName
    driversFunctionKey: listKeys('${resourceId('Microsoft.Web/sites', driversAppName)}/host/default', '2022-03-01').functionKeys.default
    tripsFunctionKey: listKeys('${resourceId('Microsoft.Web/sites', tripsAppName)}/host/default', '2022-03-01').functionKeys.default
    passengersFunctionKey: listKeys('${resourceId('Microsoft.Web/sites', passengersAppName)}/host/default', '2022-03-01').functionKeys.default
  }
}

output apimGatewayUrl string = apim.outputs.gatewayUrl
output spaStorageAccount string = spaStorage.name
output signalRHost string = signalr.outputs.hostName
output notificationsHost string = notificationsApp.outputs.defaultHostName
output tripTopic string = eventGrid.outputs.tripTopicName
output driverTopic string = eventGrid.outputs.driverTopicName
