"use strict";

const { ServiceBroker } = require("moleculer");

/**
 * A local broker for unit tests: no transporter, memory cacher,
 * NeDB memory adapter (NODE_ENV=test in db.mixin).
 */
function createTestBroker(opts = {}) {
	process.env.NODE_ENV = "test";
	return new ServiceBroker({
		logger: false,
		transporter: null,
		cacher: "Memory",
		metrics: false,
		tracing: false,
		...opts
	});
}

/**
 * Register a stub service so ctx.call("users.get") etc. resolve locally.
 */
function stubService(broker, name, actions) {
	return broker.createService({ name, actions });
}

module.exports = { createTestBroker, stubService };
