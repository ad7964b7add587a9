using Microsoft.Extensions.Configuration;
using Northgate.GantryWatch.Simulation;
using Northgate.GantryWatch.Simulation.Proxies;

var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .Build();

var transport = configuration["Simulation:Transport"] ?? "mqtt";
var gantryCount = configuration.GetValue("Simulation:GantryCount", 3);
var minDelay = configuration.GetValue("Simulation:MinEntryDelayMs", 50);
var maxDelay = configuration.GetValue("Simulation:MaxEntryDelayMs", 5000);

// MQTT_HOST is set by docker-compose / the k8s Deployment; appsettings holds the localhost default.
var mqttHost = Environment.GetEnvironmentVariable("MQTT_HOST") ?? configuration["Mqtt:Host"] ?? "localhost";
var mqttPort = configuration.GetValue("Mqtt:Port", 1883);

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

var simulations = new List<Task>();
for (var gantry = 0; gantry < gantryCount; gantry++)
{
    ITollGateService proxy;
    if (transport.Equals("mqtt", StringComparison.OrdinalIgnoreCase))
    {
        proxy = await MqttTollGateService.CreateAsync(mqttHost, mqttPort, $"{configuration["Mqtt:ClientIdPrefix"]}-{gantry}");
    }
    else
    {
        // HTTP transport from workshop lab 1 - not used in any deployment.
        throw new NotSupportedException($"Transport '{transport}' is not supported anymore; use 'mqtt'.");
        // proxy = new HttpTollGateService(new HttpClient { BaseAddress = new Uri(configuration["TollGateService:BaseUrl"]!) });
    }

    simulations.Add(new CameraSimulation(gantry, proxy, minDelay, maxDelay).Start(cts.Token));
}

await Task.WhenAll(simulations);
