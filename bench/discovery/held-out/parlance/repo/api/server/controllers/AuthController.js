const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const User = require('~/models/User');
const { sendEmail } = require('~/server/utils');
const { logger } = require('~/config');

const domains = { client: process.env.DOMAIN_CLIENT };

const loginController = async (req, res) => {
  const user = await User.findOne({ email: req.body.email }).lean();
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ message: 'Invalid credentials' });
  }
  const token = jwt.sign({ id: user._id }, process.env.JWT_SECRET, { expiresIn: '15m' });
  return res.status(200).send({ token, user });
};

const registrationController = async (req, res) => {
  const { email, password, name, username } = req.body;
  const hash = await bcrypt.hash(password, 10);
  await User.create({ email, password: hash, name, username, provider: 'local' });
  res.status(200).send({ message: 'Registration successful' });
};

const resetPasswordRequestController = async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user) {
    return res.status(200).json({ message: 'If an account exists, an email was sent' });
  }
  const resetToken = crypto.randomBytes(32).toString('hex');
  const link = `${domains.client}/reset-password?token=${resetToken}&userId=${user._id}`;
  try {
    await sendEmail(user.email, 'Password Reset Request', { name: user.name, link }, 'requestPasswordReset.handlebars');
  } catch (err) {
    logger.error('[resetPasswordRequestController]', err);
  }
  res.status(200).json({ message: 'If an account exists, an email was sent' });
};

module.exports = { loginController, registrationController, resetPasswordRequestController };
