using Gearbox.WorkshopManagementEventHandler.Model;
using Microsoft.EntityFrameworkCore;

namespace Gearbox.WorkshopManagementEventHandler.DataAccess
{
    public class WorkshopManagementDBContext : DbContext
    {
        public WorkshopManagementDBContext(DbContextOptions<WorkshopManagementDBContext> options) : base(options)
        {
        }

        public DbSet<Customer> Customers { get; set; }
        public DbSet<Vehicle> Vehicles { get; set; }
        public DbSet<MaintenanceJob> MaintenanceJobs { get; set; }

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Customer>().HasKey(e => e.CustomerId);
            builder.Entity<Customer>().ToTable("Customer");
            builder.Entity<Vehicle>().HasKey(e => e.LicenseNumber);
            builder.Entity<Vehicle>().ToTable("Vehicle");
            builder.Entity<MaintenanceJob>().HasKey(e => e.Id);
            builder.Entity<MaintenanceJob>().ToTable("MaintenanceJob");
            base.OnModelCreating(builder);
        }
    }
}
