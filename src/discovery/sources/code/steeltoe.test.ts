import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';

/** role mechanism technology target, one line a connection. */
const brief = async (text: string): Promise<string[]> =>
  (await readSnippet(csharpCodeSource, 'src/Orders/Startup.cs', text)).flatMap((fact) => (fact.type === 'connection' ? [`${fact.role} ${fact.mechanism} ${fact.technology ?? ''} ${JSON.stringify(fact.target)}`] : []));

describe('Steeltoe connectors: a registration reaches the section its connector binds', () => {
  it.each([
    [
      'Steeltoe 3 registrations handed the configuration',
      code`
        using Steeltoe.Connector.MySql;
        using Steeltoe.Connector.Redis;
        using Steeltoe.Connector.PostgreSql;
        using Steeltoe.Connector.MongoDb;
        using Steeltoe.Connector.SqlServer;
        public class Startup {
          public void ConfigureServices(IServiceCollection services) {
            services.AddMySqlConnection(Configuration);
            services.AddPostgresConnection(Configuration);
            services.AddDistributedRedisCache(Configuration);
            services.AddRedisConnectionMultiplexer(Configuration);
            services.AddMongoClient(Configuration);
            services.AddSqlServerConnection(Configuration);
          }
        }`,
      [
        'uses database MySQL {"key":"mysql:client:server"}',
        'uses database PostgreSQL {"key":"postgres:client:host"}',
        'uses database Redis {"key":"redis:client:host"}',
        'uses database MongoDB {"key":"mongodb:client:server"}',
        'uses database SQL Server {"key":"sqlserver:credentials:server"}',
      ],
    ],
    [
      "EF Core's Steeltoe overloads (Steeltoe 2 namespace), given the configuration by any name",
      code`
        using Steeltoe.CloudFoundry.Connector.MySql.EFCore;
        using Steeltoe.CloudFoundry.Connector.PostgreSql.EFCore;
        public class Startup {
          public void ConfigureServices(IServiceCollection services) {
            services.AddDbContext<CatalogContext>(options => options.UseMySql(Configuration));
            services.AddDbContext<OrdersContext>(o => o.UseNpgsql(builder.Configuration));
            services.AddDbContext<AuditContext>(o => o.UseSqlServer(_config));
          }
        }`,
      ['uses database MySQL {"key":"mysql:client:server"}', 'uses database PostgreSQL {"key":"postgres:client:host"}', 'uses database SQL Server {"key":"sqlserver:credentials:server"}'],
    ],
    [
      "EF Core's own overload given a connection string stays EF Core's",
      code`
        using Steeltoe.Connector.PostgreSql.EFCore;
        public class Startup {
          public void ConfigureServices(IServiceCollection services) {
            services.AddDbContext<OrdersContext>(o => o.UseNpgsql("Host=ordersdb;Database=orders"));
          }
        }`,
      ['uses database PostgreSQL {"host":"ordersdb","url":"Host=ordersdb;Database=orders"}'],
    ],
    [
      'the RabbitMQ connector and the Hystrix metrics stream make no connection of their own',
      code`
        using Steeltoe.Connector.RabbitMQ;
        using Steeltoe.CircuitBreaker.Hystrix;
        public class Startup {
          public void ConfigureServices(IServiceCollection services) {
            services.AddRabbitMQConnection(Configuration);
            services.AddHystrixMetricsStream(Configuration);
          }
        }`,
      [],
    ],
    [
      'the same calls without a Steeltoe import are not connectors',
      code`
        using Acme.Cache;
        public class Startup {
          public void ConfigureServices(IServiceCollection services) {
            services.AddDistributedRedisCache(Configuration);
            services.AddMySqlConnection(Configuration);
          }
        }`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(new Set(await brief(text))).toEqual(new Set(expected));
  });
});
