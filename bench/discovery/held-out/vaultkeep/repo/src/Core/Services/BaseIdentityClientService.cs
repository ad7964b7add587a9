using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Vaultkeep.Core.Services;

/// <summary>
/// Base class for clients that call a Vaultkeep cloud API with an installation access token
/// obtained via the client_credentials grant from the cloud identity server.
/// </summary>
public abstract class BaseIdentityClientService : IDisposable
{
    private readonly IHttpClientFactory _httpFactory;
    private readonly string _identityScope;
    private readonly string _identityClientId;
    private readonly string _identityClientSecret;
    protected readonly ILogger<BaseIdentityClientService> _logger;

    private JsonDocument _decodedToken;
    private DateTime? _nextAuthAttempt = null;

    public BaseIdentityClientService(IHttpClientFactory httpFactory, string baseClientServerUri,
        string baseIdentityServerUri, string identityScope, string identityClientId,
        string identityClientSecret, ILogger<BaseIdentityClientService> logger)
    {
        _httpFactory = httpFactory;
        _identityScope = identityScope;
        _identityClientId = identityClientId;
        _identityClientSecret = identityClientSecret;
        _logger = logger;

        Client = _httpFactory.CreateClient("client");
        Client.BaseAddress = new Uri(baseClientServerUri);
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        IdentityClient = _httpFactory.CreateClient("identity");
        IdentityClient.BaseAddress = new Uri(baseIdentityServerUri);
        IdentityClient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    protected HttpClient Client { get; private set; }
    protected HttpClient IdentityClient { get; private set; }
    protected string AccessToken { get; private set; }

    protected async Task SendAsync(HttpMethod method, string path, object requestModel = null)
    {
        var tokenStateResponse = await HandleTokenStateAsync();
        if (!tokenStateResponse)
        {
            return;
        }

        var message = new HttpRequestMessage(method, path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        if (requestModel != null)
        {
            message.Content = JsonContent.Create(requestModel);
        }
        try
        {
            await Client.SendAsync(message);
        }
        catch (Exception e)
        {
            _logger.LogError(12334, e, "Failed to send to {0}.", message.RequestUri.ToString());
        }
    }

    protected async Task<bool> HandleTokenStateAsync()
    {
        if (_nextAuthAttempt.HasValue && DateTime.UtcNow > _nextAuthAttempt.Value)
        {
            return false;
        }
        _nextAuthAttempt = null;

        if (!string.IsNullOrWhiteSpace(AccessToken) && !TokenNeedsRefresh())
        {
            return true;
        }

        var requestMessage = new HttpRequestMessage
        {
            Method = HttpMethod.Post,
            RequestUri = new Uri(string.Concat(IdentityClient.BaseAddress, "connect/token")),
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                { "grant_type", "client_credentials" },
                { "scope", _identityScope },
                { "client_id", _identityClientId },
                { "client_secret", _identityClientSecret }
            })
        };

        HttpResponseMessage response;
        try
        {
            response = await IdentityClient.SendAsync(requestMessage);
        }
        catch (Exception e)
        {
            _logger.LogError(12339, e, "Unable to authenticate with identity server.");
            return false;
        }

        if (!response.IsSuccessStatusCode)
        {
            _nextAuthAttempt = DateTime.UtcNow.AddDays(1);
            return false;
        }

        var json = await response.Content.ReadFromJsonAsync<JsonDocument>();
        AccessToken = json.RootElement.GetProperty("access_token").GetString();
        return true;
    }

    protected virtual bool TokenNeedsRefresh(int minutes = 5) => _decodedToken == null;

    public void Dispose() => _decodedToken?.Dispose();
}
