const path = require('path');
const winston = require('winston');
require('winston-daily-rotate-file');

const logDir = path.join(__dirname, '..', 'logs');
const { NODE_ENV, DEBUG_LOGGING = true, DEBUG_CONSOLE = false } = process.env;

const level = () => (NODE_ENV === 'development' ? 'debug' : 'warn');

const transports = [
  new winston.transports.DailyRotateFile({
    level: 'error',
    filename: `${logDir}/error-%DATE%.log`,
    datePattern: 'YYYY-MM-DD',
    zippedArchive: true,
    maxSize: '20m',
    maxFiles: '14d',
  }),
];

if (`${DEBUG_LOGGING}`.toLowerCase() === 'true') {
  transports.push(
    new winston.transports.DailyRotateFile({
      level: 'debug',
      filename: `${logDir}/debug-%DATE%.log`,
      datePattern: 'YYYY-MM-DD',
      maxSize: '20m',
      maxFiles: '14d',
    }),
  );
}

transports.push(
  new winston.transports.Console({
    level: `${DEBUG_CONSOLE}`.toLowerCase() === 'true' ? 'debug' : 'info',
    format: winston.format.combine(winston.format.colorize(), winston.format.simple()),
  }),
);

const logger = winston.createLogger({ level: level(), transports });

module.exports = logger;
