using System;
using ZephyrRide.Shared.Helpers;

namespace ZephyrRide.Shared.Services
{
    public interface ISettingService
    {
        string GetCosmosDbEndpoint();
        string GetCosmosDbKey();
        string GetCosmosDbDatabaseName();
        string GetCosmosDbDriversContainer();
        string GetCosmosDbTripsContainer();

        string GetTripEventsTopicEndpoint();
        string GetTripEventsTopicKey();
        string GetDriverEventsTopicEndpoint();
        string GetDriverEventsTopicKey();

        string GetOrchestratorsBaseUrl();
        string GetOrchestratorsFunctionKey();
        string GetDriversApiBaseUrl();
        string GetDriversApiKey();

        bool IsChangeNotificationsEnabled();
        int GetTripMonitorIntervalInSeconds();
        int GetTripMonitorMaxIterations();
    }

    /// <summary>
    /// Reads function app settings. In Azure these come from the App Service configuration
    /// (provisioned by deploy/bicep), locally from local.settings.json.
    /// </summary>
    public class SettingService : ISettingService
    {
        public string GetCosmosDbEndpoint() => Get(Constants.CosmosDbEndpointSetting);
        public string GetCosmosDbKey() => Get(Constants.CosmosDbKeySetting);
        public string GetCosmosDbDatabaseName() => Get(Constants.CosmosDbDatabaseNameSetting, Constants.DefaultDatabaseName);
        public string GetCosmosDbDriversContainer() => Get(Constants.CosmosDbDriversContainerSetting, Constants.DefaultDriversContainer);
        public string GetCosmosDbTripsContainer() => Get(Constants.CosmosDbTripsContainerSetting, Constants.DefaultTripsContainer);

        public string GetTripEventsTopicEndpoint() => Get(Constants.TripEventsTopicEndpointSetting);
        public string GetTripEventsTopicKey() => Get(Constants.TripEventsTopicKeySetting);
        public string GetDriverEventsTopicEndpoint() => Get(Constants.DriverEventsTopicEndpointSetting);
        public string GetDriverEventsTopicKey() => Get(Constants.DriverEventsTopicKeySetting);

        public string GetOrchestratorsBaseUrl() => Get(Constants.OrchestratorsBaseUrlSetting);
        public string GetOrchestratorsFunctionKey() => Get(Constants.OrchestratorsFunctionKeySetting);
        public string GetDriversApiBaseUrl() => Get(Constants.DriversApiBaseUrlSetting);
        public string GetDriversApiKey() => Get(Constants.DriversApiKeySetting);

        public bool IsChangeNotificationsEnabled() =>
            bool.TryParse(Get(Constants.EnableChangeNotificationsSetting, "true"), out var enabled) && enabled;

        public int GetTripMonitorIntervalInSeconds() =>
            int.TryParse(Get(Constants.TripMonitorIntervalSecondsSetting, "10"), out var v) ? v : 10;

        public int GetTripMonitorMaxIterations() =>
            int.TryParse(Get(Constants.TripMonitorMaxIterationsSetting, "20"), out var v) ? v : 20;

        private static string Get(string name, string defaultValue = null)
        {
            var value = Environment.GetEnvironmentVariable(name, EnvironmentVariableTarget.Process);
            return string.IsNullOrWhiteSpace(value) ? defaultValue : value;
        }
    }
}
