import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';

describe('Dapr in C#', () => {
  it.each([
    [
      'service invocation, with and without an HTTP method, through a constant',
      code`
        using Dapr.Client;
        public class CatalogClient {
          private const string CatalogApi = "catalog-api";
          public async Task Run(DaprClient daprClient) {
            await daprClient.InvokeMethodAsync<List<Item>>(HttpMethod.Get, CatalogApi, "api/v1/catalog/items");
            await daprClient.InvokeMethodAsync<Basket>("basket-api", "api/basket");
            var http = DaprClient.CreateInvokeHttpClient("ordering-api");
          }
        }`,
    ],
    [
      'publish, subscribe, state and a binding',
      code`
        using Dapr;
        using Dapr.Client;
        public class OrdersController : ControllerBase {
          [Topic("pubsub", "OrderCreated")]
          public async Task Handle(OrderCreated evt, DaprClient dapr) {
            await dapr.PublishEventAsync("pubsub", "OrderPaid", evt);
            await dapr.SaveStateAsync("statestore", evt.Id, evt);
            var entry = await dapr.GetStateEntryAsync<Basket>("statestore", evt.Id);
            await dapr.InvokeBindingAsync("sendmail", "create", evt);
          }
        }`,
    ],
    [
      'nothing without the Dapr namespace',
      code`
        public class Other {
          public async Task Run(Client client) {
            await client.InvokeMethodAsync("basket-api", "x");
            await client.PublishEventAsync("pubsub", "OrderPaid", evt);
          }
        }`,
    ],
  ])('%s', async (_name, text) => {
    expect(summarise(await readSnippet(csharpCodeSource, 'src/Ordering/Orders.cs', text))).toMatchSnapshot();
  });
});
