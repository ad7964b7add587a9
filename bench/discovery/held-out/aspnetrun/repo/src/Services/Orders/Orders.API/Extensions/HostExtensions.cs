using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Polly;

namespace Orders.API.Extensions
{
    public static class HostExtensions
    {
        public static IHost MigrateDatabase<TContext>(this IHost host,
                                                      Action<TContext, IServiceProvider> seeder) where TContext : DbContext
        {
            using var scope = host.Services.CreateScope();
            var services = scope.ServiceProvider;
            var logger = services.GetRequiredService<ILogger<TContext>>();
            var context = services.GetService<TContext>();

            var retry = Policy.Handle<SqlException>()
                .WaitAndRetry(
                    retryCount: 5,
                    sleepDurationProvider: attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt)),
                    onRetry: (exception, ts, _) =>
                        logger.LogError(exception, "Retrying migration of {DbContext} in {Delay}", typeof(TContext).Name, ts));

            retry.Execute(() =>
            {
                context.Database.Migrate();
                seeder(context, services);
            });

            logger.LogInformation("Migrated database associated with context {DbContextName}", typeof(TContext).Name);
            return host;
        }
    }
}
