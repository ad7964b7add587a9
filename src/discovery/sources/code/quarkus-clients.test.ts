import { describe, expect, it } from 'vitest';
import { code, grpc, http, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: '@GrpcClient("locations") on a Mutiny stub: the client\'s host setting, the service of the stub',
    path: 'src/main/java/arena/Locations.java',
    text: code`
      import io.quarkus.grpc.GrpcClient;
      public class Locations {
        @GrpcClient("locations")
        MutinyLocationsGrpc.MutinyLocationsStub stub;
      }`,
    facts: [grpc(3, 'Locations', { key: 'quarkus.grpc.clients.locations.host' })],
  },
  {
    name: '@GrpcClient without a name is configured by the field\'s name',
    path: 'src/main/java/arena/Stats.java',
    text: code`
      import io.quarkus.grpc.GrpcClient;
      public class Stats {
        @GrpcClient
        StatsGrpc.StatsBlockingStub stats;
      }`,
    facts: [grpc(3, 'Stats', { key: 'quarkus.grpc.clients.stats.host' })],
  },
  {
    name: '@GrpcClient on a constructor parameter typed by the Mutiny service interface',
    path: 'src/main/java/arena/Hello.java',
    text: code`
      import io.quarkus.grpc.GrpcClient;
      public class Hello {
        Hello(@GrpcClient("hello") Greeter greeter) {}
      }`,
    facts: [grpc(3, 'Greeter', { key: 'quarkus.grpc.clients.hello.host' })],
  },
  {
    name: 'Kotlin: @GrpcClient on a property',
    path: 'src/main/kotlin/arena/Locations.kt',
    text: code`
      import io.quarkus.grpc.GrpcClient
      class Locations {
        @GrpcClient("locations")
        lateinit var stub: MutinyLocationsGrpc.MutinyLocationsStub
      }`,
    facts: [grpc(3, 'Locations', { key: 'quarkus.grpc.clients.locations.host' })],
  },
  {
    name: 'Kotlin: a nameless @GrpcClient is configured by the property\'s name',
    path: 'src/main/kotlin/arena/Stats.kt',
    text: code`
      import io.quarkus.grpc.GrpcClient
      class Stats {
        @GrpcClient
        lateinit var stats: StatsGrpc.StatsBlockingStub
      }`,
    facts: [grpc(3, 'Stats', { key: 'quarkus.grpc.clients.stats.host' })],
  },
  {
    name: 'a @GrpcClient of another package is not Quarkus\'s',
    path: 'src/main/java/arena/Other.java',
    text: code`
      import com.acme.GrpcClient;
      public class Other { @GrpcClient("x") Object stub; }`,
    facts: [],
  },
  {
    name: 'JAX-RS: ClientBuilder.newClient().target(url) calls the URL a @ConfigProperty names',
    path: 'src/main/java/arena/Rivals.java',
    text: code`
      import jakarta.ws.rs.client.ClientBuilder;
      import org.eclipse.microprofile.config.inject.ConfigProperty;
      public class Rivals {
        @ConfigProperty(name = "duel.rival.client-base-url") String base;
        Object random() { return ClientBuilder.newClient().target(base).path("api/rivals").request().get(); }
      }`,
    facts: [http(5, { key: 'duel.rival.client-base-url' })],
  },
  {
    name: 'JAX-RS: a target of a Client field, a literal URL',
    path: 'src/main/java/arena/Rivals.java',
    text: code`
      import javax.ws.rs.client.Client;
      import javax.ws.rs.client.ClientBuilder;
      public class Rivals {
        private final Client client = ClientBuilder.newClient();
        Object random() { return client.target("http://rival:8080").request().get(); }
      }`,
    facts: [http(5, { host: 'rival', port: 8080, url: 'http://rival:8080' })],
  },
  {
    name: 'RestClientBuilder.newBuilder().baseUri(URI.create(config value))',
    path: 'src/main/java/arena/Quotes.java',
    text: code`
      import java.net.URI;
      import org.eclipse.microprofile.config.ConfigProvider;
      import org.eclipse.microprofile.rest.client.RestClientBuilder;
      public class Quotes {
        QuotesApi api = RestClientBuilder.newBuilder()
            .baseUri(URI.create(ConfigProvider.getConfig().getValue("quotes.url", String.class)))
            .build(QuotesApi.class);
      }`,
    facts: [http(6, { key: 'quotes.url' })],
  },
  {
    name: 'QuarkusRestClientBuilder.newBuilder().baseUri(literal)',
    path: 'src/main/java/arena/Quotes.java',
    text: code`
      import java.net.URI;
      import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
      public class Quotes {
        QuotesApi api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create("https://api.quotesmith.io/v2")).build(QuotesApi.class);
      }`,
    facts: [http(4, { host: 'api.quotesmith.io', url: 'https://api.quotesmith.io/v2' })],
  },
];

describe('Quarkus clients in code (gRPC @GrpcClient, JAX-RS and programmatic REST clients)', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });
});
