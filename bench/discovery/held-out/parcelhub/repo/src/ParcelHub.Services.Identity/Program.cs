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
using ParcelHub.Services.Identity.Application.Commands;
using ParcelHub.Services.Identity.Application.Services;
using ParcelHub.Services.Identity.Infrastructure.Auth;
using ParcelHub.Services.Identity.Infrastructure.Mongo.Documents;

namespace ParcelHub.Services.Identity
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
                    .AddSingleton<IPasswordService, PasswordService>()
                    .AddSingleton<IJwtProvider, JwtProvider>()
                    .AddScoped<IIdentityService, IdentityService>()
                    .AddMongoRepository<UserDocument, Guid>("users")
                    .AddMongoRepository<RefreshTokenDocument, Guid>("refreshTokens")
                    .Build())
                .Configure(app => app
                    .UseConvey()
                    .UseJaeger()
                    .UsePrometheus()
                    .UseSwaggerDocs()
                    .UseAuthentication()
                    .UseRabbitMq()
                    .UseDispatcherEndpoints(endpoints => endpoints
                        .Get("", ctx => ctx.Response.WriteAsync(ctx.RequestServices.GetService<AppOptions>().Name))
                        .Get("ping", ctx => ctx.Response.WriteAsync("pong"))
                        .Post<SignUp>("sign-up", afterDispatch: (cmd, ctx) => ctx.Response.Created("identity/me"))
                        .Post<SignIn>("sign-in")
                        .Post<UseRefreshToken>("refresh-tokens/use")))
                .UseLogging();
    }
}
