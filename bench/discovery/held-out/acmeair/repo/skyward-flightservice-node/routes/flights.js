'use strict';

const express = require('express');
const db = require('../lib/db');
const { requireJwt } = require('../lib/auth');
const { rewardMiles } = require('../lib/rewards');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

function dayRange(dateString) {
  const start = new Date(dateString);
  start.setUTCHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 1);
  return { $gte: start, $lt: end };
}

async function flightsFor(from, to, date) {
  const segment = await db.collection('flightSegment').findOne({ originPort: from, destPort: to });
  if (!segment) return [];
  const flights = await db.collection('flight')
    .find({ flightSegmentId: segment._id, scheduledDepartureTime: dayRange(date) })
    .limit(20)
    .toArray();
  return flights.map((f) => ({ ...f, flightSegment: segment }));
}

// POST /flight/queryflights  (called by the browser through nginx)
router.post('/queryflights', requireJwt, async (req, res, next) => {
  try {
    const { fromAirport, toAirport, fromDate, returnDate, oneWay } = req.body;
    const tripFlights = [{
      numPages: 1,
      flightsOptions: await flightsFor(fromAirport, toAirport, fromDate),
      currentPage: 0,
      hasMoreOptions: false,
      pageSize: 10,
    }];
    if (oneWay !== 'true') {
      tripFlights.push({
        numPages: 1,
        flightsOptions: await flightsFor(toAirport, fromAirport, returnDate),
        currentPage: 0,
        hasMoreOptions: false,
        pageSize: 10,
      });
    }
    res.json({ tripFlights, tripLegs: tripFlights.length });
  } catch (err) {
    next(err);
  }
});

// POST /flight/getrewardmiles  (called by the booking service)
router.post('/getrewardmiles', requireJwt, async (req, res, next) => {
  try {
    const segment = await db.collection('flightSegment').findOne({ _id: req.body.flightSegment });
    if (!segment) return res.status(404).json({ error: 'unknown segment' });
    return res.json({ miles: rewardMiles(segment) });
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
