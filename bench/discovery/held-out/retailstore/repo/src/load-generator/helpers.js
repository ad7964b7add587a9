'use strict';

const FIRST = ['Sandy', 'Marina', 'Coral', 'Reef', 'Kai', 'Morgan'];
const LAST = ['Shore', 'Beach', 'Waters', 'Gull', 'Tide'];

function pick(list) {
  return list[Math.floor(Math.random() * list.length)];
}

module.exports = {
  randomCustomer(context, events, done) {
    context.vars.firstName = pick(FIRST);
    context.vars.lastName = pick(LAST);
    context.vars.email = `${context.vars.firstName}.${context.vars.lastName}@example.com`.toLowerCase();
    return done();
  },
};
