using System.ComponentModel.DataAnnotations;

namespace Gearbox.WebApp.Models
{
    public class Customer
    {
        public string CustomerId { get; set; }
        [Required] public string Name { get; set; }
        [Required] public string Address { get; set; }
        [Required] public string PostalCode { get; set; }
        [Required] public string City { get; set; }
        [Required] public string TelephoneNumber { get; set; }
        [Required, EmailAddress] public string EmailAddress { get; set; }
    }

    public class Vehicle
    {
        [Required] public string LicenseNumber { get; set; }
        [Required] public string Brand { get; set; }
        [Required] public string Type { get; set; }
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
        public string Status { get; set; }
    }

    public record RegisterCustomer(Guid MessageId, string CustomerId, string Name, string Address, string PostalCode,
        string City, string TelephoneNumber, string EmailAddress);

    public record RegisterVehicle(Guid MessageId, string LicenseNumber, string Brand, string Type, string OwnerId);

    public record CustomerInfo(string Id, string Name, string TelephoneNumber);
    public record VehicleInfo(string LicenseNumber, string Brand, string Type);

    public record PlanMaintenanceJob(Guid MessageId, Guid JobId, DateTime StartTime, DateTime EndTime,
        CustomerInfo CustomerInfo, VehicleInfo VehicleInfo, string Description);

    public record FinishMaintenanceJob(Guid MessageId, Guid JobId, DateTime StartTime, DateTime EndTime, string Notes);

    public class ErrorViewModel
    {
        public string RequestId { get; set; }
        public string Message { get; set; }
    }
}
