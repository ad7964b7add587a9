namespace Larkspur.Web.BlazorClient;

public class Settings
{
    public string ApiGatewayUrlExternal { get; set; } = default!;
    public string IdentityUrlExternal { get; set; } = default!;
}
