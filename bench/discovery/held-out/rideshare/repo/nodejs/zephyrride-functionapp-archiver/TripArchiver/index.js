'use strict';

const { isFinalEvent, toArchiveDocument } = require('../lib/archive');

/**
 * Subscribed to the trip-events Event Grid topic (subscription "trip-archiver" in eventgrid.bicep).
 * Only completed/aborted trips are archived; the document goes out through the Cosmos DB output binding.
 */
module.exports = async function (context, eventGridEvent) {
  context.log(`TripArchiver: ${eventGridEvent.eventType} subject=${eventGridEvent.subject}`);

  if (!isFinalEvent(eventGridEvent.eventType)) {
    context.log.verbose('Not a final trip event - ignoring');
    return;
  }

  const doc = toArchiveDocument(eventGridEvent, process.env.ARCHIVE_RETENTION_DAYS);
  if (!doc.tripCode) {
    context.log.warn(`Event ${eventGridEvent.id} has no trip code`);
    return;
  }

  context.bindings.archivedTrip = doc;
  context.log(`Archived trip ${doc.tripCode}`);
};
