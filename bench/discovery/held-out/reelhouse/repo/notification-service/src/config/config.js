// notification-service is stateless; it never had a collection of its own.
// const dbSettings = {
//   db: process.env.DB || 'reel_notifications',
//   servers: (process.env.DB_SERVERS) ? process.env.DB_SERVERS.split(' ') : ['localhost:27017']
// }

const serverSettings = {
  port: process.env.PORT || 3004,
  metricsEnabled: process.env.METRICS_ENABLED !== 'false'
}

// Outgoing mail goes through the Mailgun SMTP relay in every environment
// except local dev, where MailHog on localhost:1025 catches everything.
const smtpSettings = {
  host: process.env.SMTP_HOST || 'localhost',
  port: parseInt(process.env.SMTP_PORT || '1025', 10),
  secure: process.env.SMTP_SECURE === 'true',
  user: process.env.SMTP_USER || '',
  pass: process.env.SMTP_PASS_FILE
    ? require('fs').readFileSync(process.env.SMTP_PASS_FILE, 'utf8').trim()
    : (process.env.SMTP_PASS || ''),
  from: process.env.MAIL_FROM || '"Reelhouse Tickets" <tickets@reelhouse.example>'
}

// SMS tickets via Twilio. Disabled everywhere; legal still has to sign off
// on storing phone numbers.
const smsSettings = {
  enabled: process.env.SMS_ENABLED === 'true',
  accountSid: process.env.TWILIO_ACCOUNT_SID || 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  authToken: process.env.TWILIO_AUTH_TOKEN || 'placeholder',
  from: process.env.TWILIO_FROM || '+15005550006'
}

module.exports = Object.assign({}, { serverSettings, smtpSettings, smsSettings })
