using Northwind.BuildingBlocks.EventBus.Events;

namespace Northwind.Services.Ordering.BackgroundTasks.Events;

public record GracePeriodConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;
