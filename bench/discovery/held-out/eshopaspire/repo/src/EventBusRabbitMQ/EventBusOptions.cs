namespace Tidewater.EventBusRabbitMQ;

public class EventBusOptions
{
    /// <summary>Name of the queue this service consumes from (one per service).</summary>
    public string SubscriptionClientName { get; set; } = default!;

    public int RetryCount { get; set; } = 10;
}
