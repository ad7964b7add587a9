'use strict';

const express = require('express');
const db = require('../lib/db');
const airports = require('./airports.json');

const router = express.Router();

// Generates one segment per airport pair and `daysAhead` days of flights.
async function load(daysAhead = 5) {
  const segments = db.collection('flightSegment');
  const flights = db.collection('flight');
  await segments.deleteMany({});
  await flights.deleteMany({});

  let segNo = 0;
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);

  for (const from of airports) {
    for (const to of airports) {
      if (from.code === to.code) continue;
      const segmentId = `SW${segNo++}`;
      const miles = from.milesTo?.[to.code] || 1000 + ((segNo * 37) % 4000);
      await segments.insertOne({ _id: segmentId, originPort: from.code, destPort: to.code, miles });
      const docs = [];
      for (let d = 0; d < daysAhead; d++) {
        const departs = new Date(today.getTime() + d * 86400000 + 9 * 3600000);
        docs.push({
          flightSegmentId: segmentId,
          scheduledDepartureTime: departs,
          scheduledArrivalTime: new Date(departs.getTime() + Math.round(miles / 500) * 3600000),
          firstClassBaseCost: 500,
          economyClassBaseCost: 200,
          numFirstClassSeats: 10,
          numEconomyClassSeats: 200,
          airplaneTypeId: 'B747',
        });
      }
      await flights.insertMany(docs);
    }
  }
  return segNo;
}

router.get('/load', async (req, res, next) => {
  try {
    const n = await load(parseInt(req.query.days || '5', 10));
    res.type('text').send(`Loaded ${n} flight segments`);
  } catch (err) {
    next(err);
  }
});

router.get('/query', async (req, res, next) => {
  try {
    res.type('text').send(`Number of flights: ${await db.collection('flight').countDocuments()}`);
  } catch (err) {
    next(err);
  }
});

module.exports = { router, load };
