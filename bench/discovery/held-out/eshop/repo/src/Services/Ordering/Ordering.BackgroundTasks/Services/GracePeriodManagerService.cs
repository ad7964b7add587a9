using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;
using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.Services.Ordering.BackgroundTasks.Events;

namespace Northwind.Services.Ordering.BackgroundTasks.Services;

public class GracePeriodManagerService : BackgroundService
{
    private readonly ILogger<GracePeriodManagerService> _logger;
    private readonly BackgroundTaskSettings _settings;
    private readonly IEventBus _eventBus;

    public GracePeriodManagerService(IOptions<BackgroundTaskSettings> settings, IEventBus eventBus, ILogger<GracePeriodManagerService> logger)
    {
        _settings = settings?.Value ?? throw new ArgumentNullException(nameof(settings));
        _eventBus = eventBus ?? throw new ArgumentNullException(nameof(eventBus));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogDebug("GracePeriodManagerService is starting.");
        stoppingToken.Register(() => _logger.LogDebug("GracePeriod background task is stopping."));

        while (!stoppingToken.IsCancellationRequested)
        {
            _logger.LogDebug("GracePeriod background task is doing background work.");
            CheckConfirmedGracePeriodOrders();
            await Task.Delay(_settings.CheckUpdateTime, stoppingToken);
        }
    }

    private void CheckConfirmedGracePeriodOrders()
    {
        foreach (var orderId in GetConfirmedGracePeriodOrders())
        {
            var confirmGracePeriodEvent = new GracePeriodConfirmedIntegrationEvent(orderId);
            _logger.LogInformation("Publishing integration event: {IntegrationEventId} - ({@IntegrationEvent})", confirmGracePeriodEvent.Id, confirmGracePeriodEvent);
            _eventBus.Publish(confirmGracePeriodEvent);
        }
    }

    private IEnumerable<int> GetConfirmedGracePeriodOrders()
    {
        using var conn = new SqlConnection(_settings.ConnectionString);
        try
        {
            conn.Open();
            return conn.Query<int>(
                @"SELECT Id FROM [ordering].[orders]
                  WHERE DATEDIFF(minute, [OrderDate], GETDATE()) >= @GracePeriodTime
                  AND [Status] = 'submitted'",
                new { _settings.GracePeriodTime }).ToList();
        }
        catch (SqlException exception)
        {
            _logger.LogCritical(exception, "Fatal error establishing database connection");
            return Enumerable.Empty<int>();
        }
    }
}
