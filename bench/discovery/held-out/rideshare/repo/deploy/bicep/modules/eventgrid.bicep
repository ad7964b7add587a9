// Event Grid custom topics for trip/driver externalizations and their function subscriptions.
// Subscriptions target functions by resource id, so run this after the function code is published
// (deploy.sh passes deploySubscriptions=true on the second pass).
param location string
param tripTopicName string
param driverTopicName string
param deploySubscriptions bool = false

@description('Resource id of the notifications function app')
param notificationsAppId string
@description('Resource id of the Node.js archiver function app')
param archiverAppId string
@description('Resource id of the trips function app (reporting handler)')
param tripsAppId string

resource tripTopic 'Microsoft.EventGrid/topics@2022-06-15' = {
  name: tripTopicName
  location: location
  properties: {
    inputSchema: 'EventGridSchema'
    publicNetworkAccess: 'Enabled'
  }
}

resource driverTopic 'Microsoft.EventGrid/topics@2022-06-15' = {
  name: driverTopicName
  location: location
  properties: {
    inputSchema: 'EventGridSchema'
    publicNetworkAccess: 'Enabled'
  }
}

var allTripEvents = [
  'ZephyrRide.Trips.TripCreated'
  'ZephyrRide.Trips.TripDriversNotified'
  'ZephyrRide.Trips.TripDriverPicked'
  'ZephyrRide.Trips.TripStarting'
  'ZephyrRide.Trips.TripRunning'
  'ZephyrRide.Trips.TripCompleted'
  'ZephyrRide.Trips.TripAborted'
]

resource tripsToSignalR 'Microsoft.EventGrid/topics/eventSubscriptions@2022-06-15' = if (deploySubscriptions) {
  parent: tripTopic
  name: 'trips-signalr'
  properties: {
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${notificationsAppId}/functions/EVGH_TripExternalizations2SignalR'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: allTripEvents
    }
    eventDeliverySchema: 'EventGridSchema'
  }
}

resource tripsToArchiver 'Microsoft.EventGrid/topics/eventSubscriptions@2022-06-15' = if (deploySubscriptions) {
  parent: tripTopic
  name: 'trip-archiver'
  properties: {
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${archiverAppId}/functions/TripArchiver'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'ZephyrRide.Trips.TripCompleted'
        'ZephyrRide.Trips.TripAborted'
      ]
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

resource tripsToReporting 'Microsoft.EventGrid/topics/eventSubscriptions@2022-06-15' = if (deploySubscriptions) {
  parent: tripTopic
  name: 'trips-reporting'
  properties: {
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${tripsAppId}/functions/EVGH_TripExternalizations2Reporting'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'ZephyrRide.Trips.TripCreated'
        'ZephyrRide.Trips.TripDriverPicked'
        'ZephyrRide.Trips.TripCompleted'
        'ZephyrRide.Trips.TripAborted'
      ]
    }
  }
}

resource driversToSignalR 'Microsoft.EventGrid/topics/eventSubscriptions@2022-06-15' = if (deploySubscriptions) {
  parent: driverTopic
  name: 'drivers-signalr'
  properties: {
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${notificationsAppId}/functions/EVGH_DriverExternalizations2SignalR'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'ZephyrRide.Drivers.DriverLocationChanged'
      ]
    }
  }
}

output tripTopicName string = tripTopic.name
output tripTopicEndpoint string = tripTopic.properties.endpoint
output driverTopicName string = driverTopic.name
output driverTopicEndpoint string = driverTopic.properties.endpoint
