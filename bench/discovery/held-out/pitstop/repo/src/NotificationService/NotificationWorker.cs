using System.Text;
using Gearbox.Infrastructure.Messaging;
using Gearbox.NotificationService.NotificationChannels;
using Gearbox.NotificationService.Repositories;
using Newtonsoft.Json.Linq;
using Serilog;

namespace Gearbox.NotificationService
{
    /// <summary>
    /// Sends customers a reminder e-mail on the morning their vehicle is in the workshop.
    /// </summary>
    public class NotificationWorker : IHostedService, IMessageHandlerCallback
    {
        private readonly IMessageHandler _messageHandler;
        private readonly INotificationRepository _repo;
        private readonly IEmailNotifier _emailNotifier;

        public NotificationWorker(IMessageHandler messageHandler, INotificationRepository repo, IEmailNotifier emailNotifier)
        {
            _messageHandler = messageHandler;
            _repo = repo;
            _emailNotifier = emailNotifier;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _repo.EnsureDatabase();
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
            try
            {
                JObject e = MessageSerializer.Deserialize(message);
                switch (messageType)
                {
                    case "CustomerRegistered":
                        await _repo.RegisterCustomerAsync(new Customer
                        {
                            CustomerId = (string)e["customerId"],
                            Name = (string)e["name"],
                            TelephoneNumber = (string)e["telephoneNumber"],
                            EmailAddress = (string)e["emailAddress"]
                        });
                        break;
                    case "MaintenanceJobPlanned":
                        await _repo.RegisterMaintenanceJobAsync(new MaintenanceJob
                        {
                            JobId = e["jobId"].ToString(),
                            CustomerId = (string)e["customerInfo"]["id"],
                            LicenseNumber = (string)e["vehicleInfo"]["licenseNumber"],
                            StartTime = (DateTime)e["startTime"],
                            Description = (string)e["description"]
                        });
                        break;
                    case "MaintenanceJobFinished":
                        await _repo.RemoveMaintenanceJobsAsync(new[] { e["jobId"].ToString() });
                        break;
                    case "DayHasPassed":
                        await SendReminders();
                        break;
                }
            }
            catch (Exception ex)
            {
                Log.Error(ex, "Error while handling {MessageType} event.", messageType);
            }
            return true;
        }

        private async Task SendReminders()
        {
            var jobs = await _repo.GetMaintenanceJobsForTodayAsync(DateTime.Now);
            foreach (var jobsPerCustomer in jobs.GroupBy(j => j.CustomerId))
            {
                var customer = await _repo.GetCustomerAsync(jobsPerCustomer.Key);
                if (customer?.EmailAddress == null)
                {
                    continue;
                }

                var body = new StringBuilder();
                body.AppendLine($"Dear {customer.Name},\n");
                body.AppendLine("We would like to remind you that you have an appointment with us for maintenance on your vehicle(s):\n");
                foreach (var job in jobsPerCustomer)
                {
                    body.AppendLine($"- {job.StartTime:dd-MM-yyyy} at {job.StartTime:HH:mm} : {job.Description} on vehicle with license-number {job.LicenseNumber}");
                }
                body.AppendLine("\nPlease make sure you're present at least 10 minutes before the (first) job is planned.");
                body.AppendLine("\nGreetings,\n\nThe Gearbox Garage crew");

                Log.Information("Sent notification to: {CustomerName}", customer.Name);
                await _emailNotifier.SendEmailAsync(customer.EmailAddress, "Vehicle maintenance reminder", body.ToString());
                await _repo.RemoveMaintenanceJobsAsync(jobsPerCustomer.Select(j => j.JobId));
            }
        }
    }
}
