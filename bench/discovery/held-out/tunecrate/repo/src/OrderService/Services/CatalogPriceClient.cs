using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Steeltoe.Common.Discovery;

namespace OrderService.Services
{
    public interface ICatalogPriceClient
    {
        Task<decimal?> GetCurrentPriceAsync(int albumId);
    }

    /// <summary>
    /// Looks up the current album price in the catalog. Not registered since 1.2 - the storefront
    /// sends the price it displayed and orders are accepted at that price.
    /// </summary>
    public class CatalogPriceClient : ICatalogPriceClient
    {
        private const string CatalogAlbumsUrl = "http://tunecrateservice/api/Store/albums/";

        private readonly DiscoveryHttpClientHandler _handler;

        public CatalogPriceClient(IDiscoveryClient discoveryClient, ILogger<CatalogPriceClient> logger)
        {
            _handler = new DiscoveryHttpClientHandler(discoveryClient, logger);
        }

        public async Task<decimal?> GetCurrentPriceAsync(int albumId)
        {
            using (var client = new HttpClient(_handler, false))
            {
                var response = await client.GetAsync(CatalogAlbumsUrl + albumId);
                if (!response.IsSuccessStatusCode)
                {
                    return null;
                }
                var album = JsonConvert.DeserializeAnonymousType(
                    await response.Content.ReadAsStringAsync(), new { Price = 0m });
                return album.Price;
            }
        }
    }
}
