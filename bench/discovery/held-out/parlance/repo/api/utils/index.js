const { logger } = require('~/config');

/** Logs an axios error with as much context as is safely available. */
const logAxiosError = ({ error, message }) => {
  if (error.response) {
    logger.error(`${message} The request was made and the server responded with a status code that falls out of the range of 2xx: ${error.message}`, {
      status: error.response.status,
      data: error.response.data,
    });
  } else if (error.request) {
    logger.error(`${message} The request was made but no response was received: ${error.message}`);
  } else {
    logger.error(`${message} Something happened in setting up the request: ${error.message}`);
  }
};

module.exports = { logAxiosError };
