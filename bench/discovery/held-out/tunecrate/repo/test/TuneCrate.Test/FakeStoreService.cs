using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TuneCrate.Models;
using TuneCrate.Services;

namespace TuneCrate.Test
{
    /// <summary>In-memory stand-in for tunecrateservice.</summary>
    public class FakeStoreService : IStoreService
    {
        public bool Fail { get; set; }

        private readonly List<Album> _albums = Enumerable.Range(1, 10)
            .Select(i => new Album { AlbumId = i, Title = "Album " + i, Price = 9.99m })
            .ToList();

        public Task<List<Genre>> GetGenresAsync(bool includeAlbums = false) =>
            Task.FromResult(new List<Genre> { new Genre { GenreId = 1, Name = "Rock" } });

        public Task<Genre> GetGenreAsync(string name) =>
            Task.FromResult(new Genre { GenreId = 1, Name = name, Albums = _albums });

        public Task<List<Album>> GetTopSellingAlbumsAsync(int count)
        {
            if (Fail)
            {
                throw new System.Net.Http.HttpRequestException("http://tunecrateservice unavailable");
            }
            return Task.FromResult(_albums.Take(count).ToList());
        }

        public Task<Album> GetAlbumAsync(int albumId) =>
            Task.FromResult(_albums.FirstOrDefault(a => a.AlbumId == albumId));
    }
}
