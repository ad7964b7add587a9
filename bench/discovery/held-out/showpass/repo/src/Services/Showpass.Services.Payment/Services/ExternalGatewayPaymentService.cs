using System.Net.Http.Json;

namespace Showpass.Services.Payment.Services;

public interface IExternalGatewayPaymentService
{
    Task<bool> PerformPayment(PaymentInfo paymentInfo);
}

/// <summary>
/// Calls the PayVault card approval API (https://docs.payvault.io/reference/paymentapprover).
/// </summary>
public class ExternalGatewayPaymentService : IExternalGatewayPaymentService
{
    private readonly HttpClient _client;

    public ExternalGatewayPaymentService(HttpClient client) => _client = client;

    public async Task<bool> PerformPayment(PaymentInfo paymentInfo)
    {
        var response = await _client.PostAsJsonAsync("api/paymentapprover", paymentInfo);
        if (!response.IsSuccessStatusCode)
        {
            throw new ApplicationException($"PayVault returned {(int)response.StatusCode}");
        }

        return await response.Content.ReadFromJsonAsync<bool>();
    }
}

public class PaymentInfo
{
    public string CardNumber { get; set; } = string.Empty;
    public string CardName { get; set; } = string.Empty;
    public string CardExpiration { get; set; } = string.Empty;
    public double Total { get; set; }
}
