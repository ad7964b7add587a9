using Gearbox.Infrastructure.Messaging;
using Serilog;

namespace Gearbox.AuditlogService
{
    public class AuditlogWorkerConfig
    {
        public string LogPath { get; set; }
    }

    /// <summary>
    /// Writes every message that passes the Pitstop exchange to a daily audit-log file.
    /// </summary>
    public class AuditlogWorker : IHostedService, IMessageHandlerCallback
    {
        private readonly IMessageHandler _messageHandler;
        private readonly string _logPath;

        public AuditlogWorker(IMessageHandler messageHandler, AuditlogWorkerConfig config)
        {
            _messageHandler = messageHandler;
            _logPath = config.LogPath;
            if (!Directory.Exists(_logPath))
            {
                Directory.CreateDirectory(_logPath);
            }
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _messageHandler.Start(this);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _messageHandler.Stop();
            return Task.CompletedTask;
        }

        public async Task<bool> HandleMessageAsync(string messageType, string message)
        {
            string logMessage = $"{DateTime.Now:o} - {messageType} - {message}{Environment.NewLine}";
            string logFile = Path.Combine(_logPath, $"{DateTime.Now:yyyy-MM-dd}-auditlog.txt");
            await File.AppendAllTextAsync(logFile, logMessage);
            Log.Debug("Audited {MessageType}", messageType);
            return true;
        }
    }
}
