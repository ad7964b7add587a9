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
using TuneCrateService.Messaging;
using TuneCrateService.Models;

namespace TuneCrateService
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

            // Connection info comes from the bound MySQL service (VCAP_SERVICES) or mysql:client:*
            services.AddDbContext<TuneCrateContext>(options => options.UseMySql(Configuration));

            services.AddDiscoveryClient(Configuration);

            services.Configure<CatalogOptions>(Configuration.GetSection("catalog"));
            services.AddRabbitMQConnection(Configuration);
            services.AddHostedService<AlbumSalesListener>();

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
