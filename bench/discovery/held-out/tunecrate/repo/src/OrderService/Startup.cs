using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Steeltoe.CloudFoundry.Connector.MySql.EFCore;
using Steeltoe.CloudFoundry.Connector.RabbitMQ;
using Steeltoe.Discovery.Client;
using Steeltoe.Management.CloudFoundry;
using Steeltoe.Management.Exporter.Tracing;
using Steeltoe.Management.Tracing;
using OrderService.Messaging;
using OrderService.Models;

namespace OrderService
{
    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddCloudFoundryActuators(Configuration);
            services.AddDistributedTracing(Configuration);
            services.AddZipkinExporter(Configuration);

            services.AddDbContext<OrdersContext>(options => options.UseMySql(Configuration));

            services.AddDiscoveryClient(Configuration);

            services.Configure<OrderEventOptions>(Configuration.GetSection("orders:events"));
            services.AddRabbitMQConnection(Configuration);
            services.AddSingleton<IOrderEventPublisher, OrderEventPublisher>();

            // Price verification against the catalog was turned off in 1.2 (orders:verifyPrices).
            // services.AddSingleton<ICatalogPriceClient, CatalogPriceClient>();

            services.AddMvc();
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseCloudFoundryActuators();
            app.UseTracingExporter();
            app.UseMvc();
            app.UseDiscoveryClient();
        }
    }
}
