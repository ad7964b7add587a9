using Microsoft.EntityFrameworkCore;
using Showpass.Services.Marketing.DbContexts;
using Showpass.Services.Marketing.Services;

namespace Showpass.Services.Marketing.Worker;

/// <summary>Polls ShoppingBasket for basket change events and stores them for campaign analysis.</summary>
public class BasketChangedEventsWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IConfiguration _configuration;
    private readonly ILogger<BasketChangedEventsWorker> _logger;

    public BasketChangedEventsWorker(IServiceScopeFactory scopeFactory, IConfiguration configuration,
        ILogger<BasketChangedEventsWorker> logger)
    {
        _scopeFactory = scopeFactory;
        _configuration = configuration;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(_configuration.GetValue("BasketPolling:IntervalSeconds", 60));
        var max = _configuration.GetValue("BasketPolling:MaxEventsPerPoll", 100);

        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                using var scope = _scopeFactory.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MarketingDbContext>();
                var basketService = scope.ServiceProvider.GetRequiredService<IBasketChangeEventService>();

                var lastSeen = await db.BasketChangeEvents.OrderByDescending(e => e.InsertedAt)
                    .Select(e => (DateTime?)e.InsertedAt).FirstOrDefaultAsync(stoppingToken) ?? DateTime.MinValue;

                var events = await basketService.GetBasketChangeEvents(lastSeen, max);
                db.BasketChangeEvents.AddRange(events);
                await db.SaveChangesAsync(stoppingToken);

                _logger.LogInformation("Stored {Count} basket change events", events.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Polling basket change events failed");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
