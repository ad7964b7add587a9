using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vaultkeep.Api.Auth.Models.Request;
using Vaultkeep.Api.Auth.Models.Response.TwoFactor;
using Vaultkeep.Core.Auth.Identity.TokenProviders;
using Vaultkeep.Core.Exceptions;
using Vaultkeep.Core.Services;

namespace Vaultkeep.Api.Auth.Controllers;

[Route("two-factor")]
[Authorize("Web")]
public class TwoFactorController : Controller
{
    private readonly IUserService _userService;
    private readonly IYubicoOtpValidator _yubicoValidator;
    private readonly IMailService _mailService;

    public TwoFactorController(IUserService userService, IYubicoOtpValidator yubicoValidator,
        IMailService mailService)
    {
        _userService = userService;
        _yubicoValidator = yubicoValidator;
        _mailService = mailService;
    }

    [HttpPut("yubikey")]
    [HttpPost("yubikey")]
    public async Task<TwoFactorYubiKeyResponseModel> PutYubiKey([FromBody] UpdateTwoFactorYubicoOtpRequestModel model)
    {
        var user = await CheckAsync(model, true);
        model.ToUser(user);

        // Every key being enabled is verified once against YubiCloud before it is saved.
        foreach (var key in model.Keys())
        {
            var valid = await _yubicoValidator.ValidateAsync(key, new[] { key.Substring(0, 12) });
            if (!valid)
            {
                throw new BadRequestException("Key", $"{key} is invalid.");
            }
        }

        await _userService.UpdateTwoFactorProviderAsync(user, TwoFactorProviderType.YubiKey);
        return new TwoFactorYubiKeyResponseModel(user);
    }

    [HttpPost("send-email")]
    [AllowAnonymous]
    public async Task SendEmail([FromBody] TwoFactorEmailRequestModel model)
    {
        var user = await _userService.GetUserByPrincipalAsync(User);
        await _userService.SendTwoFactorEmailAsync(user);
    }

    private async Task<Core.Entities.User> CheckAsync(SecretVerificationRequestModel model, bool premium)
    {
        var user = await _userService.GetUserByPrincipalAsync(User);
        if (user == null || !await _userService.VerifySecretAsync(user, model.Secret))
        {
            throw new UnauthorizedAccessException();
        }
        return user;
    }
}
