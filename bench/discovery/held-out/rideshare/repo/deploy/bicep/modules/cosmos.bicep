param accountName string
param location string
param databaseName string = 'RideShare'
param archiveDatabaseName string = 'RideShareArchive'

resource account 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
  }
}

resource db 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2023-04-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

resource drivers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2023-04-15' = {
  parent: db
  name: 'drivers'
  properties: {
    resource: {
      id: 'drivers'
      partitionKey: {
        paths: [ '/code' ]
        kind: 'Hash'
      }
    }
  }
}

resource trips 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2023-04-15' = {
  parent: db
  name: 'trips'
  properties: {
    resource: {
      id: 'trips'
      partitionKey: {
        paths: [ '/code' ]
        kind: 'Hash'
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        includedPaths: [ { path: '/*' } ]
        compositeIndexes: [
          [
            { path: '/passengerCode', order: 'ascending' }
            { path: '/startDate', order: 'descending' }
          ]
        ]
      }
    }
  }
}

resource archiveDb 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2023-04-15' = {
  parent: account
  name: archiveDatabaseName
  properties: {
    resource: {
      id: archiveDatabaseName
    }
  }
}

resource archivedTrips 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2023-04-15' = {
  parent: archiveDb
  name: 'archived-trips'
  properties: {
    resource: {
      id: 'archived-trips'
      partitionKey: {
        paths: [ '/tripCode' ]
        kind: 'Hash'
      }
      defaultTtl: -1
    }
  }
}

output name string = account.name
output endpoint string = account.properties.documentEndpoint
