using Microsoft.Extensions.Logging;
using NSubstitute;
using Vaultkeep.Core.Models.Mail;
using Vaultkeep.Core.Services;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Vaultkeep.Core.Test.Services;

public class MailKitSmtpMailDeliveryServiceTests
{
    private readonly GlobalSettings _globalSettings;
    private readonly ILogger<MailKitSmtpMailDeliveryService> _logger;

    public MailKitSmtpMailDeliveryServiceTests()
    {
        _globalSettings = new GlobalSettings();
        _logger = Substitute.For<ILogger<MailKitSmtpMailDeliveryService>>();

        _globalSettings.Mail.Smtp.Host = "smtp.test.local";
        _globalSettings.Mail.Smtp.Port = 2525;
        _globalSettings.Mail.ReplyToEmail = "noreply@test.local";
        _globalSettings.SiteName = "Vaultkeep Test";
    }

    [Fact]
    public void Constructor_WithHost_Succeeds()
    {
        var sut = new MailKitSmtpMailDeliveryService(_globalSettings, _logger);
        Assert.NotNull(sut);
    }

    [Fact]
    public void Constructor_NoHost_Throws()
    {
        _globalSettings.Mail.Smtp.Host = null;
        Assert.Throws<ArgumentNullException>(() => new MailKitSmtpMailDeliveryService(_globalSettings, _logger));
    }

    [Fact]
    public void AddMailServices_SendGridFlagOn_SelectsSendGrid()
    {
        _globalSettings.SelfHosted = true;
        _globalSettings.Mail.SendGridApiKey = "SG.test-key-not-real";
        _globalSettings.FeatureFlags[FeatureFlagKeys.UseSendGrid] = true;

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_globalSettings);
        services.AddMailServices(_globalSettings);

        var provider = services.BuildServiceProvider();
        Assert.IsType<SendGridMailDeliveryService>(provider.GetRequiredService<IMailDeliveryService>());
    }

    [Fact]
    public void AddMailServices_SendGridFlagOff_SelectsSmtp()
    {
        _globalSettings.SelfHosted = true;
        _globalSettings.Mail.SendGridApiKey = "SG.test-key-not-real";

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_globalSettings);
        services.AddMailServices(_globalSettings);

        var provider = services.BuildServiceProvider();
        Assert.IsType<MailKitSmtpMailDeliveryService>(provider.GetRequiredService<IMailDeliveryService>());
    }
}
