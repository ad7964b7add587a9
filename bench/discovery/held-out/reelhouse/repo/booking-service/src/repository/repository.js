'use strict'
const { ObjectID } = require('mongodb')

const repository = (container) => {
  const { database: db } = container.cradle

  const makeBooking = (user, booking) => {
    const payload = {
      city: booking.city,
      userType: (user.membership) ? 'loyal' : 'normal',
      totalAmount: booking.totalAmount,
      cinema: {
        name: booking.cinema,
        room: booking.cinemaRoom,
        seats: booking.seats.toString()
      },
      movie: {
        title: booking.movie.title,
        format: booking.movie.format,
        schedule: booking.schedule
      }
    }

    return db.collection('booking').insertOne(payload)
      .then(() => payload)
  }

  const generateTicket = (paid, booking) => {
    const ticket = Object.assign({}, booking, { orderId: paid.charge.id, description: paid.description })
    return db.collection('tickets').insertOne(ticket)
      .then(() => ticket)
  }

  const getOrderById = (orderId) => {
    return db.collection('booking').findOne({ _id: new ObjectID(orderId) }, {})
  }

  const disconnect = () => {}

  return Object.create({
    makeBooking,
    getOrderById,
    generateTicket,
    disconnect
  })
}

const connect = (container) => {
  return new Promise((resolve, reject) => {
    if (!container.resolve('database')) {
      reject(new Error('connection db not supplied!'))
    }
    resolve(repository(container))
  })
}

module.exports = Object.assign({}, { connect })
