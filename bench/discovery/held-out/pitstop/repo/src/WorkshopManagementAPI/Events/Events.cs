using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementAPI.Commands;

namespace Gearbox.WorkshopManagementAPI.Events
{
    public class WorkshopPlanningCreated : Event
    {
        public DateTime Date { get; }
        public WorkshopPlanningCreated(Guid messageId, DateTime date) : base(messageId) => Date = date;
    }

    public class MaintenanceJobPlanned : Event
    {
        public Guid JobId { get; }
        public DateTime StartTime { get; }
        public DateTime EndTime { get; }
        public CustomerInfo CustomerInfo { get; }
        public VehicleInfo VehicleInfo { get; }
        public string Description { get; }

        public MaintenanceJobPlanned(Guid messageId, Guid jobId, DateTime startTime, DateTime endTime,
            string customerId, string customerName, string telephoneNumber,
            string licenseNumber, string brand, string type, string description) : base(messageId)
        {
            JobId = jobId;
            StartTime = startTime;
            EndTime = endTime;
            CustomerInfo = new CustomerInfo(customerId, customerName, telephoneNumber);
            VehicleInfo = new VehicleInfo(licenseNumber, brand, type);
            Description = description;
        }
    }

    public class MaintenanceJobFinished : Event
    {
        public Guid JobId { get; }
        public DateTime StartTime { get; }
        public DateTime EndTime { get; }
        public string Notes { get; }

        public MaintenanceJobFinished(Guid messageId, Guid jobId, DateTime startTime, DateTime endTime, string notes)
            : base(messageId)
        {
            JobId = jobId;
            StartTime = startTime;
            EndTime = endTime;
            Notes = notes;
        }
    }
}
