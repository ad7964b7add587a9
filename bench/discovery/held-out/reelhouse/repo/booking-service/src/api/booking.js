'use strict'
const status = require('http-status')

module.exports = (app, container) => {
  const { repo, validate, paymentService, notificationService } = container.cradle

  app.post('/booking', async (req, res, next) => {
    try {
      const [user, booking] = await Promise.all([
        validate(req.body.user, 'user'),
        validate(req.body.booking, 'booking')
      ])

      const paymentOrder = {
        userName: user.name + ' ' + user.lastName,
        currency: 'usd',
        number: user.creditCard.number,
        cvc: user.creditCard.cvc,
        exp_month: user.creditCard.exp_month,
        exp_year: user.creditCard.exp_year,
        amount: booking.totalAmount,
        description: `Tickets for movie ${booking.movie}, at ${booking.cinema} cinema at ${booking.schedule}`
      }

      const paid = await paymentService.makePurchase(paymentOrder)

      const booked = await repo.makeBooking(user, booking)
      const ticket = await repo.generateTicket(paid, booked)

      await notificationService.sendEmail({
        city: booking.city,
        userType: 'loyal',
        totalAmount: booking.totalAmount,
        cinema: {
          name: booking.cinema,
          room: booking.cinemaRoom,
          seats: booking.seats.toString()
        },
        movie: {
          title: booking.movie,
          format: booking.format,
          schedule: booking.schedule
        },
        orderId: ticket.orderId,
        description: paymentOrder.description,
        user: { name: paymentOrder.userName, email: user.email }
      })

      res.status(status.OK).json(ticket)
    } catch (err) {
      next(err)
    }
  })

  app.get('/booking/verify/:orderId', (req, res, next) => {
    repo.getOrderById(req.params.orderId)
      .then(order => {
        res.status(status.OK).json(order)
      })
      .catch(next)
  })
}
