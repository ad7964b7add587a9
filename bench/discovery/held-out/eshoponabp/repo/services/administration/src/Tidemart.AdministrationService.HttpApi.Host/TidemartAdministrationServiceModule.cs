using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp;
using Volo.Abp.AuditLogging.EntityFrameworkCore;
using Volo.Abp.DependencyInjection;
using Volo.Abp.EntityFrameworkCore;
using Volo.Abp.EntityFrameworkCore.PostgreSql;
using Volo.Abp.FeatureManagement.EntityFrameworkCore;
using Volo.Abp.Http.Client.IdentityModel.Web;
using Volo.Abp.Identity;
using Volo.Abp.Modularity;
using Volo.Abp.PermissionManagement;
using Volo.Abp.PermissionManagement.EntityFrameworkCore;
using Volo.Abp.SettingManagement;
using Volo.Abp.SettingManagement.EntityFrameworkCore;

namespace Tidemart.AdministrationService;

[DependsOn(
    typeof(TidemartSharedHostingMicroservicesModule),
    typeof(AbpPermissionManagementApplicationModule),
    typeof(AbpPermissionManagementHttpApiModule),
    typeof(AbpPermissionManagementEntityFrameworkCoreModule),
    typeof(AbpSettingManagementApplicationModule),
    typeof(AbpSettingManagementHttpApiModule),
    typeof(AbpSettingManagementEntityFrameworkCoreModule),
    typeof(AbpFeatureManagementEntityFrameworkCoreModule),
    typeof(AbpAuditLoggingEntityFrameworkCoreModule),
    typeof(AbpEntityFrameworkCorePostgreSqlModule),
    // Client proxies for the identity service: base URL from RemoteServices:AbpIdentity
    typeof(AbpIdentityHttpApiClientModule),
    typeof(AbpHttpClientIdentityModelWebModule)
)]
public class TidemartAdministrationServiceModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        Configure<AbpDbConnectionOptions>(options =>
        {
            options.Databases.Configure("AdministrationService", database =>
            {
                database.MappedConnections.Add("AbpPermissionManagement");
                database.MappedConnections.Add("AbpSettingManagement");
                database.MappedConnections.Add("AbpFeatureManagement");
                database.MappedConnections.Add("AbpAuditLogging");
            });
        });

        Configure<AbpDbContextOptions>(options =>
        {
            options.UseNpgsql();
        });

        context.Services.AddTidemartJwtAuthentication(configuration, "AdministrationService");
        context.Services.AddTidemartSwagger(configuration, "Administration Service API",
            new Dictionary<string, string> { { "AdministrationService", "Administration Service API" } });
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();

        app.UseCorrelationId();
        app.UseAbpRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSwagger();
        app.UseAbpSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Administration Service API");
        });
        app.UseAbpSerilogEnrichers();
        app.UseAuditing();
        app.UseUnitOfWork();
        app.UseConfiguredEndpoints(endpoints =>
        {
            endpoints.MapHealthChecks("/health-status");
        });
    }
}

/// <summary>
/// Resolves role names for the permission management dialog. Roles live in the identity
/// service, so the lookup goes through the generated HTTP client proxy.
/// </summary>
public class RemoteRoleLookupService : ITransientDependency
{
    private readonly IIdentityRoleAppService _identityRoleAppService;

    public RemoteRoleLookupService(IIdentityRoleAppService identityRoleAppService)
    {
        _identityRoleAppService = identityRoleAppService;
    }

    public async Task<IReadOnlyList<string>> GetRoleNamesAsync()
    {
        var roles = await _identityRoleAppService.GetAllListAsync();
        var names = new List<string>();
        foreach (var role in roles.Items)
        {
            names.Add(role.Name);
        }
        return names;
    }

    public async Task<bool> RoleExistsAsync(string roleName)
    {
        var names = await GetRoleNamesAsync();
        return names.Contains(roleName, StringComparer.OrdinalIgnoreCase);
    }
}
