"use strict";

const path = require("path");
const { mkdirSync } = require("fs");
const DbService = require("moleculer-db");

/**
 * Shared persistence mixin.
 *
 * - MONGO_URI set (docker-compose, production): moleculer-db-adapter-mongo
 * - NODE_ENV=test: in-memory NeDB
 * - otherwise: NeDB file under ./data (zero-dependency local dev)
 */
module.exports = function(collection) {
	const cacheCleanEventName = `cache.clean.${collection}`;

	const schema = {
		mixins: [DbService],

		events: {
			async [cacheCleanEventName]() {
				if (this.broker.cacher) {
					await this.broker.cacher.clean(`${this.fullName}.*`);
				}
			}
		},

		methods: {
			async entityChanged(type, json, ctx) {
				ctx.broadcast(cacheCleanEventName);
			}
		},

		async started() {
			if (this.seedDB) {
				const count = await this.adapter.count();
				if (count === 0) {
					this.logger.info(`The '${collection}' collection is empty. Seeding the collection...`);
					await this.seedDB();
					this.logger.info("Seeding is done. Number of records:", await this.adapter.count());
				}
			}
		}
	};

	if (process.env.MONGO_URI) {
		const MongoAdapter = require("moleculer-db-adapter-mongo");
		schema.adapter = new MongoAdapter(process.env.MONGO_URI, { useUnifiedTopology: true });
		schema.collection = collection;
	} else if (process.env.NODE_ENV === "test") {
		schema.adapter = new DbService.MemoryAdapter();
	} else {
		mkdirSync(path.resolve("./data"), { recursive: true });
		schema.adapter = new DbService.MemoryAdapter({ filename: `./data/${collection}.db` });
	}

	return schema;
};
