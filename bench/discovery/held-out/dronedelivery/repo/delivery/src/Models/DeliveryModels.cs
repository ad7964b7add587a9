namespace Kestrel.Skyparcel.Delivery.Models
{
    public record UserAccount(string UserId, string AccountId);

    public class InternalDelivery
    {
        public string Id { get; set; } = "";
        public UserAccount Owner { get; set; } = new("", "");
        public string Pickup { get; set; } = "";
        public string Dropoff { get; set; } = "";
        public DateTimeOffset Deadline { get; set; }
        public bool Expedited { get; set; }
        public string ConfirmationRequired { get; set; } = "None";
        public string DroneId { get; set; } = "";
        public string Stage { get; set; } = "Created";
    }

    public class DeliveryNote
    {
        public string id { get; set; } = Guid.NewGuid().ToString();
        public string DeliveryId { get; set; } = "";
        public string Kind { get; set; } = "Confirmation";
        public string Text { get; set; } = "";
        public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;
    }

    public record DeliveryStatusEvent(string DeliveryId, string Stage, string DroneId, DateTimeOffset At);
}
