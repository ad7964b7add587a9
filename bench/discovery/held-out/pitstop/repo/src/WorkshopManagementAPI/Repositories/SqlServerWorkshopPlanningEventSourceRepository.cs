using Dapper;
using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementAPI.Domain;
using Microsoft.Data.SqlClient;
using Newtonsoft.Json;
using Polly;
using Serilog;

namespace Gearbox.WorkshopManagementAPI.Repositories
{
    /// <summary>
    /// Stores the WorkshopPlanning aggregate as a stream of events in SQL Server.
    /// Table WorkshopPlanning holds the current version (optimistic concurrency),
    /// table WorkshopPlanningEvent holds the events.
    /// </summary>
    public class SqlServerWorkshopPlanningEventSourceRepository : IWorkshopPlanningRepository
    {
        private static readonly JsonSerializerSettings _serializerSettings = new() { TypeNameHandling = TypeNameHandling.None };
        private readonly string _connectionString;

        public SqlServerWorkshopPlanningEventSourceRepository(string connectionString)
        {
            _connectionString = connectionString;
        }

        public async Task<WorkshopPlanning> GetWorkshopPlanningAsync(DateTime date)
        {
            string planningId = date.ToString("yyyy-MM-dd");
            await using SqlConnection conn = new SqlConnection(_connectionString);

            // read aggregate
            var aggregate = await conn.QueryFirstOrDefaultAsync<Aggregate>(
                "select * from WorkshopPlanning where Id = @Id", new { Id = planningId });
            if (aggregate == null)
            {
                return null;
            }

            // read events
            var eventRows = await conn.QueryAsync<dynamic>(
                "select MessageType, EventData from WorkshopPlanningEvent where Id = @Id order by [Version]",
                new { Id = planningId });
            var events = eventRows.Select(r => DeserializeEventData((string)r.MessageType, (string)r.EventData));
            return new WorkshopPlanning(date, events);
        }

        public async Task SaveWorkshopPlanningAsync(string planningId, int originalVersion, int newVersion, IEnumerable<Event> newEvents)
        {
            await using SqlConnection conn = new SqlConnection(_connectionString);
            await conn.OpenAsync();
            await using var transaction = conn.BeginTransaction();

            // update aggregate
            if (originalVersion == 0)
            {
                await conn.ExecuteAsync(
                    "insert WorkshopPlanning (Id, [CurrentVersion]) values (@Id, @CurrentVersion);",
                    new { Id = planningId, CurrentVersion = newVersion }, transaction);
            }
            else
            {
                int affectedRows = await conn.ExecuteAsync(
                    "update WorkshopPlanning set [CurrentVersion] = @NewVersion where [Id] = @Id and [CurrentVersion] = @CurrentVersion;",
                    new { Id = planningId, NewVersion = newVersion, CurrentVersion = originalVersion }, transaction);
                if (affectedRows == 0)
                {
                    transaction.Rollback();
                    throw new ConcurrencyException();
                }
            }

            // store events
            int eventVersion = originalVersion;
            foreach (var e in newEvents)
            {
                eventVersion++;
                await conn.ExecuteAsync(
                    "insert WorkshopPlanningEvent ([Id], [Version], [Timestamp], [MessageType], [EventData]) values (@Id, @NewVersion, @Timestamp, @MessageType, @EventData);",
                    new
                    {
                        Id = planningId,
                        NewVersion = eventVersion,
                        Timestamp = DateTime.Now,
                        e.MessageType,
                        EventData = JsonConvert.SerializeObject(e, _serializerSettings)
                    }, transaction);
            }

            transaction.Commit();
        }

        public void EnsureDatabase()
        {
            // init db (retry; SQL Server container can take up to a minute)
            Policy
                .Handle<Exception>()
                .WaitAndRetry(10, r => TimeSpan.FromSeconds(10), (ex, ts) =>
                    Log.Error("Error connecting to DB. Retrying in 10 sec."))
                .Execute(() =>
                {
                    var builder = new SqlConnectionStringBuilder(_connectionString);
                    string database = builder.InitialCatalog;
                    builder.InitialCatalog = "master";
                    using SqlConnection conn = new SqlConnection(builder.ConnectionString);
                    conn.Open();
                    conn.Execute($"IF NOT EXISTS(SELECT * FROM sys.databases WHERE name = '{database}') CREATE DATABASE [{database}];");
                    conn.ChangeDatabase(database);
                    conn.Execute(@"
                        IF OBJECT_ID('WorkshopPlanning') IS NULL
                        CREATE TABLE WorkshopPlanning (
                            [Id] varchar(50) NOT NULL,
                            [CurrentVersion] int NOT NULL,
                            PRIMARY KEY([Id]));
                        IF OBJECT_ID('WorkshopPlanningEvent') IS NULL
                        CREATE TABLE WorkshopPlanningEvent (
                            [Id] varchar(50) NOT NULL REFERENCES WorkshopPlanning([Id]),
                            [Version] int NOT NULL,
                            [Timestamp] datetime2(7) NOT NULL,
                            [MessageType] varchar(75) NOT NULL,
                            [EventData] text,
                            PRIMARY KEY([Id], [Version]));");
                });
        }

        private static Event DeserializeEventData(string messageType, string eventData)
        {
            Type eventType = Type.GetType($"Gearbox.WorkshopManagementAPI.Events.{messageType}");
            return (Event)JsonConvert.DeserializeObject(eventData, eventType);
        }

        private class Aggregate
        {
            public string Id { get; set; }
            public int CurrentVersion { get; set; }
        }
    }
}
