// Fake card approver that mimics PayVault's /api/paymentapprover for local debugging.
// Run it on http://localhost:5300 and start Payment with ASPNETCORE_ENVIRONMENT=Development.
var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

// Cards ending in 0000 are declined, everything else is approved.
app.MapPost("/api/paymentapprover", (PaymentInfo paymentInfo) =>
    Results.Ok(!paymentInfo.CardNumber.EndsWith("0000")));

app.Run("http://localhost:5300");

public record PaymentInfo(string CardNumber, string CardName, string CardExpiration, double Total);
