// Runtime configuration for the user service.
// Everything can be overridden from the environment, the defaults match docker-compose.

module.exports = {
    port: process.env.USER_SERVER_PORT || '8080',
    mongo: {
        url: process.env.MONGO_URL || 'mongodb://mongodb:27017/users',
        dbName: 'users'
    },
    redis: {
        host: process.env.REDIS_HOST || 'redis',
        port: parseInt(process.env.REDIS_PORT || '6379', 10)
    },
    // how long to wait before retrying a failed Mongo connection
    retryMs: 2000
};
