using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Steeltoe.Common.Discovery;
using TuneCrate.Models;

namespace TuneCrate.Services
{
    public interface IStoreService
    {
        Task<List<Genre>> GetGenresAsync(bool includeAlbums = false);
        Task<Genre> GetGenreAsync(string name);
        Task<List<Album>> GetTopSellingAlbumsAsync(int count);
        Task<Album> GetAlbumAsync(int albumId);
    }

    public class StoreServiceClient : ServiceClientBase, IStoreService
    {
        private const string ApiRoot = "Store";
        private readonly IOptionsMonitor<TuneCrateOptions> _options;

        public StoreServiceClient(IDiscoveryClient discoveryClient, IOptionsMonitor<TuneCrateOptions> options,
            ILogger<StoreServiceClient> logger)
            : base(discoveryClient, logger)
        {
            _options = options;
        }

        private string Base => _options.CurrentValue.Services.Store;

        public Task<List<Genre>> GetGenresAsync(bool includeAlbums = false) =>
            GetAsync<List<Genre>>(BuildUrl(Base, ApiRoot, "genres") + "?includeAlbums=" + includeAlbums.ToString().ToLowerInvariant());

        public Task<Genre> GetGenreAsync(string name) =>
            GetAsync<Genre>(BuildUrl(Base, ApiRoot, "genres", name));

        public Task<List<Album>> GetTopSellingAlbumsAsync(int count) =>
            GetAsync<List<Album>>(BuildUrl(Base, ApiRoot, "albums", "top") + "?count=" + count);

        public Task<Album> GetAlbumAsync(int albumId) =>
            GetAsync<Album>(BuildUrl(Base, ApiRoot, "albums", albumId));
    }
}
