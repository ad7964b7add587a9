using Vaultkeep.Core.Settings;
using YubicoDotNetClient;

namespace Vaultkeep.Core.Auth.Identity.TokenProviders;

public interface IYubicoOtpValidator
{
    Task<bool> ValidateAsync(string otp, IEnumerable<string> registeredKeys);
}

/// <summary>
/// Validates YubiKey OTPs against the YubiCloud validation servers (api.yubico.com) using the
/// client id / key from globalSettings.yubico.
/// </summary>
public class YubicoOtpTokenProvider : IYubicoOtpValidator
{
    private readonly GlobalSettings _globalSettings;

    public YubicoOtpTokenProvider(GlobalSettings globalSettings)
    {
        _globalSettings = globalSettings;
    }

    public async Task<bool> ValidateAsync(string otp, IEnumerable<string> registeredKeys)
    {
        if (string.IsNullOrWhiteSpace(otp) || otp.Length < 32)
        {
            return false;
        }

        var id = otp.Substring(0, 12);
        if (!registeredKeys.Contains(id))
        {
            return false;
        }

        var client = new YubicoClient(_globalSettings.Yubico.ClientId, _globalSettings.Yubico.Key);
        if (_globalSettings.Yubico.ValidationUrls != null && _globalSettings.Yubico.ValidationUrls.Length > 0)
        {
            client.SetUrls(_globalSettings.Yubico.ValidationUrls);
        }
        var response = await client.VerifyAsync(otp);
        return response.Status == YubicoResponseStatus.Ok;
    }
}
