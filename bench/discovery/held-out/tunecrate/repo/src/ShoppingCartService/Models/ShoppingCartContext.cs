using Microsoft.EntityFrameworkCore;

namespace ShoppingCartService.Models
{
    public class ShoppingCartContext : DbContext
    {
        public ShoppingCartContext(DbContextOptions<ShoppingCartContext> options)
            : base(options)
        {
        }

        public DbSet<CartItem> CartItems { get; set; }

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<CartItem>().HasIndex(c => c.CartId);
            base.OnModelCreating(builder);
        }
    }
}
