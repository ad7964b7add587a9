using Microsoft.EntityFrameworkCore;
using Showpass.Services.ShoppingBasket.Entities;

namespace Showpass.Services.ShoppingBasket.DbContexts;

public class ShoppingBasketDbContext : DbContext
{
    public ShoppingBasketDbContext(DbContextOptions<ShoppingBasketDbContext> options) : base(options) { }

    public DbSet<Basket> Baskets => Set<Basket>();
    public DbSet<BasketLine> BasketLines => Set<BasketLine>();
    public DbSet<BasketChangeEvent> BasketChangeEvents => Set<BasketChangeEvent>();
}

public interface IBasketRepository
{
    Task<Basket?> GetBasketById(Guid basketId);
    Task AddBasket(Basket basket);
    Task ClearBasket(Guid basketId);
    Task SaveChanges();
}

public interface IBasketChangeEventRepository
{
    Task AddBasketEvent(BasketChangeEvent basketChangeEvent);
    Task<List<BasketChangeEvent>> GetBasketChangeEvents(DateTime startDate, int max);
}

public class BasketRepository : IBasketRepository
{
    private readonly ShoppingBasketDbContext _db;
    public BasketRepository(ShoppingBasketDbContext db) => _db = db;

    public Task<Basket?> GetBasketById(Guid basketId) =>
        _db.Baskets.Include(b => b.BasketLines).FirstOrDefaultAsync(b => b.BasketId == basketId);

    public async Task AddBasket(Basket basket) => await _db.Baskets.AddAsync(basket);

    public async Task ClearBasket(Guid basketId)
    {
        var lines = _db.BasketLines.Where(l => l.BasketId == basketId);
        _db.BasketLines.RemoveRange(lines);
        await _db.SaveChangesAsync();
    }

    public Task SaveChanges() => _db.SaveChangesAsync();
}

public class BasketChangeEventRepository : IBasketChangeEventRepository
{
    private readonly ShoppingBasketDbContext _db;
    public BasketChangeEventRepository(ShoppingBasketDbContext db) => _db = db;

    public async Task AddBasketEvent(BasketChangeEvent basketChangeEvent)
    {
        await _db.BasketChangeEvents.AddAsync(basketChangeEvent);
        await _db.SaveChangesAsync();
    }

    public Task<List<BasketChangeEvent>> GetBasketChangeEvents(DateTime startDate, int max) =>
        _db.BasketChangeEvents.Where(b => b.InsertedAt > startDate)
            .OrderBy(b => b.InsertedAt).Take(max).ToListAsync();
}
