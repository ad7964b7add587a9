using System;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using Tidemart.PublicWeb.ClientProxies;
using Volo.Abp;
using Volo.Abp.AspNetCore.Authentication.OpenIdConnect;
using Volo.Abp.AspNetCore.Mvc.UI.Bundling;
using Volo.Abp.AspNetCore.Mvc.UI.Theme.LeptonXLite;
using Volo.Abp.AspNetCore.Mvc.UI.Theme.LeptonXLite.Bundling;
using Volo.Abp.AspNetCore.Serilog;
using Volo.Abp.Autofac;
using Volo.Abp.Caching;
using Volo.Abp.Caching.StackExchangeRedis;
using Volo.Abp.Http.Client;
using Volo.Abp.Http.Client.IdentityModel.Web;
using Volo.Abp.Modularity;

namespace Tidemart.PublicWeb;

[DependsOn(
    typeof(AbpAutofacModule),
    typeof(AbpAspNetCoreMvcUiLeptonXLiteThemeModule),
    typeof(AbpAspNetCoreAuthenticationOpenIdConnectModule),
    typeof(AbpAspNetCoreSerilogModule),
    typeof(AbpCachingStackExchangeRedisModule),
    typeof(AbpHttpClientModule),
    typeof(AbpHttpClientIdentityModelWebModule)
)]
public class TidemartPublicWebModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        // Static C# client proxies. Every remote service name resolves through
        // RemoteServices:<Name>:BaseUrl (all of them point to the public web gateway).
        context.Services.AddStaticHttpClientProxies(typeof(TidemartPublicWebModule).Assembly);
        Configure<AbpHttpClientOptions>(options =>
        {
            options.HttpClientProxies[typeof(IProductPublicAppService)] =
                new HttpClientProxyConfig(typeof(IProductPublicAppService), TidemartRemoteServices.Catalog);
            options.HttpClientProxies[typeof(IBasketAppService)] =
                new HttpClientProxyConfig(typeof(IBasketAppService), TidemartRemoteServices.Basket);
            options.HttpClientProxies[typeof(IOrderAppService)] =
                new HttpClientProxyConfig(typeof(IOrderAppService), TidemartRemoteServices.Ordering);
            options.HttpClientProxies[typeof(IPaymentRequestAppService)] =
                new HttpClientProxyConfig(typeof(IPaymentRequestAppService), TidemartRemoteServices.Payment);
        });

        // Sign-in through the auth server (authorization code flow)
        context.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie("Cookies", options =>
            {
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
            })
            .AddAbpOpenIdConnect("oidc", options =>
            {
                options.Authority = configuration["AuthServer:Authority"];
                options.MetadataAddress =
                    configuration["AuthServer:MetaAddress"]!.TrimEnd('/') + "/.well-known/openid-configuration";
                options.RequireHttpsMetadata = Convert.ToBoolean(configuration["AuthServer:RequireHttpsMetadata"]);
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ClientId = configuration["AuthServer:ClientId"];
                options.ClientSecret = configuration["AuthServer:ClientSecret"];
                options.UsePkce = true;
                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.Scope.Add("roles");
                options.Scope.Add("email");
                options.Scope.Add("phone");
                options.Scope.Add("CatalogService");
                options.Scope.Add("BasketService");
                options.Scope.Add("OrderingService");
                options.Scope.Add("PaymentService");
            });

        // Redis: distributed cache + shared data protection keys
        Configure<AbpDistributedCacheOptions>(options =>
        {
            options.KeyPrefix = "Tidemart:PublicWeb:";
        });
        var redis = ConnectionMultiplexer.Connect(configuration["Redis:Configuration"]!);
        context.Services.AddDataProtection()
            .SetApplicationName("Tidemart")
            .PersistKeysToStackExchangeRedis(redis, "Tidemart-Protection-Keys");

        Configure<AbpBundlingOptions>(options =>
        {
            options.ScriptBundles.Configure(LeptonXLiteThemeBundles.Scripts.Global, bundle =>
            {
                bundle.AddFiles("/global-scripts.js");
            });
        });

        context.Services.AddHealthChecks();
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();
        var env = context.GetEnvironment();

        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseErrorPage();
        }

        app.UseCorrelationId();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAbpRequestLocalization();
        app.UseAuthorization();
        app.UseAbpSerilogEnrichers();
        app.UseConfiguredEndpoints(endpoints =>
        {
            endpoints.MapHealthChecks("/health-status");
        });
    }
}
