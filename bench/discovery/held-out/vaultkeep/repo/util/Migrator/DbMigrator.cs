using System.Data;
using System.Reflection;
using DbUp;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Migrator;

public class DbMigrator
{
    private readonly string _connectionString;
    private readonly ILogger<DbMigrator> _logger;
    private readonly string _masterConnectionString;

    public DbMigrator(GlobalSettings globalSettings, ILogger<DbMigrator> logger)
    {
        _connectionString = globalSettings.SqlServer.ConnectionString;
        _logger = logger;
        _masterConnectionString = new SqlConnectionStringBuilder(_connectionString)
        {
            InitialCatalog = "master"
        }.ConnectionString;
    }

    public bool MigrateMsSqlDatabaseWithRetries(bool enableLogging = true, CancellationToken cancellationToken = default)
    {
        var attempt = 1;
        while (attempt < 10)
        {
            try
            {
                return MigrateDatabase(enableLogging, cancellationToken);
            }
            catch (SqlException ex) when (ex.Message.Contains("Server is in script upgrade mode"))
            {
                attempt++;
                _logger.LogInformation("Database is in script upgrade mode, trying again (attempt #{Attempt})...", attempt);
                Thread.Sleep(20000);
            }
        }
        return false;
    }

    private bool MigrateDatabase(bool enableLogging, CancellationToken cancellationToken)
    {
        using (var connection = new SqlConnection(_masterConnectionString))
        {
            var databaseName = new SqlConnectionStringBuilder(_connectionString).InitialCatalog;
            var command = new SqlCommand(
                "IF ((SELECT COUNT(1) FROM sys.databases WHERE [name] = @DatabaseName) = 0) " +
                "CREATE DATABASE [" + databaseName + "];", connection);
            command.Parameters.Add("@DatabaseName", SqlDbType.VarChar).Value = databaseName;
            command.Connection.Open();
            command.ExecuteNonQuery();
        }

        cancellationToken.ThrowIfCancellationRequested();

        var upgrader = DeployChanges.To
            .SqlDatabase(_connectionString)
            .JournalToSqlTable("dbo", "Migration")
            .WithScriptsAndCodeEmbeddedInAssembly(Assembly.GetExecutingAssembly(),
                s => s.Contains("DbScripts") && !s.Contains("Archive"))
            .WithTransaction()
            .WithExecutionTimeout(TimeSpan.FromMinutes(5))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (enableLogging)
        {
            if (result.Successful)
            {
                _logger.LogInformation("Migration successful.");
            }
            else
            {
                _logger.LogError(result.Error, "Migration failed.");
            }
        }
        return result.Successful;
    }
}
