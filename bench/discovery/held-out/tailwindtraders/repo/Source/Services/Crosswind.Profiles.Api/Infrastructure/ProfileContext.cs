using Microsoft.EntityFrameworkCore;

namespace Crosswind.Profiles.Api.Infrastructure;

public class Profile
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Address { get; set; } = string.Empty;
    public string PhoneNumber { get; set; } = string.Empty;
    public string ImageName { get; set; } = "defaultImage.png";
    public int? LoyaltyTier { get; set; }
}

public class ProfileContext : DbContext
{
    public ProfileContext(DbContextOptions<ProfileContext> options) : base(options) { }

    public DbSet<Profile> Profiles => Set<Profile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Profile>(e =>
        {
            e.ToTable("Profiles");
            e.HasIndex(p => p.Email).IsUnique();
        });
    }
}

public static class ProfileContextSeed
{
    public static async Task SeedAsync(ProfileContext db)
    {
        await db.Database.EnsureCreatedAsync();
        if (!await db.Profiles.AnyAsync())
        {
            db.Profiles.Add(new Profile
            {
                Name = "Demo Customer",
                Email = "demo@crosswind.example",
                Address = "1 Harbour Road",
                PhoneNumber = "+44 000 000 000"
            });
            await db.SaveChangesAsync();
        }
    }
}
