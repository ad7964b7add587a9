import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { parseCode } from '../../code-parser.js';
import { dropwizardConfigSource } from '../config/dropwizard-config.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const CONFIG_CLASS = code`
  package com.acme.server;
  import com.acme.schema.PipelineConfig;
  import com.fasterxml.jackson.annotation.JsonProperty;
  import io.dropwizard.core.Configuration;
  import io.dropwizard.db.DataSourceFactory;
  import lombok.Getter;
  @Getter
  public class AcmeConfig extends Configuration {
    private static final String DEFAULT_NAME = "acme";
    @JsonProperty("database")
    private DataSourceFactory dataSourceFactory = new DataSourceFactory();
    @JsonProperty("elasticsearch")
    private SearchConfig searchConfig;
    @JsonProperty("pipelineServiceClientConfiguration")
    private PipelineConfig pipelineConfig;
    private String clusterName;
    @JsonProperty(value = "publicKeyUrls")
    private List<String> keyUrls;
    private Map<String, EndpointConfig> partners;
  }`;

describe('a Dropwizard Configuration class', () => {
  it.each<[string, string, Record<string, string>]>([
    ['binds each field to its key or section, and a section class to its section', CONFIG_CLASS, {
      'code:AcmeConfig.dataSourceFactory': '$ref:config-section:database',
      'code:AcmeConfig.searchConfig': '$ref:config-section:elasticsearch',
      'code:AcmeConfig.pipelineConfig': '$ref:config-section:pipelineServiceClientConfiguration',
      'code:AcmeConfig.clusterName': '$ref:clusterName',
      'code:AcmeConfig.keyUrls': '$ref:publicKeyUrls',
      'code:AcmeConfig.partners': '$ref:config-section:partners',
      'code:DataSourceFactory': '$ref:config-section:database',
      'code:SearchConfig': '$ref:config-section:elasticsearch',
      'code:PipelineConfig': '$ref:config-section:pipelineServiceClientConfiguration',
    }],
    ['leaves a class bound at two sections to its fields', code`
      import io.dropwizard.Configuration;
      public class TwoDbConfig extends Configuration {
        @JsonProperty("database") private DataSourceFactory database;
        @JsonProperty("replica") private DataSourceFactory replica;
      }`, {
      'code:TwoDbConfig.database': '$ref:config-section:database',
      'code:TwoDbConfig.replica': '$ref:config-section:replica',
    }],
    ['is no other class extending a Configuration', code`
      import org.apache.hadoop.conf.Configuration;
      public class JobConfig extends Configuration {
        private SearchConfig search;
      }`, {}],
  ])('%s', async (_name, text, bindings) => {
    const facts = await readSnippet(jvmCodeSource, 'acme-server/src/main/java/com/acme/server/AcmeConfig.java', text);
    expect(bindingsOf(facts.filter((fact) => fact.type === 'binding' && /^code:[A-Z]/.test(fact.key)))).toEqual(bindings);
  });
});

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
const component = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root !== undefined ? { root } : {}), evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
const database = (name: string): Fact => ({ type: 'component', name, kind: 'database', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
const env = (key: string, value: string): Fact => ({ type: 'binding', component: 'acme-server', key, value, evidence: at('docker-compose.yml', 9) });

const YAML = [
  'server:',
  '  applicationConnectors:',
  '    - type: http',
  '      port: 8585',
  'database:',
  '  driverClass: com.mysql.cj.jdbc.Driver',
  '  url: jdbc:mysql://${DB_HOST:-localhost}:3306/acme',
  'elasticsearch:',
  '  host: ${ELASTICSEARCH_HOST:-localhost}',
  '  port: 9200',
  'pipelineServiceClientConfiguration:',
  '  apiEndpoint: ${PIPELINE_SERVICE_CLIENT_ENDPOINT:-http://localhost:8080}',
  '  metadataApiEndpoint: ${SERVER_HOST_API_URL:-http://localhost:8585/api}',
  '',
].join('\n');

const CLIENT = code`
  package com.acme.server.clients;
  import com.acme.schema.PipelineConfig;
  import java.net.URI;
  import java.net.URL;
  import java.net.http.HttpClient;
  import java.net.http.HttpRequest;
  import java.net.http.HttpResponse;
  public class IngestionClient {
    private final URL serviceURL;
    private final String ownUrl;
    private final HttpClient client = HttpClient.newHttpClient();
    public IngestionClient(PipelineConfig config) throws Exception {
      this.serviceURL = new URL(config.getApiEndpoint());
      this.ownUrl = config.getMetadataApiEndpoint();
    }
    public String deploy(String body) throws Exception {
      HttpRequest request = HttpRequest.newBuilder(URI.create(serviceURL + "/api/v1/deploy")).POST(HttpRequest.BodyPublishers.ofString(body + ownUrl)).build();
      return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
  }`;

const SEARCH = code`
  package com.acme.server.search;
  import com.acme.server.AcmeConfig;
  import org.apache.http.HttpHost;
  import org.elasticsearch.client.RestClient;
  import org.elasticsearch.client.RestHighLevelClient;
  public final class SearchFactory {
    public static RestHighLevelClient create(AcmeConfig config) {
      return new RestHighLevelClient(RestClient.builder(new HttpHost(config.getSearchConfig().getHost(), config.getSearchConfig().getPort(), "http")));
    }
  }`;

async function edges(files: { path: string; text: string }[], yamlPath: string, deployment: Fact[]): Promise<string[]> {
  const code = (await Promise.all(files.map((file) => readSnippet(jvmCodeSource, file.path, file.text)))).flat();
  const yaml = { path: yamlPath, text: YAML };
  const settings = dropwizardConfigSource.read(yaml, { evidenceAt: evidenceFor(yaml), parse: parseCode, rules: [] }) as Fact[];
  const graph = resolveFacts([...deployment, ...code, ...settings]);
  return graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`).sort();
}

describe('Dropwizard configuration read through the configuration classes', () => {
  const deployment = [component('acme-server', 'acme-server'), component('ingestion'), database('mysql'), database('elasticsearch'), component('other')];
  it.each<[string, Fact[], string[]]>([
    ['what the deployment sets', [
      env('PIPELINE_SERVICE_CLIENT_ENDPOINT', 'http://ingestion:8080'),
      env('DB_HOST', 'mysql'),
      env('ELASTICSEARCH_HOST', 'elasticsearch'),
      env('SERVER_HOST_API_URL', 'http://acme-server:8585/api'),
    ], ['acme-server -> elasticsearch (database)', 'acme-server -> ingestion (rest)', 'acme-server -> mysql (database)']],
    ['another endpoint', [env('PIPELINE_SERVICE_CLIENT_ENDPOINT', 'http://other:9000'), env('DB_HOST', 'mysql')], ['acme-server -> mysql (database)', 'acme-server -> other (rest)']],
    ['nothing: the localhost defaults', [], []],
  ])('%s', async (_name, environment, expected) => {
    const files = [
      { path: 'acme-server/src/main/java/com/acme/server/AcmeConfig.java', text: CONFIG_CLASS },
      { path: 'acme-server/src/main/java/com/acme/server/clients/IngestionClient.java', text: CLIENT },
      { path: 'acme-server/src/main/java/com/acme/server/search/SearchFactory.java', text: SEARCH },
    ];
    expect(await edges(files, 'acme-server/conf/acme.yaml', [...deployment, ...environment])).toEqual(expected);
  });

  it('needs the configuration class to know the section', async () => {
    const files = [{ path: 'acme-server/src/main/java/com/acme/server/clients/IngestionClient.java', text: CLIENT }];
    expect(await edges(files, 'acme-server/conf/acme.yaml', [...deployment, env('PIPELINE_SERVICE_CLIENT_ENDPOINT', 'http://ingestion:8080')])).toEqual([]);
  });
});
