using BlueHeron.AccountingModel;
using Dapr.Client;
using Dapr.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;

const string SecretStoreName = "heron.secretstore";

var builder = WebApplication.CreateBuilder(args);

// Pull the SQL connection string out of the Dapr secret store at startup.
// In Kubernetes the store is backed by the "heron-sql" secret; with `dapr run`
// it is manifests/local/secrets.json. appsettings.Development.json wins when
// running without a sidecar.
if (!builder.Environment.IsDevelopment())
{
    var daprClient = new DaprClientBuilder().Build();
    builder.Configuration.AddDaprSecretStore(SecretStoreName,
        new[] { new DaprSecretDescriptor("heron-sql") },
        daprClient,
        TimeSpan.FromSeconds(30));
}

builder.Services.AddControllers().AddDapr();
builder.Services.AddDbContext<AccountingContext>(options =>
{
    var connectionString = builder.Configuration["heron-sql"]
        ?? builder.Configuration.GetConnectionString("Accounting")
        ?? throw new InvalidOperationException("No SQL connection string (secret heron-sql).");
    options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(5));
});
builder.Services.AddHealthChecks().AddDbContextCheck<AccountingContext>();

var app = builder.Build();

app.UseCloudEvents();
app.UseCors(p => p.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
app.MapSubscribeHandler();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/probes/ready", () => Results.Ok("ready"));

app.Run();

public partial class Program { }
