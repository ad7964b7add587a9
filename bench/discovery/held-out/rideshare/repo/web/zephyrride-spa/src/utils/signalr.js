import * as signalR from '@microsoft/signalr';

// Negotiate is served by the notifications function app, which hands back the
// Azure SignalR Service URL + access token.
export function connectTrips(passengerCode, handlers) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(process.env.VUE_APP_SIGNALR_BASE_URL, {
      headers: { 'x-zephyr-passenger': passengerCode }
    })
    .withAutomaticReconnect()
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  const events = ['TripCreated', 'TripDriversNotified', 'TripDriverPicked', 'TripStarting', 'TripRunning', 'TripCompleted', 'TripAborted'];
  events.forEach((name) => connection.on(name, (trip) => handlers.onTripEvent(name, trip)));
  connection.on('driverLocationChanged', (loc) => handlers.onDriverLocation && handlers.onDriverLocation(loc));

  return connection.start().then(() => connection);
}
