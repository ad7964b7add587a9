using Microsoft.AspNetCore.Mvc;
using Showpass.Web.Services;

namespace Showpass.Web.Controllers;

public class EventCatalogController : Controller
{
    private readonly IEventCatalogService _eventCatalogService;

    public EventCatalogController(IEventCatalogService eventCatalogService) => _eventCatalogService = eventCatalogService;

    public async Task<IActionResult> Index(Guid categoryId)
    {
        var events = categoryId == Guid.Empty
            ? await _eventCatalogService.GetAll()
            : await _eventCatalogService.GetByCategoryId(categoryId);
        ViewBag.Categories = await _eventCatalogService.GetCategories();
        return View(events);
    }

    public async Task<IActionResult> Detail(Guid eventId) => View(await _eventCatalogService.GetEvent(eventId));
}
