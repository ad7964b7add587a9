using BlueHeron.AccountingModel;
using Microsoft.EntityFrameworkCore;

// Runs once per deployment (Kubernetes Job) before accounting-service starts:
// waits for SQL Server, then applies the EF Core migrations.
var connectionString = Environment.GetEnvironmentVariable("HERON_SQL_CONNECTION")
    ?? throw new InvalidOperationException("HERON_SQL_CONNECTION is not set");

var options = new DbContextOptionsBuilder<AccountingContext>()
    .UseSqlServer(connectionString, sql => sql.CommandTimeout(120))
    .Options;

var maxAttempts = int.TryParse(Environment.GetEnvironmentVariable("BOOTSTRAP_MAX_ATTEMPTS"), out var n) ? n : 30;

for (var attempt = 1; ; attempt++)
{
    try
    {
        await using var db = new AccountingContext(options);
        Console.WriteLine($"[bootstrapper] applying migrations (attempt {attempt})");
        await db.Database.MigrateAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();
        Console.WriteLine($"[bootstrapper] done, {pending.Count()} pending migrations left");
        return 0;
    }
    catch (Exception ex) when (attempt < maxAttempts)
    {
        Console.WriteLine($"[bootstrapper] SQL Server not ready: {ex.GetBaseException().Message}");
        await Task.Delay(TimeSpan.FromSeconds(5));
    }
}
