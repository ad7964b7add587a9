using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vaultkeep.Core.Platform.Push;
using Vaultkeep.Core.Repositories;
using Vaultkeep.Core.Services;

namespace Vaultkeep.Api.Vault.Controllers;

[Route("ciphers")]
[Authorize("Application")]
public class CiphersController : Controller
{
    private readonly ICipherRepository _cipherRepository;
    private readonly ICipherService _cipherService;
    private readonly IUserService _userService;
    private readonly IAttachmentStorageService _attachmentStorageService;
    private readonly IPushNotificationService _pushNotificationService;
    private readonly IEventService _eventService;

    public CiphersController(ICipherRepository cipherRepository, ICipherService cipherService,
        IUserService userService, IAttachmentStorageService attachmentStorageService,
        IPushNotificationService pushNotificationService, IEventService eventService)
    {
        _cipherRepository = cipherRepository;
        _cipherService = cipherService;
        _userService = userService;
        _attachmentStorageService = attachmentStorageService;
        _pushNotificationService = pushNotificationService;
        _eventService = eventService;
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Get(Guid id)
    {
        var userId = _userService.GetProperUserId(User).Value;
        var cipher = await _cipherRepository.GetByIdAsync(id, userId);
        return cipher == null ? NotFound() : Ok(cipher);
    }

    [HttpPut("{id}")]
    public async Task<IActionResult> Put(Guid id, [FromBody] CipherRequestModel model)
    {
        var userId = _userService.GetProperUserId(User).Value;
        var cipher = await _cipherRepository.GetByIdAsync(id, userId);
        await _cipherService.SaveDetailsAsync(model.ToCipherDetails(cipher), userId, model.LastKnownRevisionDate);
        await _pushNotificationService.PushSyncCipherUpdateAsync(userId, cipher.Id, cipher.RevisionDate);
        await _eventService.LogCipherEventAsync(cipher, EventType.Cipher_Updated);
        return Ok(cipher);
    }

    [HttpPost("{id}/attachment/v2")]
    [RequestSizeLimit(Constants.FileSize101mb)]
    public async Task<IActionResult> PostAttachment(Guid id, [FromForm] IFormFile data)
    {
        var userId = _userService.GetProperUserId(User).Value;
        var cipher = await _cipherRepository.GetByIdAsync(id, userId);
        var attachmentId = Guid.NewGuid().ToString("N");
        await using var stream = data.OpenReadStream();
        await _attachmentStorageService.UploadNewAttachmentAsync(stream, cipher, attachmentId);
        await _pushNotificationService.PushSyncCipherUpdateAsync(userId, cipher.Id, cipher.RevisionDate);
        return Ok(new { attachmentId });
    }
}
