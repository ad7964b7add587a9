using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi.Models;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.AspNetCore.Serilog;
using Volo.Abp.Autofac;
using Volo.Abp.Modularity;
using Volo.Abp.Swashbuckle;

namespace Tidemart.Shared.Hosting.Microservices;

[DependsOn(
    typeof(AbpAutofacModule),
    typeof(AbpAspNetCoreMvcModule),
    typeof(AbpAspNetCoreSerilogModule),
    typeof(AbpSwashbuckleModule)
)]
public class TidemartSharedHostingMicroservicesModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.AddHealthChecks();
    }
}

public static class MicroserviceHostingExtensions
{
    /// <summary>
    /// Validates access tokens issued by the auth server. Only the discovery document and
    /// signing keys are fetched from <c>AuthServer:MetaAddress</c>.
    /// </summary>
    public static IServiceCollection AddTidemartJwtAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        string audience)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = configuration["AuthServer:Authority"];
                options.MetadataAddress =
                    configuration["AuthServer:MetaAddress"]!.TrimEnd('/') + "/.well-known/openid-configuration";
                options.RequireHttpsMetadata = configuration.GetValue<bool>("AuthServer:RequireHttpsMetadata");
                options.Audience = audience;
                options.TokenValidationParameters.ValidIssuers = new[]
                {
                    configuration["AuthServer:Authority"]!.TrimEnd('/') + "/"
                };
            });

        return services;
    }

    public static IServiceCollection AddTidemartSwagger(
        this IServiceCollection services,
        IConfiguration configuration,
        string apiTitle,
        Dictionary<string, string> scopes)
    {
        services.AddAbpSwaggerGenWithOAuth(
            configuration["AuthServer:Authority"]!,
            scopes,
            options =>
            {
                options.SwaggerDoc("v1", new OpenApiInfo { Title = apiTitle, Version = "v1" });
                options.DocInclusionPredicate((_, _) => true);
                options.CustomSchemaIds(type => type.FullName);
            });

        return services;
    }

    public static string[] GetCorsOrigins(this IConfiguration configuration)
    {
        return (configuration["App:CorsOrigins"] ?? string.Empty)
            .Split(",", StringSplitOptions.RemoveEmptyEntries);
    }
}
