using Microsoft.Extensions.Logging.Abstractions;
using Steeltoe.CircuitBreaker.Hystrix;
using TuneCrate.Services.HystrixCommands;
using Xunit;

namespace TuneCrate.Test
{
    public class HystrixCommandTests
    {
        private static IHystrixCommandOptions Options(string key) =>
            new HystrixCommandOptions(HystrixCommandGroupKeyDefault.AsKey("TuneCrateService"), HystrixCommandKeyDefault.AsKey(key));

        [Fact]
        public async System.Threading.Tasks.Task TopAlbums_ReturnsRequestedCount()
        {
            var cmd = new GetTopAlbumsCommand(Options("TopAlbums.Ok"), new FakeStoreService(), NullLogger<GetTopAlbumsCommand>.Instance);
            var albums = await cmd.GetTopSellingAlbumsAsync(4);
            Assert.Equal(4, albums.Count);
        }

        [Fact]
        public async System.Threading.Tasks.Task TopAlbums_FallsBackToEmptyList()
        {
            var store = new FakeStoreService { Fail = true };
            var cmd = new GetTopAlbumsCommand(Options("TopAlbums.Fail"), store, NullLogger<GetTopAlbumsCommand>.Instance);
            var albums = await cmd.GetTopSellingAlbumsAsync(4);
            Assert.Empty(albums);
        }

        [Fact]
        public async System.Threading.Tasks.Task Genres_AreReturned()
        {
            var cmd = new GetGenresCommand(Options("Genres"), new FakeStoreService());
            Assert.Single(await cmd.GetGenresAsync());
        }
    }
}
