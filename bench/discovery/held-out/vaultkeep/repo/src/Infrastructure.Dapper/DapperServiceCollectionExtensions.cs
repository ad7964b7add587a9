using Microsoft.Extensions.DependencyInjection;
using Vaultkeep.Core.Repositories;
using Vaultkeep.Infrastructure.Dapper.Repositories;

namespace Vaultkeep.Infrastructure.Dapper;

public static class DapperServiceCollectionExtensions
{
    public static void AddDapperRepositories(this IServiceCollection services, bool selfHosted)
    {
        services.AddSingleton<IUserRepository, UserRepository>();
        services.AddSingleton<ICipherRepository, CipherRepository>();
        services.AddSingleton<IOrganizationRepository, OrganizationRepository>();
        services.AddSingleton<ISsoConfigRepository, SsoConfigRepository>();
        services.AddSingleton<IInstallationRepository, InstallationRepository>();
        services.AddSingleton<IEventRepository, EventRepository>();
    }
}
