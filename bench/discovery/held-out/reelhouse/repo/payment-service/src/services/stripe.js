'use strict'
const Stripe = require('stripe')

// Charges go straight to api.stripe.com with the secret key injected as a
// swarm secret / env var (STRIPE_SECRET). Test mode keys start with sk_test_.
const makeStripeGateway = ({ stripeSettings }) => {
  const stripe = Stripe(stripeSettings.secret, {
    apiVersion: stripeSettings.apiVersion,
    maxNetworkRetries: 2
  })

  const charge = async (paymentOrder) => {
    const paymentMethod = await stripe.paymentMethods.create({
      type: 'card',
      card: {
        number: paymentOrder.number,
        exp_month: paymentOrder.exp_month,
        exp_year: paymentOrder.exp_year,
        cvc: paymentOrder.cvc
      }
    })

    return stripe.paymentIntents.create({
      amount: Math.ceil(paymentOrder.amount * 100),
      currency: paymentOrder.currency || stripeSettings.currency,
      payment_method: paymentMethod.id,
      confirm: true,
      description: paymentOrder.description
    })
  }

  return Object.freeze({ charge })
}

module.exports = { makeStripeGateway }
