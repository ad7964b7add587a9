namespace Larkspur.Services.Basket.API.Services;

public interface IIdentityService
{
    string GetUserIdentity();
    string GetUserName();
}

public class IdentityService : IIdentityService
{
    private readonly IHttpContextAccessor _context;

    public IdentityService(IHttpContextAccessor context) => _context = context;

    public string GetUserIdentity() =>
        _context.HttpContext!.User.FindFirst("sub")!.Value;

    public string GetUserName() =>
        _context.HttpContext!.User.FindFirst(x => x.Type == "name")?.Value ?? "unknown";
}
