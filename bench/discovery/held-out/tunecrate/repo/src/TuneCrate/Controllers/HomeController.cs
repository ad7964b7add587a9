using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TuneCrate.Models;
using TuneCrate.Services;
using TuneCrate.Services.HystrixCommands;

namespace TuneCrate.Controllers
{
    public class HomeController : Controller
    {
        private readonly TuneCrateOptions _options;

        public HomeController(IOptionsSnapshot<TuneCrateOptions> options)
        {
            _options = options.Value;
        }

        public async Task<IActionResult> Index(
            [FromServices] GetTopAlbumsCommand topAlbums,
            [FromServices] IRecommendationsClient recommendations)
        {
            var albums = _options.Features.ShowTopSellers
                ? await topAlbums.GetTopSellingAlbumsAsync(6)
                : new System.Collections.Generic.List<Album>();

            if (User.Identity.IsAuthenticated)
            {
                ViewBag.Recommended = await recommendations.GetForUserAsync(User.Identity.Name);
            }

            return View(albums.ToList());
        }

        public IActionResult Error() => View("~/Views/Shared/Error.cshtml");
    }
}
