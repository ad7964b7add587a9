const fs = require('fs');
const path = require('path');
const nodemailer = require('nodemailer');
const handlebars = require('handlebars');
const { isEnabled } = require('./handleText');
const { logger } = require('~/config');

const sendEmail = async (email, subject, payload, template) => {
  try {
    const transporterOptions = {
      // Use STARTTLS by default instead of obligatory TLS
      secure: process.env.EMAIL_ENCRYPTION === 'tls',
      // If explicit STARTTLS is set, require it when connecting
      requireTls: process.env.EMAIL_ENCRYPTION === 'starttls',
      tls: {
        servername: process.env.EMAIL_ENCRYPTION_HOSTNAME,
        rejectUnauthorized: !isEnabled(process.env.EMAIL_ALLOW_SELFSIGNED),
      },
      auth: {
        user: process.env.EMAIL_USERNAME,
        pass: process.env.EMAIL_PASSWORD,
      },
    };

    if (process.env.EMAIL_SERVICE) {
      transporterOptions.service = process.env.EMAIL_SERVICE;
    } else {
      transporterOptions.host = process.env.EMAIL_HOST;
      transporterOptions.port = process.env.EMAIL_PORT ?? 25;
    }

    const transporter = nodemailer.createTransport(transporterOptions);

    const source = fs.readFileSync(path.join(__dirname, 'emails', template), 'utf8');
    const compiledTemplate = handlebars.compile(source);
    const options = () => ({
      from: `"${process.env.EMAIL_FROM_NAME || process.env.APP_TITLE}"<${process.env.EMAIL_FROM}>`,
      to: `"${payload.name}"<${email}>`,
      envelope: { from: process.env.EMAIL_FROM, to: email },
      subject,
      html: compiledTemplate(payload),
    });

    return await transporter.sendMail(options());
  } catch (error) {
    logger.error('[sendEmail]', error);
    throw error;
  }
};

module.exports = sendEmail;
