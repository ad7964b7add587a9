// Continuous profiling with the Pyroscope Node.js SDK.
const Pyroscope = require('@pyroscope/nodejs');

module.exports = (serviceName) => {
    if (process.env.PYROSCOPE_DISABLED === 'true') {
        return;
    }
    Pyroscope.init({
        serverAddress: process.env.PYROSCOPE_SERVER_ADDRESS || 'http://pyroscope:4040',
        appName: process.env.PYROSCOPE_APPLICATION_NAME || serviceName,
        tags: { namespace: process.env.NAMESPACE || 'bestiary' },
    });
    Pyroscope.start();
};
