using Microsoft.EntityFrameworkCore;
using Opbrew.Models;

namespace Opbrew.Data;

public class OpbrewDbContext : DbContext
{
    public OpbrewDbContext(DbContextOptions<OpbrewDbContext> options) : base(options) { }

    public DbSet<Product> Products => Set<Product>();
}
