using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TuneCrateService.Models;

namespace TuneCrateService.Controllers
{
    [Route("api/[controller]")]
    public class StoreController : Controller
    {
        private readonly TuneCrateContext _db;

        public StoreController(TuneCrateContext db)
        {
            _db = db;
        }

        [HttpGet("genres")]
        public async Task<List<Genre>> GetGenres([FromQuery] bool includeAlbums = false)
        {
            IQueryable<Genre> query = _db.Genres;
            if (includeAlbums)
            {
                query = query.Include(g => g.Albums);
            }
            return await query.OrderBy(g => g.Name).ToListAsync();
        }

        [HttpGet("genres/{name}")]
        public async Task<IActionResult> GetGenre(string name)
        {
            var genre = await _db.Genres.Include(g => g.Albums).FirstOrDefaultAsync(g => g.Name == name);
            return genre == null ? (IActionResult)NotFound() : Ok(genre);
        }

        [HttpGet("albums")]
        public async Task<List<Album>> GetAlbums() =>
            await _db.Albums.Include(a => a.Artist).Include(a => a.Genre).ToListAsync();

        [HttpGet("albums/{id:int}")]
        public async Task<IActionResult> GetAlbum(int id)
        {
            var album = await _db.Albums.Include(a => a.Artist).Include(a => a.Genre)
                .FirstOrDefaultAsync(a => a.AlbumId == id);
            return album == null ? (IActionResult)NotFound() : Ok(album);
        }

        [HttpGet("albums/top")]
        public async Task<List<Album>> GetTopSellingAlbums([FromQuery] int count = 6) =>
            await _db.Albums.OrderByDescending(a => a.UnitsSold).Take(count).ToListAsync();
    }
}
