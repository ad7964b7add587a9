'use strict';

const FINAL_EVENT_TYPES = new Set([
  'ZephyrRide.Trips.TripCompleted',
  'ZephyrRide.Trips.TripAborted'
]);

function isFinalEvent(eventType) {
  return FINAL_EVENT_TYPES.has(eventType);
}

/**
 * Shape a trip document for the archive container. Strips driver PII and
 * adds a TTL so Cosmos expires the record after the retention period.
 */
function toArchiveDocument(eventGridEvent, retentionDays) {
  const trip = eventGridEvent.data || {};
  const ttl = Number.parseInt(retentionDays, 10) > 0 ? Number.parseInt(retentionDays, 10) * 86400 : -1;

  return {
    id: `${trip.code}-${eventGridEvent.id}`,
    tripCode: trip.code,
    passengerCode: trip.passengerCode || (trip.passenger && trip.passenger.code),
    driverCode: trip.driver ? trip.driver.code : null,
    source: trip.source,
    destination: trip.destination,
    startDate: trip.startDate,
    endDate: trip.endDate,
    duration: trip.duration,
    isAborted: !!trip.isAborted,
    finalEvent: eventGridEvent.eventType,
    archivedAt: new Date().toISOString(),
    ttl
  };
}

module.exports = { isFinalEvent, toArchiveDocument };
