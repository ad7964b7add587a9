using System;
using System.Threading.Tasks;
using Convey;
using Convey.Auth;
using Convey.CQRS.Commands;
using Convey.CQRS.Events;
using Convey.CQRS.Queries;
using Convey.Discovery.Consul;
using Convey.Docs.Swagger;
using Convey.LoadBalancing.Fabio;
using Convey.Logging;
using Convey.Metrics.Prometheus;
using Convey.Tracing.Jaeger;
using Convey.WebApi;
using Convey.WebApi.CQRS;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Convey.MessageBrokers.CQRS;
using Convey.MessageBrokers.Outbox;
using Convey.MessageBrokers.Outbox.Mongo;
using Convey.MessageBrokers.RabbitMQ;
using Convey.Persistence.MongoDB;
using Convey.Tracing.Jaeger.RabbitMQ;
using ParcelHub.Services.Deliveries.Application.Commands;
using ParcelHub.Services.Deliveries.Application.Queries;
using ParcelHub.Services.Deliveries.Application.DTO;
using ParcelHub.Services.Deliveries.Infrastructure.Mongo.Documents;

namespace ParcelHub.Services.Deliveries
{
    public class Program
    {
        public static async Task Main(string[] args)
            => await CreateWebHostBuilder(args)
                .Build()
                .RunAsync();

        public static IWebHostBuilder CreateWebHostBuilder(string[] args)
            => WebHost.CreateDefaultBuilder(args)
                .ConfigureServices(services => services
                    .AddConvey()
                    .AddWebApi()
                    .AddCommandHandlers()
                    .AddEventHandlers()
                    .AddQueryHandlers()
                    .AddInMemoryCommandDispatcher()
                    .AddInMemoryEventDispatcher()
                    .AddInMemoryQueryDispatcher()
                    .AddJwt()
                    .AddConsul()
                    .AddFabio()
                    .AddJaeger()
                    .AddPrometheus()
                    .AddWebApiSwaggerDocs()
                    .AddRabbitMq(plugins: p => p.AddJaegerRabbitMqPlugin())
                    .AddMessageOutbox(o => o.AddMongo())
                    .AddMongo()
                    // .AddHttpClient()
                    // .AddTransient<IVehiclesServiceClient, VehiclesServiceClient>()
                    .AddMongoRepository<DeliveryDocument, Guid>("deliveries")
                    .Build())
                .Configure(app => app
                    .UseConvey()
                    .UseJaeger()
                    .UsePrometheus()
                    .UseSwaggerDocs()
                    .UseAuthentication()
                    .UseRabbitMq()
                    .SubscribeCommand<StartDelivery>()
                    .SubscribeCommand<CompleteDelivery>()
                    .SubscribeCommand<FailDelivery>()
                    .UseDispatcherEndpoints(endpoints => endpoints
                        .Get("", ctx => ctx.Response.WriteAsync(ctx.RequestServices.GetService<AppOptions>().Name))
                        .Get("ping", ctx => ctx.Response.WriteAsync("pong"))
                        .Get<GetDelivery, DeliveryDto>("deliveries/{deliveryId}")
                        .Post<StartDelivery>("deliveries")
                        .Put<CompleteDelivery>("deliveries/{deliveryId}/complete")))
                .UseLogging();
    }
}
