using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Client;
using MQTTnet.Protocol;
using Northgate.GantryWatch.Simulation.Events;

namespace Northgate.GantryWatch.Simulation.Proxies;

/// <summary>
/// Publishes gantry camera events on the Mosquitto broker. The toll-gate-service picks them
/// up through its Dapr MQTT input bindings (entrycam / exitcam).
/// </summary>
public class MqttTollGateService : ITollGateService, IAsyncDisposable
{
    private const string EntryTopic = "gantrywatch/entrycam";
    private const string ExitTopic = "gantrywatch/exitcam";

    private readonly IMqttClient _client;

    private MqttTollGateService(IMqttClient client)
    {
        _client = client;
    }

    public static async Task<MqttTollGateService> CreateAsync(string host, int port, string clientId)
    {
        var factory = new MqttFactory();
        var client = factory.CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithClientId(clientId)
            .WithCleanSession()
            .Build();

        await client.ConnectAsync(options, CancellationToken.None);
        return new MqttTollGateService(client);
    }

    public Task SendVehicleEntryAsync(VehicleRegistered vehicleRegistered) =>
        PublishAsync(EntryTopic, vehicleRegistered);

    public Task SendVehicleExitAsync(VehicleRegistered vehicleRegistered) =>
        PublishAsync(ExitTopic, vehicleRegistered);

    private async Task PublishAsync(string topic, VehicleRegistered payload)
    {
        var json = JsonSerializer.Serialize(payload);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(json))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();

        await _client.PublishAsync(message, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }
        _client.Dispose();
    }
}
