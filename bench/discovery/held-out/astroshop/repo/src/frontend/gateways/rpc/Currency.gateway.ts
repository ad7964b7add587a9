import { CurrencyServiceClient, GetSupportedCurrenciesResponse, Money } from '../../protos/demo';
import { insecureClient } from './channel';

const client = insecureClient(CurrencyServiceClient, 'CURRENCY_ADDR');

const CurrencyGateway = () => ({
  convert(from: Money, toCode: string) {
    return new Promise<Money>((resolve, reject) =>
      client.convert({ from, toCode }, (error, response) => (error ? reject(error) : resolve(response)))
    );
  },
  getSupportedCurrencies() {
    return new Promise<GetSupportedCurrenciesResponse>((resolve, reject) =>
      client.getSupportedCurrencies({}, (error, response) => (error ? reject(error) : resolve(response)))
    );
  },
});

export default CurrencyGateway();
