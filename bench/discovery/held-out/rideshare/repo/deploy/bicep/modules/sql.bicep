param serverName string
param location string
param databaseName string = 'RideShareReporting'
param adminLogin string
@secure()
param adminPassword string

resource server 'Microsoft.Sql/servers@2022-05-01-preview' = {
  name: serverName
  location: location
  properties: {
    administratorLogin: adminLogin
    administratorLoginPassword: adminPassword
    minimalTlsVersion: '1.2'
    version: '12.0'
  }
}

resource allowAzure 'Microsoft.Sql/servers/firewallRules@2022-05-01-preview' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource db 'Microsoft.Sql/servers/databases@2022-05-01-preview' = {
  parent: server
  name: databaseName
  location: location
  sku: {
    name: 'Basic'
    tier: 'Basic'
  }
}

output serverFqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = db.name
