const cardValidator = require('card-validator');
const { v4: uuidv4 } = require('uuid');
const pino = require('pino');

const logger = pino({ name: 'paymentservice-charge', messageKey: 'message' });

class CreditCardError extends Error {
  constructor(message) {
    super(message);
    this.code = 400;
  }
}

module.exports = function charge(request) {
  const { amount, credit_card: creditCard } = request;
  const cardNumber = creditCard.credit_card_number;
  const cardInfo = cardValidator.number(cardNumber);
  if (!cardInfo.isValid) {
    throw new CreditCardError('Credit card info is invalid');
  }
  const cardType = cardInfo.card ? cardInfo.card.type : 'unknown';
  if (!['visa', 'mastercard'].includes(cardType)) {
    throw new CreditCardError(`Sorry, we cannot process ${cardType} credit cards.`);
  }
  const now = new Date();
  const year = creditCard.credit_card_expiration_year;
  const month = creditCard.credit_card_expiration_month;
  if (now.getFullYear() * 12 + now.getMonth() + 1 > year * 12 + month) {
    throw new CreditCardError(`Your credit card (ending ${cardNumber.slice(-4)}) expired on ${month}/${year}`);
  }
  logger.info(`Transaction processed: ${cardType} ending ${cardNumber.slice(-4)} Amount: ${amount.currency_code}${amount.units}.${amount.nanos}`);
  return { transaction_id: uuidv4() };
};
