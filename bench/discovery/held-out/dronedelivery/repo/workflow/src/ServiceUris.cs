namespace Kestrel.Skyparcel.Workflow
{
    public class ServiceUris
    {
        public string PackageServiceUri { get; set; } = "";
        public string DroneSchedulerServiceUri { get; set; } = "";
        public string DeliveryServiceUri { get; set; } = "";
        public bool UseDroneSchedulerV2Route { get; set; }
    }

    public class QueueOptions
    {
        public string ConnectionString { get; set; } = "";
        public string QueueName { get; set; } = "dispatchrequests";
        public int MaxConcurrentCalls { get; set; } = 10;
    }
}
