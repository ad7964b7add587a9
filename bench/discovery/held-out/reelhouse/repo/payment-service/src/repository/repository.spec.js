/* eslint-env mocha */
const sinon = require('sinon')
const { createContainer, asValue } = require('awilix')
const repository = require('./repository')

describe('Payment repository', () => {
  it('charges through the stripe gateway stub and stores the record', async () => {
    const insertOne = sinon.stub().resolves({ insertedId: 'x' })
    const stripeGateway = { charge: sinon.stub().resolves({ id: 'pi_test_1', status: 'succeeded' }) }

    const container = createContainer()
    container.register({
      database: asValue({ collection: () => ({ insertOne }) }),
      stripeGateway: asValue(stripeGateway)
    })

    const repo = await repository.connect(container)
    const record = await repo.registerPurchase({
      userName: 'Ada Byron',
      currency: 'usd',
      amount: 12,
      description: 'test order'
    })

    record.charge.id.should.equal('pi_test_1')
    sinon.assert.calledOnce(insertOne)
  })
})
