using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Distributed;
using Newtonsoft.Json;
using TuneCrate.Models;
using TuneCrate.Services;
using TuneCrate.Services.HystrixCommands;

namespace TuneCrate.Controllers
{
    public class StoreController : Controller
    {
        private readonly IStoreService _store;
        private readonly IDistributedCache _cache;

        public StoreController(IStoreService store, IDistributedCache cache)
        {
            _store = store;
            _cache = cache;
        }

        public async Task<IActionResult> Index([FromServices] GetGenresCommand genres) =>
            View(await genres.GetGenresAsync());

        public async Task<IActionResult> Browse(string genre)
        {
            var model = await _store.GetGenreAsync(genre);
            if (model == null)
            {
                return NotFound();
            }
            return View(model);
        }

        public async Task<IActionResult> Details(int id, [FromServices] GetAlbumCommand getAlbum)
        {
            var cacheKey = "album_" + id;
            var cached = await _cache.GetStringAsync(cacheKey);
            Album album;
            if (cached != null)
            {
                album = JsonConvert.DeserializeObject<Album>(cached);
            }
            else
            {
                album = await getAlbum.GetAlbumAsync(id);
                if (album == null)
                {
                    return NotFound();
                }
                await _cache.SetStringAsync(cacheKey, JsonConvert.SerializeObject(album),
                    new DistributedCacheEntryOptions { SlidingExpiration = System.TimeSpan.FromMinutes(10) });
            }
            return View(album);
        }
    }
}
