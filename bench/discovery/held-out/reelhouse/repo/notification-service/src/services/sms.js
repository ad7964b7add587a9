'use strict'

// Feature-flagged: SMS_ENABLED is 'false' in compose and in the swarm scripts,
// so the Twilio client is never constructed in any deployed environment.
const makeSms = ({ smsSettings }) => {
  if (!smsSettings.enabled) {
    return Object.freeze({
      sendTicket: () => Promise.resolve({ skipped: true })
    })
  }

  const twilio = require('twilio')
  const client = twilio(smsSettings.accountSid, smsSettings.authToken)

  const sendTicket = (payload) => client.messages.create({
    from: smsSettings.from,
    to: payload.user.phoneNumber,
    body: `Reelhouse: ${payload.movie.title} ${payload.movie.schedule}, seats ${payload.cinema.seats}. Order ${payload.orderId}`
  })

  return Object.freeze({ sendTicket })
}

module.exports = { makeSms }
