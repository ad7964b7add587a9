using Tidewater.EventBus.Events;

namespace Tidewater.OrderProcessor.Events;

public record GracePeriodConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;
