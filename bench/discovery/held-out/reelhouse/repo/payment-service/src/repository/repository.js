'use strict'

const repository = (container) => {
  const { database: db, stripeGateway } = container.cradle

  const registerPurchase = async (payment) => {
    const intent = await stripeGateway.charge(payment)

    const record = {
      userName: payment.userName,
      amount: payment.amount,
      description: payment.description,
      currency: payment.currency,
      charge: { id: intent.id, status: intent.status }
    }

    await db.collection('payments').insertOne(record)
    return record
  }

  const getPurchaseById = (paymentId) => {
    return db.collection('payments')
      .findOne({ 'charge.id': paymentId }, { projection: { _id: 0 } })
  }

  const disconnect = () => {}

  return Object.create({
    registerPurchase,
    getPurchaseById,
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
