const userSchema = (joi) => joi.object({
  name: joi.string().regex(/^[a-bA-B]+/).required(),
  lastName: joi.string().regex(/^[a-bA-B]+/).required(),
  email: joi.string().email().required(),
  phoneNumber: joi.string().regex(/^(\+0?1\s)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/),
  creditCard: joi.object({
    number: joi.string().creditCard().required(),
    cvc: joi.string().length(3).required(),
    exp_month: joi.number().min(1).max(12).required(),
    exp_year: joi.number().required()
  }).required(),
  membership: joi.number().creditCard()
})

module.exports = userSchema
