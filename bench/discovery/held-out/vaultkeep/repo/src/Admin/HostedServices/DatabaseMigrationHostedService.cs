using Microsoft.Data.SqlClient;
using Vaultkeep.Core.Settings;
using Vaultkeep.Migrator;

namespace Vaultkeep.Admin.HostedServices;

public class DatabaseMigrationHostedService : IHostedService, IDisposable
{
    private readonly GlobalSettings _globalSettings;
    private readonly ILogger<DatabaseMigrationHostedService> _logger;
    private readonly DbMigrator _dbMigrator;

    public DatabaseMigrationHostedService(GlobalSettings globalSettings,
        ILogger<DatabaseMigrationHostedService> logger, DbMigrator dbMigrator)
    {
        _globalSettings = globalSettings;
        _logger = logger;
        _dbMigrator = dbMigrator;
    }

    public virtual async Task StartAsync(CancellationToken cancellationToken)
    {
        var maxMigrationAttempts = 10;
        for (var i = 1; i <= maxMigrationAttempts; i++)
        {
            try
            {
                // Will throw if the mssql container is not ready yet.
                _dbMigrator.MigrateMsSqlDatabaseWithRetries(true, cancellationToken);
                break;
            }
            catch (SqlException e)
            {
                if (i >= maxMigrationAttempts)
                {
                    _logger.LogError(e, "Database failed to migrate.");
                    throw;
                }
                _logger.LogError(e, "Database unavailable for migration. Trying again (attempt #{0})...", i + 1);
                await Task.Delay(20000, cancellationToken);
            }
        }
    }

    public virtual Task StopAsync(CancellationToken cancellationToken) => Task.FromResult(0);

    public virtual void Dispose() { }
}
