using Microsoft.AspNetCore.Mvc;
using Showpass.Services.EventCatalog.DbContexts;

namespace Showpass.Services.EventCatalog.Controllers;

[ApiController]
[Route("api/events")]
public class EventController : ControllerBase
{
    private readonly IEventRepository _eventRepository;

    public EventController(IEventRepository eventRepository) => _eventRepository = eventRepository;

    [HttpGet]
    public async Task<IActionResult> Get([FromQuery] Guid categoryId) =>
        Ok(await _eventRepository.GetEvents(categoryId));

    [HttpGet("{eventId}")]
    public async Task<IActionResult> GetById(Guid eventId)
    {
        var evt = await _eventRepository.GetEventById(eventId);
        return evt is null ? NotFound() : Ok(evt);
    }
}

[ApiController]
[Route("api/categories")]
public class CategoryController : ControllerBase
{
    private readonly ICategoryRepository _categoryRepository;

    public CategoryController(ICategoryRepository categoryRepository) => _categoryRepository = categoryRepository;

    [HttpGet]
    public async Task<IActionResult> GetAll() => Ok(await _categoryRepository.GetAllCategories());
}
