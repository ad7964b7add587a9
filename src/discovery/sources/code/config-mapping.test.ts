import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { springConfigSource } from '../config/spring-config.js';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

/** The bindings a file states: shared accessor paths (`code:…`) and defaults, with their scope. */
function bindings(facts: Fact[]): [string, string, string | undefined][] {
  return facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => [fact.key, fact.value, fact.scope]);
}

const MAPPING = 'bout/src/main/java/io/joust/bout/config/BoutConfig.java';

describe('@ConfigMapping interfaces', () => {
  it.each([
    {
      name: 'nested groups in kebab case, @WithName, @WithDefault, a map and an Optional',
      text: code`
        import io.smallrye.config.ConfigMapping;
        import io.smallrye.config.WithDefault;
        import io.smallrye.config.WithName;
        @ConfigMapping(prefix = "fight")
        public interface FightConfig {
          VillainConfig villain();
          Map<String, String> partners();
          Optional<String> announcerUrl();
          interface VillainConfig {
            String clientBaseUrl();
            @WithName("base-url")
            @WithDefault("http://villains:8084")
            String url();
            @WithDefault("PT5S")
            Duration timeout();
          }
        }`,
      expected: [
        ['code:FightConfig.villain', '$ref:fight.villain', 'bout'],
        ['code:FightConfig.villain.clientBaseUrl', '$ref:fight.villain.client-base-url', 'bout'],
        ['code:FightConfig.villain.url', '$ref:fight.villain.base-url', 'bout'],
        ['code:FightConfig.villain.timeout', '$ref:fight.villain.timeout', 'bout'],
        ['code:FightConfig.partners', '$ref:fight.partners', 'bout'],
        ['code:FightConfig.announcerUrl', '$ref:fight.announcer-url', 'bout'],
        ['fight.villain.base-url', 'http://villains:8084', 'bout'],
      ],
    },
    {
      name: 'a group declared at the top of the file, an Optional group, @WithParentName, snake case',
      text: code`
        @io.smallrye.config.ConfigMapping(prefix = "shop", namingStrategy = ConfigMapping.NamingStrategy.SNAKE_CASE)
        public interface ShopConfig {
          Optional<Upstream> catalogService();
          @WithParentName
          Upstream defaults();
        }
        interface Upstream {
          String baseUrl();
        }`,
      expected: [
        ['code:ShopConfig.catalogService', '$ref:shop.catalog_service', 'bout'],
        ['code:ShopConfig.catalogService.baseUrl', '$ref:shop.catalog_service.base_url', 'bout'],
        ['code:ShopConfig.defaults', '$ref:shop', 'bout'],
        ['code:ShopConfig.defaults.baseUrl', '$ref:shop.base_url', 'bout'],
      ],
    },
    {
      name: 'default methods and methods with parameters are not properties; a plain interface is no mapping',
      text: code`
        @ConfigMapping(prefix = "x")
        interface XConfig {
          String host();
          default String url() { return "http://" + host(); }
          String forTenant(String tenant);
        }
        interface NotMapped {
          String url();
        }`,
      expected: [['code:XConfig.host', '$ref:x.host', 'bout']],
    },
  ])('$name', async ({ text, expected }) => {
    expect(bindings(await readSnippet(jvmCodeSource, MAPPING, text))).toEqual(expected);
  });

  it.each([
    ['a nested accessor chain', 'client.target(config.villain().clientBaseUrl())', 'code:FightConfig.villain.clientBaseUrl'],
    ['an entry of a map member by key', 'client.target(config.partners().get("odds"))', 'code:FightConfig.partners.odds'],
    ['an Optional member unwrapped', 'client.target(config.announcerUrl().orElseThrow())', 'code:FightConfig.announcerUrl'],
  ])('reads %s through the injected mapping', async (_, call, key) => {
    const text = code`
      import jakarta.ws.rs.client.Client;
      import jakarta.ws.rs.client.ClientBuilder;
      public class VillainGateway {
        private final Client client = ClientBuilder.newClient();
        private final FightConfig config;
        VillainGateway(FightConfig config) { this.config = config; }
        Villain fetch() { return ${call}.request().get(Villain.class); }
      }`;
    const facts = await readSnippet(jvmCodeSource, 'bout/src/main/java/io/joust/bout/clients/VillainGateway.java', text);
    expect(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => fact.target)).toEqual([{ key: key }]);
  });

  it('resolves a key read in another package, a group of another file, and a default nothing overrides', async () => {
    const mapping = code`
      import io.smallrye.config.ConfigMapping;
      import io.smallrye.config.WithDefault;
      @ConfigMapping(prefix = "fight")
      public interface FightConfig {
        VillainConfig villain();
        HeroConfig hero();
        interface HeroConfig {
          @WithDefault("http://heroes:8083")
          String clientBaseUrl();
        }
      }`;
    const villain = code`
      public interface VillainConfig {
        String clientBaseUrl();
      }`;
    const gateway = code`
      import jakarta.inject.Inject;
      import jakarta.ws.rs.client.ClientBuilder;
      public class Gateways {
        @Inject FightConfig config;
        Villain villain() { return ClientBuilder.newClient().target(config.villain().clientBaseUrl()).request().get(Villain.class); }
        Hero hero() { return ClientBuilder.newClient().target(config.hero().clientBaseUrl()).request().get(Hero.class); }
      }`;
    const settings = { path: 'fight/src/main/resources/application.properties', text: 'fight.villain.client-base-url=http://villains:8084\n%dev.fight.hero.client-base-url=http://localhost:8089' };
    const facts: Fact[] = [
      ...(await readSnippet(jvmCodeSource, 'fight/src/main/java/io/fight/config/FightConfig.java', mapping)),
      ...(await readSnippet(jvmCodeSource, 'fight/src/main/java/io/fight/config/VillainConfig.java', villain)),
      ...(await readSnippet(jvmCodeSource, 'fight/src/main/java/io/fight/client/Gateways.java', gateway)),
      ...(await springConfigSource.read(settings, { evidenceAt: evidenceFor(settings), parse: async () => { throw new Error('no code'); }, rules: [] })),
      { type: 'component', name: 'fight', kind: 'application', root: 'fight', evidence: { file: 'fight/pom.xml', line: 1, excerpt: '<project>' }, confidence: 0.9 },
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['fight -> heroes rest', 'fight -> villains rest']);
  });
});
