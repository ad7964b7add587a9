using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TideMart.Shared.Persistence;

public static class PostgresExtensions
{
    /// <summary>
    /// Registers an EF Core DbContext on Npgsql plus a health check for the same database.
    /// <paramref name="connectionName"/> is the key under ConnectionStrings (e.g. "catalogdb").
    /// </summary>
    public static IServiceCollection AddPostgresDbContext<TContext>(this IServiceCollection services,
        IConfiguration config, string connectionName)
        where TContext : DbContext
    {
        var cs = config.GetConnectionString(connectionName)
                 ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured");

        services.AddDbContext<TContext>(o =>
        {
            o.UseNpgsql(cs, npg =>
            {
                npg.MigrationsAssembly(typeof(TContext).Assembly.GetName().Name);
                npg.EnableRetryOnFailure(5);
            });
            o.UseSnakeCaseNamingConvention();
        });

        services.AddHealthChecks().AddNpgSql(cs, name: connectionName);
        return services;
    }
}
