using System.Threading.Tasks;
using Convey;
using Convey.Auth;
using Convey.CQRS.Queries;
using Convey.Discovery.Consul;
using Convey.LoadBalancing.Fabio;
using Convey.Logging;
using Convey.MessageBrokers.RabbitMQ;
using Convey.Metrics.Prometheus;
using Convey.Persistence.Redis;
using Convey.Tracing.Jaeger;
using Convey.Tracing.Jaeger.RabbitMQ;
using Convey.WebApi;
using Convey.WebApi.CQRS;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParcelHub.Services.Operations.Api.Handlers;
using ParcelHub.Services.Operations.Api.Hubs;
using ParcelHub.Services.Operations.Api.Infrastructure;
using ParcelHub.Services.Operations.Api.Queries;
using ParcelHub.Services.Operations.Api.Services;
using ParcelHub.Services.Operations.Api.DTO;

namespace ParcelHub.Services.Operations
{
    public class Program
    {
        public static async Task Main(string[] args)
            => await WebHost.CreateDefaultBuilder(args)
                .ConfigureServices((ctx, services) =>
                {
                    services
                        .AddConvey()
                        .AddWebApi()
                        .AddQueryHandlers()
                        .AddInMemoryQueryDispatcher()
                        .AddJwt()
                        .AddConsul()
                        .AddFabio()
                        .AddJaeger()
                        .AddPrometheus()
                        .AddRedis()
                        .AddRabbitMq(plugins: p => p.AddJaegerRabbitMqPlugin())
                        .Build();

                    services.AddSingleton<IOperationsService, OperationsService>();
                    services.AddTransient<IHubService, HubService>();
                    services.AddTransient<IHubWrapper, HubWrapper>();
                    services.AddSignalR()
                        .AddStackExchangeRedis(ctx.Configuration["redis:connectionString"],
                            o => o.Configuration.ChannelPrefix = "parcelhub-operations");
                })
                .Configure(app => app
                    .UseConvey()
                    .UseJaeger()
                    .UsePrometheus()
                    .UseAuthentication()
                    .UseRouting()
                    .UseEndpoints(e => e.MapHub<ParcelHubHub>("/parcelhub"))
                    .UseRabbitMq()
                    .SubscribeMessages()
                    .UseDispatcherEndpoints(endpoints => endpoints
                        .Get("", ctx => ctx.Response.WriteAsync(ctx.RequestServices.GetService<AppOptions>().Name))
                        .Get("ping", ctx => ctx.Response.WriteAsync("pong"))
                        .Get<GetOperation, OperationDto>("operations/{operationId}")))
                .UseLogging()
                .Build()
                .RunAsync();
    }
}
