using Microsoft.EntityFrameworkCore;
using Showpass.Services.EventCatalog.Entities;

namespace Showpass.Services.EventCatalog.DbContexts;

public class EventCatalogDbContext : DbContext
{
    public EventCatalogDbContext(DbContextOptions<EventCatalogDbContext> options) : base(options) { }

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Event> Events => Set<Event>();

    private static readonly Guid ConcertGuid = Guid.Parse("b0788d2f-8003-43c1-92a4-edc76a7c5dde");
    private static readonly Guid MusicalGuid = Guid.Parse("6313179f-7837-473a-a4d5-a5571b43e6a6");
    private static readonly Guid ComedyGuid = Guid.Parse("bf3f3002-7e53-441e-8b76-f6280be284aa");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<Category>().HasData(
            new Category { CategoryId = ConcertGuid, Name = "Concerts" },
            new Category { CategoryId = MusicalGuid, Name = "Musicals" },
            new Category { CategoryId = ComedyGuid, Name = "Stand-up" });

        // Images are served by the marketing CDN; they're just strings to this service.
        modelBuilder.Entity<Event>().HasData(
            new Event
            {
                EventId = Guid.Parse("ee272f8b-6096-4cb6-8625-bb4bb2d89e8b"),
                Name = "Harbour Lights Live",
                Price = 65,
                Artist = "The Harbour Lights",
                Date = DateTime.UtcNow.AddMonths(6),
                Description = "An evening of coastal indie under the stars.",
                ImageUrl = "https://cdn.showpass.io/images/harbour-lights.jpg",
                CategoryId = ConcertGuid
            },
            new Event
            {
                EventId = Guid.Parse("3448d5a4-0f72-4dd7-bf15-c14a46b26c00"),
                Name = "Lost in Brass",
                Price = 85,
                Artist = "Northside Brass Ensemble",
                Date = DateTime.UtcNow.AddMonths(9),
                Description = "A brass-band musical touring twelve cities.",
                ImageUrl = "https://cdn.showpass.io/images/lost-in-brass.jpg",
                CategoryId = MusicalGuid
            },
            new Event
            {
                EventId = Guid.Parse("b419a7ca-3321-4f38-be8e-4d7b6a529319"),
                Name = "Late Laughs",
                Price = 25,
                Artist = "Nina Okafor",
                Date = DateTime.UtcNow.AddMonths(2),
                Description = "Ninety minutes of stand-up at the Old Mill.",
                ImageUrl = "https://cdn.showpass.io/images/late-laughs.jpg",
                CategoryId = ComedyGuid
            });
    }
}

public interface IEventRepository
{
    Task<IEnumerable<Event>> GetEvents(Guid categoryId);
    Task<Event?> GetEventById(Guid eventId);
}

public interface ICategoryRepository
{
    Task<IEnumerable<Category>> GetAllCategories();
}

public class EventRepository : IEventRepository
{
    private readonly EventCatalogDbContext _db;

    public EventRepository(EventCatalogDbContext db) => _db = db;

    public async Task<IEnumerable<Event>> GetEvents(Guid categoryId) =>
        await _db.Events.Include(x => x.Category)
            .Where(x => x.CategoryId == categoryId || categoryId == Guid.Empty)
            .ToListAsync();

    public Task<Event?> GetEventById(Guid eventId) =>
        _db.Events.Include(x => x.Category).FirstOrDefaultAsync(x => x.EventId == eventId);
}

public class CategoryRepository : ICategoryRepository
{
    private readonly EventCatalogDbContext _db;

    public CategoryRepository(EventCatalogDbContext db) => _db = db;

    public async Task<IEnumerable<Category>> GetAllCategories() => await _db.Categories.ToListAsync();
}
