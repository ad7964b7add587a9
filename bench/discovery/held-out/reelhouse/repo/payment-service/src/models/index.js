const joi = require('joi')

const paymentSchema = joi.object({
  userName: joi.string().required(),
  currency: joi.string().required(),
  number: joi.string().creditCard().required(),
  cvc: joi.string().length(3).required(),
  exp_month: joi.number().min(1).max(12).required(),
  exp_year: joi.number().required(),
  amount: joi.number().required(),
  description: joi.string().required()
})

const schemas = Object.create({ payment: paymentSchema })

const validate = (object, type) => {
  return new Promise((resolve, reject) => {
    if (!object) return reject(new Error('object to validate not provided'))
    const { error, value } = schemas[type].validate(object)
    if (error) return reject(new Error(`invalid ${type} data, err: ${error}`))
    resolve(value)
  })
}

module.exports = Object.create({ validate })
