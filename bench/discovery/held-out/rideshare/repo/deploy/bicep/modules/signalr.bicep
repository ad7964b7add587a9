param name string
param location string
param allowedOrigins array = [ '*' ]

resource signalR 'Microsoft.SignalRService/signalR@2023-02-01' = {
  name: name
  location: location
  sku: {
    name: 'Standard_S1'
    capacity: 1
  }
  kind: 'SignalR'
  properties: {
    features: [
      {
        flag: 'ServiceMode'
        value: 'Serverless'
      }
      {
        flag: 'EnableConnectivityLogs'
        value: 'true'
      }
    ]
    cors: {
      allowedOrigins: allowedOrigins
    }
  }
}

output name string = signalR.name
output hostName string = signalR.properties.hostName
