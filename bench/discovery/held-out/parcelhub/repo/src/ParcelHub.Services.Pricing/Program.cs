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
using Convey.HTTP;
using ParcelHub.Services.Pricing.Application.DTO;
using ParcelHub.Services.Pricing.Application.Queries;
using ParcelHub.Services.Pricing.Application.Services.Clients;
using ParcelHub.Services.Pricing.Infrastructure.Clients;

namespace ParcelHub.Services.Pricing
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
                    .AddHttpClient()
                    .AddTransient<ICustomersServiceClient, CustomersServiceClient>()
                    .Build())
                .Configure(app => app
                    .UseConvey()
                    .UseJaeger()
                    .UsePrometheus()
                    .UseSwaggerDocs()
                    .UseAuthentication()
                    .UseDispatcherEndpoints(endpoints => endpoints
                        .Get("", ctx => ctx.Response.WriteAsync(ctx.RequestServices.GetService<AppOptions>().Name))
                        .Get("ping", ctx => ctx.Response.WriteAsync("pong"))
                        .Get<GetOrderDiscountPricing, OrderPricingDto>("pricing")))
                .UseLogging();
    }
}
