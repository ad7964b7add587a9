import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

/** role mechanism target, one line a connection. */
const brief = async (path: string, text: string): Promise<string[]> =>
  (await readSnippet(jvmCodeSource, path, text)).flatMap((fact) => (fact.type === 'connection' ? [`${fact.role} ${fact.mechanism} ${JSON.stringify(fact.target)}`] : []));

describe('URIs built on a base address (Spring UriComponentsBuilder, JAX-RS UriBuilder, OkHttp HttpUrl)', () => {
  it.each([
    [
      'fromHttpUrl(base) with path, queryParam, build, toUri, into a local given to RestTemplate',
      code`
        import org.springframework.web.client.RestTemplate;
        import org.springframework.web.util.UriComponentsBuilder;
        class StockClient {
          private final RestTemplate restTemplate;
          void check(String sku) {
            URI url = UriComponentsBuilder.fromHttpUrl("http://inventory:8080").path("/stock/{sku}").queryParam("warehouse", "main").buildAndExpand(sku).toUri();
            restTemplate.getForObject(url, Stock.class);
          }
        }`,
      ['calls rest {"host":"inventory","port":8080,"url":"http://inventory:8080"}'],
    ],
    [
      'fromUriString(@Value base) chained through encode() and toUriString(), given to RestClient',
      code`
        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.web.client.RestClient;
        import org.springframework.web.util.UriComponentsBuilder;
        class PricingClient {
          @Value("\${pricing.url}") private String pricingUrl;
          private final RestClient restClient;
          Price price(String sku) {
            String url = UriComponentsBuilder.fromUriString(pricingUrl)
                .pathSegment("prices", sku)
                .queryParam("currency", "EUR")
                .encode()
                .toUriString();
            return restClient.get().uri(url).retrieve().body(Price.class);
          }
        }`,
      ['calls rest {"key":"pricing.url"}'],
    ],
    [
      'a builder kept in a variable, then built, given to WebClient',
      code`
        import org.springframework.web.reactive.function.client.WebClient;
        import org.springframework.web.util.UriComponentsBuilder;
        class ReviewsClient {
          private final WebClient webClient;
          Mono<Reviews> reviews(String id) {
            UriComponentsBuilder builder = UriComponentsBuilder.fromHttpUrl(System.getenv("REVIEWS_URL"));
            builder.path("/reviews/" + id);
            URI uri = builder.build().toUri();
            return webClient.get().uri(uri).retrieve().bodyToMono(Reviews.class);
          }
        }`,
      ['calls rest {"key":"REVIEWS_URL"}'],
    ],
    [
      'newInstance().scheme().host().port()',
      code`
        import org.springframework.web.client.RestTemplate;
        import org.springframework.web.util.UriComponentsBuilder;
        class LedgerClient {
          private final RestTemplate restTemplate;
          void post(Entry entry) {
            String url = UriComponentsBuilder.newInstance().scheme("http").host("ledger").port(8081).path("/entries").build().toUriString();
            restTemplate.postForObject(url, entry, Void.class);
          }
        }`,
      ['calls rest {"host":"ledger","url":"http://ledger"}'],
    ],
  ] as [string, string, string[]][])('%s', async (_name, text, wanted) => {
    expect(await brief('orders/src/main/java/acme/Client.java', text)).toEqual(wanted);
  });

  it('Kotlin: a base from configuration, built and given to RestClient', async () => {
    const text = code`
      import org.springframework.web.client.RestClient
      import org.springframework.web.util.UriComponentsBuilder
      class ShippingClient(private val restClient: RestClient) {
        fun quote(zip: String): Quote? {
          val uri = UriComponentsBuilder.fromHttpUrl(System.getenv("SHIPPING_URL")).path("/quotes").queryParam("zip", zip).build().toUri()
          return restClient.get().uri(uri).retrieve().body(Quote::class.java)
        }
      }`;
    expect(await brief('orders/src/main/kotlin/acme/ShippingClient.kt', text)).toEqual(['calls rest {"key":"SHIPPING_URL"}']);
  });
});
