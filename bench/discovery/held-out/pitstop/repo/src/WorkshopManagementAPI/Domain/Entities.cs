namespace Gearbox.WorkshopManagementAPI.Domain
{
    public class Customer
    {
        public string CustomerId { get; set; }
        public string Name { get; set; }
        public string TelephoneNumber { get; set; }
    }

    public class Vehicle
    {
        public string LicenseNumber { get; set; }
        public string Brand { get; set; }
        public string Type { get; set; }
        public string OwnerId { get; set; }
    }

    public class MaintenanceJob
    {
        public Guid Id { get; set; }
        public DateTime StartTime { get; set; }
        public DateTime EndTime { get; set; }
        public Customer Customer { get; set; }
        public Vehicle Vehicle { get; set; }
        public string Description { get; set; }
        public DateTime? ActualStartTime { get; set; }
        public DateTime? ActualEndTime { get; set; }
        public string Notes { get; set; }
        public string Status => ActualEndTime == null ? "Planned" : "Completed";

        public bool Intersects(DateTime start, DateTime end) => start < EndTime && end > StartTime;
    }

    public class BusinessRuleViolationException : Exception
    {
        public BusinessRuleViolationException(string message) : base(message) { }
    }
}
