namespace ZephyrRide.Shared.Helpers
{
    public static class Constants
    {
        // Application setting names (see local.settings.json / deploy/bicep/modules/functionapp.bicep)
        public const string CosmosDbEndpointSetting = "CosmosDbEndpoint";
        public const string CosmosDbKeySetting = "CosmosDbKey";
        public const string CosmosDbDatabaseNameSetting = "CosmosDbDatabaseName";
        public const string CosmosDbDriversContainerSetting = "CosmosDbDriversContainer";
        public const string CosmosDbTripsContainerSetting = "CosmosDbTripsContainer";

        public const string TripEventsTopicEndpointSetting = "TripEventsTopicEndpoint";
        public const string TripEventsTopicKeySetting = "TripEventsTopicKey";
        public const string DriverEventsTopicEndpointSetting = "DriverEventsTopicEndpoint";
        public const string DriverEventsTopicKeySetting = "DriverEventsTopicKey";

        public const string OrchestratorsBaseUrlSetting = "OrchestratorsBaseUrl";
        public const string OrchestratorsFunctionKeySetting = "OrchestratorsFunctionKey";
        public const string DriversApiBaseUrlSetting = "DriversApiBaseUrl";
        public const string DriversApiKeySetting = "DriversApiKey";

        public const string EnableChangeNotificationsSetting = "EnableChangeNotifications";
        public const string TripMonitorIntervalSecondsSetting = "TripMonitorIntervalInSeconds";
        public const string TripMonitorMaxIterationsSetting = "TripMonitorMaxIterations";

        // Defaults
        public const string DefaultDatabaseName = "RideShare";
        public const string DefaultDriversContainer = "drivers";
        public const string DefaultTripsContainer = "trips";

        public const string FunctionsKeyHeader = "x-functions-key";

        public const string TripManagerOrchestrator = "O_ManageTrip";
        public const string TripMonitorOrchestrator = "O_MonitorTrip";
        public const string TripDemoOrchestrator = "O_DemoTrip";

        public const string TripManagerSuffix = "-manager";
        public const string TripMonitorSuffix = "-monitor";
        public const string TripDemoSuffix = "-demo";

        public const string TripDriverAcknowledgedEvent = "TripDriverAcknowledged";
        public const string TripAbortedEvent = "TripAborted";
    }
}
