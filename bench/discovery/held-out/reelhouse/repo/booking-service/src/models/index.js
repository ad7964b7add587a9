const joi = require('joi')
const user = require('./user.model')(joi)
const booking = require('./booking.model')(joi)
const ticket = { cinema: '', schedule: '', movie: '', seat: '', cinemaRoom: '', orderId: '' }

const schemas = Object.create({ user, booking })

const schemaValidator = (object, type) => {
  return new Promise((resolve, reject) => {
    if (!object) {
      reject(new Error('object to validate not provided'))
    }
    if (!type) {
      reject(new Error('schema type to validate not provided'))
    }

    const { error, value } = schemas[type].validate(object)

    if (error) {
      reject(new Error(`invalid ${type} data, err: ${error}`))
    }
    resolve(value)
  })
}

module.exports = Object.create({ validate: schemaValidator, booking, user, ticket })
