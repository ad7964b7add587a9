using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.BuildingBlocks.EventBus.Events;
using Northwind.Services.Catalog.API.Infrastructure;

namespace Northwind.Services.Catalog.API.IntegrationEvents;

public interface ICatalogIntegrationEventService
{
    Task SaveEventAndCatalogContextChangesAsync(IntegrationEvent evt);
    Task PublishThroughEventBusAsync(IntegrationEvent evt);
}

public class CatalogIntegrationEventService : ICatalogIntegrationEventService
{
    private readonly IEventBus _eventBus;
    private readonly CatalogContext _catalogContext;
    private readonly ILogger<CatalogIntegrationEventService> _logger;

    public CatalogIntegrationEventService(IEventBus eventBus, CatalogContext catalogContext, ILogger<CatalogIntegrationEventService> logger)
    {
        _eventBus = eventBus;
        _catalogContext = catalogContext;
        _logger = logger;
    }

    public async Task PublishThroughEventBusAsync(IntegrationEvent evt)
    {
        try
        {
            _logger.LogInformation("Publishing integration event: {IntegrationEventId} - ({@IntegrationEvent})", evt.Id, evt);
            await MarkEventAsync(evt.Id, state: 1);
            _eventBus.Publish(evt);
            await MarkEventAsync(evt.Id, state: 2);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Error Publishing integration event: {IntegrationEventId}", evt.Id);
            await MarkEventAsync(evt.Id, state: 3);
        }
    }

    public async Task SaveEventAndCatalogContextChangesAsync(IntegrationEvent evt)
    {
        var strategy = _catalogContext.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await _catalogContext.Database.BeginTransactionAsync();
            _catalogContext.IntegrationEventLogs.Add(new IntegrationEventLogEntry
            {
                EventId = evt.Id,
                EventTypeName = evt.GetType().FullName,
                Content = JsonSerializer.Serialize(evt, evt.GetType()),
                CreationTime = evt.CreationDate,
                State = 0
            });
            await _catalogContext.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }

    private async Task MarkEventAsync(Guid eventId, int state)
    {
        var entry = await _catalogContext.IntegrationEventLogs.SingleAsync(e => e.EventId == eventId);
        entry.State = state;
        await _catalogContext.SaveChangesAsync();
    }
}
