using Microsoft.EntityFrameworkCore;

namespace Showpass.Services.Discount.DbContexts;

public class DiscountDbContext : DbContext
{
    public DiscountDbContext(DbContextOptions<DiscountDbContext> options) : base(options) { }

    public DbSet<Coupon> Coupons => Set<Coupon>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Coupon>().HasData(
            new Coupon { CouponId = Guid.Parse("b1c6a6b4-2e4f-4a7b-9b0e-0c3f5b0a1d11"), Code = "EARLYBIRD", Amount = 10 },
            new Coupon { CouponId = Guid.Parse("c7d25f7e-9d8c-4a79-9f6a-1b2c3d4e5f60"), Code = "SHOWPASS20", Amount = 20 });
    }
}

public class Coupon
{
    public Guid CouponId { get; set; }
    public string Code { get; set; } = string.Empty;
    public int Amount { get; set; }
    public bool AlreadyUsed { get; set; }
}
