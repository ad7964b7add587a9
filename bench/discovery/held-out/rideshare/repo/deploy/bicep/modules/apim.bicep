// API Management in front of the Drivers, Trips and Passengers function apps.
// The SPA only knows the gateway URL; APIM injects each app's host key as x-functions-key.
param name string
param location string
param publisherEmail string
param publisherName string = 'Zephyr Rides'

param driversHostName string
param tripsHostName string
param passengersHostName string
@secure()
param driversFunctionKey string
@secure()
param tripsFunctionKey string
@secure()
param passengersFunctionKey string
param spaOrigin string

resource apim 'Microsoft.ApiManagement/service@2022-08-01' = {
  name: name
  location: location
  sku: {
    name: 'Consumption'
    capacity: 0
  }
  properties: {
    publisherEmail: publisherEmail
    publisherName: publisherName
  }
}

var backends = [
  {
    api: 'drivers'
    displayName: 'Drivers API'
    host: driversHostName
    key: driversFunctionKey
  }
  {
    api: 'trips'
    displayName: 'Trips API'
    host: tripsHostName
    key: tripsFunctionKey
  }
  {
    api: 'passengers'
    displayName: 'Passengers API'
    host: passengersHostName
    key: passengersFunctionKey
  }
]

resource keys 'Microsoft.ApiManagement/service/namedValues@2022-08-01' = [for b in backends: {
  parent: apim
  name: '${b.api}-function-key'
  properties: {
    displayName: '${b.api}-function-key'
    secret: true
    value: b.key
  }
}]

resource backendResources 'Microsoft.ApiManagement/service/backends@2022-08-01' = [for (b, i) in backends: {
  parent: apim
  name: '${b.api}-backend'
  properties: {
    protocol: 'http'
    url: 'https://${b.host}/api/${b.api}'
    credentials: {
      header: {
        'x-functions-key': [
          '{{${b.api}-function-key}}'
        ]
      }
    }
  }
  dependsOn: [
    keys[i]
  ]
}]

resource apis 'Microsoft.ApiManagement/service/apis@2022-08-01' = [for b in backends: {
  parent: apim
  name: b.api
  properties: {
    displayName: b.displayName
    path: b.api
    protocols: [ 'https' ]
    subscriptionRequired: false
    serviceUrl: 'https://${b.host}/api/${b.api}'
  }
}]

resource apiPolicies 'Microsoft.ApiManagement/service/apis/policies@2022-08-01' = [for (b, i) in backends: {
  parent: apis[i]
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: replace(replace(loadTextContent('../../apim/api-policy.xml'), '__BACKEND_ID__', '${b.api}-backend'), '__SPA_ORIGIN__', spaOrigin)
  }
  dependsOn: [
    backendResources[i]
  ]
}]

resource wildcardOps 'Microsoft.ApiManagement/service/apis/operations@2022-08-01' = [for (b, i) in backends: {
  parent: apis[i]
  name: '${b.api}-all'
  properties: {
    displayName: 'All ${b.api} operations'
    method: '*'
    urlTemplate: '/*'
  }
}]

// Gateway liveness check used by the availability test - not routed to a backend
resource healthApi 'Microsoft.ApiManagement/service/apis@2022-08-01' = {
  parent: apim
  name: 'health'
  properties: {
    displayName: 'Gateway health'
    path: 'health'
    protocols: [ 'https' ]
    subscriptionRequired: false
  }
}

resource healthOp 'Microsoft.ApiManagement/service/apis/operations@2022-08-01' = {
  parent: healthApi
  name: 'ping'
  properties: {
    displayName: 'Ping'
    method: 'GET'
    urlTemplate: '/'
  }
}

resource healthPolicy 'Microsoft.ApiManagement/service/apis/operations/policies@2022-08-01' = {
  parent: healthOp
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: '<policies><inbound><return-response><set-status code="200" reason="OK" /></return-response></inbound><backend /><outbound /><on-error /></policies>'
  }
}

output gatewayUrl string = apim.properties.gatewayUrl
