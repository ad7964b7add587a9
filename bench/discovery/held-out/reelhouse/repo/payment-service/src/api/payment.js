'use strict'
const status = require('http-status')

module.exports = (app, container) => {
  const { repo, validate } = container.cradle

  app.post('/payment/makePurchase', (req, res, next) => {
    validate(req.body.paymentOrder, 'payment')
      .then(payment => repo.registerPurchase(payment))
      .then(paid => {
        res.status(status.OK).json({ paid })
      })
      .catch(next)
  })

  app.get('/payment/getPurchaseById/:id', (req, res, next) => {
    repo.getPurchaseById(req.params.id)
      .then(payment => {
        res.status(status.OK).json({ payment })
      })
      .catch(next)
  })
}
