import http from './http';

// ---- trips (Trips function app, via APIM /trips)
export const getTrips = () => http.get('/trips');
export const getTrip = (code) => http.get(`/trips/${code}`);
export const createTrip = (trip) => http.post('/trips', trip);
export const cancelTrip = (code) => http.delete(`/trips/${code}`);
export const assignDriver = (code, driverCode) => http.put(`/trips/${code}/drivers/${driverCode}`);

// ---- drivers (Drivers function app, via APIM /drivers)
export const getDrivers = () => http.get('/drivers');
export const getDriver = (code) => http.get(`/drivers/${code}`);
export const updateDriverLocation = (code, latitude, longitude) =>
  http.put(`/drivers/${code}/location`, { latitude, longitude });

// ---- passengers (Passengers function app, via APIM /passengers)
export const getPassenger = (code) => http.get(`/passengers/${code}`);
export const getPassengerTrips = (code) => http.get(`/passengers/${code}/trips`);
export const updatePassenger = (code, passenger) => http.put(`/passengers/${code}`, passenger);
