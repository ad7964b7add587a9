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
using ShoppingCartService.Messaging;
using ShoppingCartService.Models;

namespace ShoppingCartService
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

            services.AddDbContext<ShoppingCartContext>(options => options.UseMySql(Configuration));
            services.AddScoped<ICartRepository, CartRepository>();

            services.AddDiscoveryClient(Configuration);

            services.Configure<CartOptions>(Configuration.GetSection("cart"));
            services.AddRabbitMQConnection(Configuration);
            services.AddHostedService<OrderPlacedListener>();

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
