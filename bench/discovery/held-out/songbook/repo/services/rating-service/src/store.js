const Redis = require('ioredis');

const RATINGS_KEY = 'songbook:ratings';

const DEFAULT_RATINGS = { 1: 7.99, 2: 8.99, 3: 9.99, 4: 9.49, 5: 8.79 };

function createStore(client) {
    const redis = client || new Redis({
        host: process.env.REDIS_HOST || 'localhost',
        port: Number(process.env.REDIS_PORT || 6379),
        lazyConnect: false,
        maxRetriesPerRequest: 2,
    });

    return {
        async seed() {
            const exists = await redis.exists(RATINGS_KEY);
            if (!exists) {
                await redis.hset(RATINGS_KEY, DEFAULT_RATINGS);
            }
        },
        async all() {
            const raw = await redis.hgetall(RATINGS_KEY);
            return Object.entries(raw).map(([id, rating]) => ({ id: Number(id), rating: Number(rating) }));
        },
        async rate(id, score) {
            await redis.hset(RATINGS_KEY, id, score);
        },
    };
}

module.exports = { createStore };
