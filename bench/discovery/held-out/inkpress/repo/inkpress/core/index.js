// # Inkpress Startup
// Orchestrates the startup of Inkpress when run from command line.
const startTime = Date.now();
const debug = require('@tryghost/debug')('boot:index');

debug('boot init');

require('./core/boot')({startTime})
    .catch((err) => {
        // eslint-disable-next-line no-console
        console.error(err);
        process.exit(1);
    });
