using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Consumer;
using Azure.Storage.Blobs;
using Kestrel.Skyparcel.DeliveryHistory;
using Microsoft.Azure.Cosmos;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((ctx, services) =>
    {
        var cfg = ctx.Configuration;
        services.AddApplicationInsightsTelemetryWorkerService();

        // Checkpoints for the consumer group live in a blob container
        services.AddSingleton(_ => new BlobContainerClient(
            cfg["Checkpoint:StorageConnectionString"], cfg["Checkpoint:ContainerName"]));

        services.AddSingleton(sp => new EventProcessorClient(
            sp.GetRequiredService<BlobContainerClient>(),
            cfg["EventHub:ConsumerGroup"] ?? EventHubConsumerClient.DefaultConsumerGroupName,
            cfg["EventHub:ConnectionString"],
            cfg["EventHub:Name"]));

        services.AddSingleton(_ => new CosmosClient(cfg["HistoryDb:Endpoint"], cfg["HistoryDb:Key"]));
        services.AddSingleton<IHistoryStore, HistoryStore>();
        services.AddHostedService<HistoryWorker>();
    })
    .Build();

await host.RunAsync();

