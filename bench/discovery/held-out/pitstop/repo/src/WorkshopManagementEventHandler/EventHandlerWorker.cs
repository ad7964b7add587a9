using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementEventHandler.DataAccess;
using Gearbox.WorkshopManagementEventHandler.Model;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using Polly;
using Serilog;

namespace Gearbox.WorkshopManagementEventHandler
{
    /// <summary>
    /// Keeps the WorkshopManagement read model (customers, vehicles, maintenance jobs) up to date
    /// with the events published on the Pitstop exchange.
    /// </summary>
    public class EventHandlerWorker : IHostedService, IMessageHandlerCallback
    {
        private readonly IMessageHandler _messageHandler;
        private readonly IServiceScopeFactory _scopeFactory;

        public EventHandlerWorker(IMessageHandler messageHandler, IServiceScopeFactory scopeFactory)
        {
            _messageHandler = messageHandler;
            _scopeFactory = scopeFactory;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            using (var scope = _scopeFactory.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkshopManagementDBContext>();
                Policy
                    .Handle<Exception>()
                    .WaitAndRetry(10, r => TimeSpan.FromSeconds(10), (ex, ts) =>
                        Log.Error("Error connecting to DB. Retrying in 10 sec."))
                    .Execute(() => db.Database.Migrate());
            }

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
            JObject messageObject = MessageSerializer.Deserialize(message);
            using var scope = _scopeFactory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkshopManagementDBContext>();
            try
            {
                switch (messageType)
                {
                    case "CustomerRegistered":
                        await HandleCustomerRegistered(db, messageObject);
                        break;
                    case "VehicleRegistered":
                        await HandleVehicleRegistered(db, messageObject);
                        break;
                    case "MaintenanceJobPlanned":
                        await HandleMaintenanceJobPlanned(db, messageObject);
                        break;
                    case "MaintenanceJobFinished":
                        await HandleMaintenanceJobFinished(db, messageObject);
                        break;
                }
            }
            catch (Exception ex)
            {
                string messageId = messageObject.Property("messageId") != null ? messageObject.Property("messageId").Value<string>() : "[unknown]";
                Log.Error(ex, "Error while handling {MessageType} message with id {MessageId}.", messageType, messageId);
            }

            // always akcnowledge message - any errors need to be dealt with locally.
            return true;
        }

        private static async Task HandleCustomerRegistered(WorkshopManagementDBContext db, JObject e)
        {
            Log.Information("Register customer: {Id}, {Name}", e["customerId"], e["name"]);
            db.Customers.Add(new Customer
            {
                CustomerId = (string)e["customerId"],
                Name = (string)e["name"],
                TelephoneNumber = (string)e["telephoneNumber"]
            });
            await db.SaveChangesAsync();
        }

        private static async Task HandleVehicleRegistered(WorkshopManagementDBContext db, JObject e)
        {
            Log.Information("Register vehicle: {LicenseNumber}", e["licenseNumber"]);
            db.Vehicles.Add(new Vehicle
            {
                LicenseNumber = (string)e["licenseNumber"],
                Brand = (string)e["brand"],
                Type = (string)e["type"],
                OwnerId = (string)e["ownerId"]
            });
            await db.SaveChangesAsync();
        }

        private static async Task HandleMaintenanceJobPlanned(WorkshopManagementDBContext db, JObject e)
        {
            Guid jobId = (Guid)e["jobId"];
            Log.Information("Register Maintenance Job: {Id}", jobId);

            var customer = await db.Customers.FirstOrDefaultAsync(c => c.CustomerId == (string)e["customerInfo"]["id"]);
            var vehicle = await db.Vehicles.FirstOrDefaultAsync(v => v.LicenseNumber == (string)e["vehicleInfo"]["licenseNumber"]);
            var startTime = (DateTime)e["startTime"];

            db.MaintenanceJobs.Add(new MaintenanceJob
            {
                Id = jobId,
                StartTime = startTime,
                EndTime = (DateTime)e["endTime"],
                Customer = customer,
                Vehicle = vehicle,
                WorkshopPlanningDate = startTime.ToString("yyyy-MM-dd"),
                Description = (string)e["description"]
            });
            await db.SaveChangesAsync();
        }

        private static async Task HandleMaintenanceJobFinished(WorkshopManagementDBContext db, JObject e)
        {
            Guid jobId = (Guid)e["jobId"];
            Log.Information("Finish Maintenance job: {Id}", jobId);
            var job = await db.MaintenanceJobs.FindAsync(jobId);
            if (job == null)
            {
                Log.Warning("Maintenance job {Id} not found in read model", jobId);
                return;
            }
            job.ActualStartTime = (DateTime)e["startTime"];
            job.ActualEndTime = (DateTime)e["endTime"];
            job.Notes = (string)e["notes"];
            await db.SaveChangesAsync();
        }
    }
}
