namespace Sample.Components.StateMachines
{
    using MassTransit.ExtensionsDependencyInjectionIntegration;
    using Microsoft.Extensions.Configuration;


    public static class SagaConfiguration
    {
        public const string DatabaseName = "orders";

        /// <summary>
        /// Reads the "MongoDb" connection string (appsettings.json / ConnectionStrings__MongoDb).
        /// </summary>
        public static string GetMongoConnection(IConfiguration configuration)
        {
            return configuration.GetConnectionString("MongoDb") ?? "mongodb://127.0.0.1";
        }
    }
}
