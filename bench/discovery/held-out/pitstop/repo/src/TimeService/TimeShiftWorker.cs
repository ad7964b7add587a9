using Gearbox.Infrastructure.Messaging;
using Microsoft.Extensions.Options;
using Serilog;

namespace Gearbox.TimeService
{
    public class TimeShiftOptions
    {
        public int CheckIntervalSeconds { get; set; } = 10;

        /// <summary>Demo mode: when &gt; 0, pretend a day has passed every N minutes.</summary>
        public int SimulateDayHasPassedEveryMinutes { get; set; }
    }

    public class DayHasPassed : Event
    {
        public DayHasPassed(Guid messageId) : base(messageId) { }
    }

    /// <summary>
    /// Publishes a DayHasPassed event when the date changes (or on a short interval in demo mode).
    /// </summary>
    public class TimeShiftWorker : BackgroundService
    {
        private readonly IMessagePublisher _messagePublisher;
        private readonly TimeShiftOptions _options;
        private DateTime _lastCheck;

        public TimeShiftWorker(IMessagePublisher messagePublisher, IOptions<TimeShiftOptions> options)
        {
            _messagePublisher = messagePublisher;
            _options = options.Value;
            _lastCheck = DateTime.Now;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            Log.Information("TimeService started (interval {Interval}s).", _options.CheckIntervalSeconds);
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(_options.CheckIntervalSeconds), stoppingToken);

                DateTime now = DateTime.Now;
                bool dayPassed = now.Subtract(_lastCheck).Days > 0 || now.Date > _lastCheck.Date;
                bool simulated = _options.SimulateDayHasPassedEveryMinutes > 0
                    && now.Subtract(_lastCheck).TotalMinutes >= _options.SimulateDayHasPassedEveryMinutes;

                if (dayPassed || simulated)
                {
                    Log.Information("Day has passed!");
                    _lastCheck = now;
                    var e = new DayHasPassed(Guid.NewGuid());
                    try
                    {
                        await _messagePublisher.PublishMessageAsync(e.MessageType, e, "");
                    }
                    catch (Exception ex)
                    {
                        Log.Error(ex, "Error while publishing DayHasPassed event.");
                    }
                }
            }
        }
    }
}
