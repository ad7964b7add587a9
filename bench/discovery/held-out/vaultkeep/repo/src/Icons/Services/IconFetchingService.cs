using AngleSharp.Html.Parser;
using Vaultkeep.Icons.Models;

namespace Vaultkeep.Icons.Services;

public class IconFetchingService : IIconFetchingService
{
    private readonly ILogger<IIconFetchingService> _logger;
    private readonly HttpClient _httpClient;
    private readonly IUriService _uriService;

    public IconFetchingService(ILogger<IIconFetchingService> logger, IHttpClientFactory httpClientFactory,
        IUriService uriService)
    {
        _logger = logger;
        _httpClient = httpClientFactory.CreateClient("Icons");
        _uriService = uriService;
    }

    public async Task<IconResult> GetIconAsync(string domain)
    {
        if (IPAddress.TryParse(domain, out _))
        {
            _logger.LogWarning("IP address: {0}.", domain);
            return null;
        }

        if (!Uri.TryCreate($"https://{domain}", UriKind.Absolute, out var parsedHttpsUri))
        {
            return null;
        }

        // Resolve the site's HTML and look for <link rel="icon"> candidates, then fall back to /favicon.ico.
        using var response = await _httpClient.GetAsync(parsedHttpsUri);
        if (!response.IsSuccessStatusCode)
        {
            return await GetFaviconAsync(parsedHttpsUri);
        }

        var parser = new HtmlParser();
        using var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStreamAsync());
        var links = document.QuerySelectorAll("head link[rel*=icon]")
            .Select(l => l.GetAttribute("href"))
            .Where(h => !string.IsNullOrWhiteSpace(h))
            .Take(200);

        foreach (var href in links)
        {
            if (Uri.TryCreate(parsedHttpsUri, href, out var iconUri) && _uriService.IsSafe(iconUri))
            {
                var icon = await DownloadAsync(iconUri);
                if (icon != null)
                {
                    return icon;
                }
            }
        }
        return await GetFaviconAsync(parsedHttpsUri);
    }

    private Task<IconResult> GetFaviconAsync(Uri baseUri) => DownloadAsync(new Uri(baseUri, "favicon.ico"));

    private async Task<IconResult> DownloadAsync(Uri uri)
    {
        using var response = await _httpClient.GetAsync(uri);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new IconResult(bytes, response.Content.Headers.ContentType?.MediaType);
    }
}
