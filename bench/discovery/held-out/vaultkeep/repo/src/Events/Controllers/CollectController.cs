using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vaultkeep.Core.Context;
using Vaultkeep.Core.Enums;
using Vaultkeep.Core.Repositories;
using Vaultkeep.Core.Services;
using Vaultkeep.Events.Models;

namespace Vaultkeep.Events.Controllers;

[Route("collect")]
[Authorize("Application")]
public class CollectController : Controller
{
    private readonly ICurrentContext _currentContext;
    private readonly IEventService _eventService;
    private readonly ICipherRepository _cipherRepository;

    public CollectController(ICurrentContext currentContext, IEventService eventService,
        ICipherRepository cipherRepository)
    {
        _currentContext = currentContext;
        _eventService = eventService;
        _cipherRepository = cipherRepository;
    }

    [HttpPost]
    public async Task<IActionResult> Post([FromBody] IEnumerable<EventModel> model)
    {
        if (model == null || !model.Any())
        {
            return new BadRequestResult();
        }

        var cipherEvents = new List<Tuple<Cipher, EventType, DateTime?>>();
        foreach (var eventModel in model)
        {
            switch (eventModel.Type)
            {
                case EventType.User_ClientExportedVault:
                    await _eventService.LogUserEventAsync(_currentContext.UserId.Value, eventModel.Type, eventModel.Date);
                    break;
                case EventType.Cipher_ClientAutofilled:
                case EventType.Cipher_ClientViewed:
                case EventType.Cipher_ClientCopiedPassword:
                    if (!eventModel.CipherId.HasValue)
                    {
                        continue;
                    }
                    var cipher = await _cipherRepository.GetByIdAsync(eventModel.CipherId.Value,
                        _currentContext.UserId.Value);
                    if (cipher != null)
                    {
                        cipherEvents.Add(new Tuple<Cipher, EventType, DateTime?>(cipher, eventModel.Type, eventModel.Date));
                    }
                    break;
                default:
                    continue;
            }
        }

        if (cipherEvents.Any())
        {
            foreach (var eventsBatch in cipherEvents.Chunk(50))
            {
                await _eventService.LogCipherEventsAsync(eventsBatch);
            }
        }
        return new OkResult();
    }
}
