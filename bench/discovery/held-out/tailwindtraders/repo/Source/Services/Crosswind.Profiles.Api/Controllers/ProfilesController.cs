using System.Security.Claims;
using Crosswind.Profiles.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Crosswind.Profiles.Api.Controllers;

[ApiController]
[Route("v1/profile")]
public class ProfilesController : ControllerBase
{
    private readonly ProfileContext _db;
    private readonly string _imagesUrl;

    public ProfilesController(ProfileContext db, IConfiguration config)
    {
        _db = db;
        _imagesUrl = config["ProfileImagesUrl"] ?? string.Empty;
    }

    [HttpGet]
    public async Task<IActionResult> GetAll()
    {
        var profiles = await _db.Profiles.AsNoTracking().ToListAsync();
        return Ok(profiles.Select(ToDto));
    }

    [Authorize]
    [HttpGet("me")]
    public async Task<IActionResult> GetMe()
    {
        var email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name;
        var profile = await _db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Email == email);
        return profile is null ? NotFound() : Ok(ToDto(profile));
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] Profile profile)
    {
        _db.Profiles.Add(profile);
        await _db.SaveChangesAsync();
        return CreatedAtAction(nameof(GetMe), ToDto(profile));
    }

    private object ToDto(Profile p) => new
    {
        p.Id,
        p.Name,
        p.Email,
        p.Address,
        p.PhoneNumber,
        p.LoyaltyTier,
        // served to the browser directly from blob storage
        ImageUrlMedium = $"{_imagesUrl}/{p.ImageName}"
    };
}
