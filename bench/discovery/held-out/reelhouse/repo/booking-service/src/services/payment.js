'use strict'
const axios = require('axios')

// Thin HTTP client for payment-service. The base URL comes from
// PAYMENT_SERVICE_URL (http://payment-service:3003 inside the swarm network).
const makePaymentService = ({ paymentSettings }) => {
  const client = axios.create({
    baseURL: paymentSettings.url,
    timeout: paymentSettings.timeout,
    headers: { 'Content-Type': 'application/json' }
  })

  const makePurchase = (paymentOrder) => {
    return client.post('/payment/makePurchase', { paymentOrder })
      .then(res => res.data)
      .catch(err => {
        const reason = err.response ? err.response.data : err.message
        throw new Error(`An error occurred with the payment service, err: ${JSON.stringify(reason)}`)
      })
  }

  return Object.freeze({ makePurchase })
}

module.exports = { makePaymentService }
