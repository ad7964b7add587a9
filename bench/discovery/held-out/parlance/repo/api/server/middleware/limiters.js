const rateLimit = require('express-rate-limit');
const { logViolation } = require('~/cache');

const windowMs = (env, def) => (parseInt(env) || def) * 60 * 1000;

const loginLimiter = rateLimit({
  windowMs: windowMs(process.env.LOGIN_WINDOW, 5),
  max: parseInt(process.env.LOGIN_MAX) || 7,
  handler: async (req, res) => {
    await logViolation(req, res, 'logins', { type: 'logins' }, process.env.LOGIN_VIOLATION_SCORE);
    res.status(429).json({ message: 'Too many login attempts, please try again later.' });
  },
});

const registerLimiter = rateLimit({
  windowMs: windowMs(process.env.REGISTER_WINDOW, 60),
  max: parseInt(process.env.REGISTER_MAX) || 5,
});

module.exports = { loginLimiter, registerLimiter };
