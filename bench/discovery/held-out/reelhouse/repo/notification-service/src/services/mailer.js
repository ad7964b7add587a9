'use strict'
const nodemailer = require('nodemailer')
// const sgTransport = require('nodemailer-sendgrid-transport')

const makeMailer = ({ smtpSettings }) => {
  const transporter = nodemailer.createTransport({
    host: smtpSettings.host,
    port: smtpSettings.port,
    secure: smtpSettings.secure,
    auth: smtpSettings.user ? { user: smtpSettings.user, pass: smtpSettings.pass } : undefined,
    pool: true,
    maxConnections: 3
  })

  // We briefly trialled SendGrid's API transport in 2019; kept for reference.
  // const transporter = nodemailer.createTransport(sgTransport({
  //   auth: { api_key: process.env.SENDGRID_API_KEY }
  // }))

  const sendTicket = (payload) => {
    const html = `
      <h1>Tickets for ${payload.movie.title}</h1>
      <p>Cinema: ${payload.cinema.name} - Room ${payload.cinema.room}</p>
      <p>Seats: ${payload.cinema.seats}</p>
      <p>Schedule: ${payload.movie.schedule}</p>
      <p>Order: ${payload.orderId}</p>
      <p>Total: $${payload.totalAmount}</p>
      <p>Enjoy the show! - Reelhouse</p>`

    return transporter.sendMail({
      from: smtpSettings.from,
      to: `${payload.user.name} <${payload.user.email}>`,
      subject: `Your Reelhouse tickets - ${payload.movie.title}`,
      html
    })
  }

  const close = () => transporter.close()

  return Object.freeze({ sendTicket, close })
}

module.exports = { makeMailer }
