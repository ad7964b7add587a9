using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Steeltoe.CircuitBreaker.Hystrix;
using TuneCrate.Models;

namespace TuneCrate.Services.HystrixCommands
{
    public class GetTopAlbumsCommand : HystrixCommand<List<Album>>
    {
        private readonly IStoreService _store;
        private readonly ILogger<GetTopAlbumsCommand> _logger;
        private int _count;

        public GetTopAlbumsCommand(IHystrixCommandOptions options, IStoreService store, ILogger<GetTopAlbumsCommand> logger)
            : base(options)
        {
            _store = store;
            _logger = logger;
            IsFallbackUserDefined = true;
        }

        public Task<List<Album>> GetTopSellingAlbumsAsync(int count)
        {
            _count = count;
            return ExecuteAsync();
        }

        protected override Task<List<Album>> RunAsync() => _store.GetTopSellingAlbumsAsync(_count);

        protected override Task<List<Album>> RunFallbackAsync()
        {
            _logger.LogWarning("TopAlbums fallback: {Error}", ExecutionException?.Message);
            return Task.FromResult(new List<Album>());
        }
    }

    public class GetGenresCommand : HystrixCommand<List<Genre>>
    {
        private readonly IStoreService _store;

        public GetGenresCommand(IHystrixCommandOptions options, IStoreService store)
            : base(options)
        {
            _store = store;
            IsFallbackUserDefined = true;
        }

        public Task<List<Genre>> GetGenresAsync() => ExecuteAsync();

        protected override Task<List<Genre>> RunAsync() => _store.GetGenresAsync();

        protected override Task<List<Genre>> RunFallbackAsync() => Task.FromResult(new List<Genre>());
    }

    public class GetAlbumCommand : HystrixCommand<Album>
    {
        private readonly IStoreService _store;
        private int _albumId;

        public GetAlbumCommand(IHystrixCommandOptions options, IStoreService store)
            : base(options)
        {
            _store = store;
        }

        public Task<Album> GetAlbumAsync(int albumId)
        {
            _albumId = albumId;
            return ExecuteAsync();
        }

        protected override Task<Album> RunAsync() => _store.GetAlbumAsync(_albumId);
    }
}
