'use strict'
const status = require('http-status')

module.exports = (app, container) => {
  const { mailer, sms } = container.cradle

  app.post('/notification/sendEmail', (req, res, next) => {
    const { payload } = req.body

    mailer.sendTicket(payload)
      .then(info => {
        res.status(status.OK).json({ msg: info.response, sent: true })
      })
      .catch(next)
  })

  app.post('/notification/sendSMS', (req, res, next) => {
    sms.sendTicket(req.body.payload)
      .then(result => res.status(status.OK).json(result))
      .catch(next)
  })
}
