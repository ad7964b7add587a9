using System;

namespace Kestrel.Skyparcel.Workflow.Models
{
    public class Delivery
    {
        public string DeliveryId { get; set; } = "";
        public string OwnerId { get; set; } = "";
        public string PickupLocation { get; set; } = "";
        public string DropoffLocation { get; set; } = "";
        public DateTimeOffset PickupTime { get; set; }
        public bool Expedited { get; set; }
        public string ConfirmationRequired { get; set; } = "None";
        public PackageInfo PackageInfo { get; set; } = new();
    }

    public class PackageInfo
    {
        public string PackageId { get; set; } = "";
        public string Size { get; set; } = "Small";
        public double Weight { get; set; }
        public string Tag { get; set; } = "";
    }

    public class PackageGen
    {
        public string Id { get; set; } = "";
    }
}
