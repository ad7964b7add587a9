using Gearbox.Infrastructure.Messaging;

namespace Gearbox.WorkshopManagementAPI.Commands
{
    public record CustomerInfo(string Id, string Name, string TelephoneNumber);
    public record VehicleInfo(string LicenseNumber, string Brand, string Type);

    public class PlanMaintenanceJob : Command
    {
        public Guid JobId { get; set; }
        public DateTime StartTime { get; set; }
        public DateTime EndTime { get; set; }
        public CustomerInfo CustomerInfo { get; set; }
        public VehicleInfo VehicleInfo { get; set; }
        public string Description { get; set; }
    }

    public class FinishMaintenanceJob : Command
    {
        public Guid JobId { get; set; }
        public DateTime StartTime { get; set; }
        public DateTime EndTime { get; set; }
        public string Notes { get; set; }
    }
}
