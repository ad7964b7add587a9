using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Steeltoe.CircuitBreaker.Hystrix;
using Steeltoe.CloudFoundry.Connector.MySql.EFCore;
using Steeltoe.CloudFoundry.Connector.Redis;
using Steeltoe.Discovery.Client;
using Steeltoe.Management.CloudFoundry;
using Steeltoe.Management.Exporter.Tracing;
using Steeltoe.Management.Tracing;
using Steeltoe.Security.DataProtection;
using TuneCrate.Models;
using TuneCrate.Services;
using TuneCrate.Services.HystrixCommands;

namespace TuneCrate
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

            services.Configure<TuneCrateOptions>(Configuration.GetSection("tunecrate"));
            services.Configure<EmailOptions>(Configuration.GetSection("email"));

            // ASP.NET Identity store (bound tcMySqlAccounts / mysql:client:*)
            services.AddDbContext<AccountsContext>(options => options.UseMySql(Configuration));
            services.AddIdentity<ApplicationUser, IdentityRole>()
                .AddEntityFrameworkStores<AccountsContext>()
                .AddDefaultTokenProviders();

            // Session + data protection key ring shared across instances via Redis (tcRedis)
            services.AddDistributedRedisCache(Configuration);
            services.AddRedisConnectionMultiplexer(Configuration);
            services.AddDataProtection()
                .PersistKeysToRedis()
                .SetApplicationName("tunecrate");
            services.AddSession(options =>
            {
                options.IdleTimeout = TimeSpan.FromMinutes(30);
                options.Cookie.Name = ".TuneCrate.Session";
            });

            services.AddDiscoveryClient(Configuration);

            services.AddSingleton<IStoreService, StoreServiceClient>();
            services.AddSingleton<IShoppingCartService, ShoppingCartServiceClient>();
            services.AddSingleton<IOrderService, OrderServiceClient>();
            services.AddSingleton<IRecommendationsClient, RecommendationsClient>();
            services.AddTransient<IEmailSender, EmailSender>();

            services.AddHystrixCommand<GetTopAlbumsCommand>("TuneCrateService", "TopAlbums", Configuration);
            services.AddHystrixCommand<GetGenresCommand>("TuneCrateService", "Genres", Configuration);
            services.AddHystrixCommand<GetAlbumCommand>("TuneCrateService", "Album", Configuration);
            services.AddHystrixCommand<GetCartItemsCommand>("ShoppingCartService", "CartItems", Configuration);
            services.AddHystrixCommand<AddItemToCartCommand>("ShoppingCartService", "AddItemToCart", Configuration);
            services.AddHystrixCommand<PlaceOrderCommand>("OrderService", "PlaceOrder", Configuration);

            // Publishes hystrix metrics to the dashboard / turbine over the bound RabbitMQ service
            services.AddHystrixMetricsStream(Configuration);

            // External logins were dropped for the 1.0 release.
            // services.AddAuthentication()
            //     .AddFacebook(o =>
            //     {
            //         o.AppId = Configuration["Authentication:Facebook:AppId"];
            //         o.AppSecret = Configuration["Authentication:Facebook:AppSecret"];
            //     })
            //     .AddGoogle(o =>
            //     {
            //         o.ClientId = Configuration["Authentication:Google:ClientId"];
            //         o.ClientSecret = Configuration["Authentication:Google:ClientSecret"];
            //     });

            services.AddMvc();
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseExceptionHandler("/Home/Error");
            }

            app.UseCloudFoundryActuators();
            app.UseTracingExporter();

            app.UseHystrixRequestContext();

            app.UseStaticFiles();
            app.UseSession();
            app.UseAuthentication();

            app.UseMvc(routes =>
            {
                routes.MapRoute("areaRoute", "{area:exists}/{controller}/{action}", new { action = "Index" });
                routes.MapRoute("default", "{controller=Home}/{action=Index}/{id?}");
            });

            app.UseDiscoveryClient();
            app.UseHystrixMetricsStream();
        }
    }
}
