using Dapper;
using Microsoft.Data.SqlClient;
using Polly;
using Serilog;

namespace Gearbox.NotificationService.Repositories
{
    public class Customer
    {
        public string CustomerId { get; set; }
        public string Name { get; set; }
        public string TelephoneNumber { get; set; }
        public string EmailAddress { get; set; }
    }

    public class MaintenanceJob
    {
        public string JobId { get; set; }
        public string CustomerId { get; set; }
        public string LicenseNumber { get; set; }
        public DateTime StartTime { get; set; }
        public string Description { get; set; }
    }

    public interface INotificationRepository
    {
        void EnsureDatabase();
        Task RegisterCustomerAsync(Customer customer);
        Task<Customer> GetCustomerAsync(string customerId);
        Task RegisterMaintenanceJobAsync(MaintenanceJob job);
        Task<IEnumerable<MaintenanceJob>> GetMaintenanceJobsForTodayAsync(DateTime date);
        Task RemoveMaintenanceJobsAsync(IEnumerable<string> jobIds);
    }

    public class SqlServerNotificationRepository : INotificationRepository
    {
        private readonly string _connectionString;

        public SqlServerNotificationRepository(string connectionString)
        {
            _connectionString = connectionString;
        }

        public async Task RegisterCustomerAsync(Customer customer)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.ExecuteAsync(
                "insert into Customer(CustomerId, Name, TelephoneNumber, EmailAddress) values(@CustomerId, @Name, @TelephoneNumber, @EmailAddress);",
                customer);
        }

        public async Task<Customer> GetCustomerAsync(string customerId)
        {
            await using var conn = new SqlConnection(_connectionString);
            return await conn.QueryFirstOrDefaultAsync<Customer>("select * from Customer where CustomerId = @CustomerId",
                new { CustomerId = customerId });
        }

        public async Task RegisterMaintenanceJobAsync(MaintenanceJob job)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.ExecuteAsync(
                "insert into MaintenanceJob(JobId, CustomerId, LicenseNumber, StartTime, Description) values(@JobId, @CustomerId, @LicenseNumber, @StartTime, @Description);",
                job);
        }

        public async Task<IEnumerable<MaintenanceJob>> GetMaintenanceJobsForTodayAsync(DateTime date)
        {
            await using var conn = new SqlConnection(_connectionString);
            return await conn.QueryAsync<MaintenanceJob>(
                "select * from MaintenanceJob where StartTime >= @Today and StartTime < @Tomorrow",
                new { Today = date.Date, Tomorrow = date.Date.AddDays(1) });
        }

        public async Task RemoveMaintenanceJobsAsync(IEnumerable<string> jobIds)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.ExecuteAsync("delete MaintenanceJob where JobId in @JobIds", new { JobIds = jobIds });
        }

        public void EnsureDatabase()
        {
            Policy
                .Handle<Exception>()
                .WaitAndRetry(10, r => TimeSpan.FromSeconds(10), (ex, ts) =>
                    Log.Error("Error connecting to DB. Retrying in 10 sec."))
                .Execute(() =>
                {
                    var builder = new SqlConnectionStringBuilder(_connectionString);
                    string database = builder.InitialCatalog;
                    builder.InitialCatalog = "master";
                    using var conn = new SqlConnection(builder.ConnectionString);
                    conn.Open();
                    conn.Execute($"IF NOT EXISTS(SELECT * FROM sys.databases WHERE name = '{database}') CREATE DATABASE [{database}];");
                    conn.ChangeDatabase(database);
                    conn.Execute(@"
                        IF OBJECT_ID('Customer') IS NULL
                        CREATE TABLE Customer (CustomerId varchar(50) NOT NULL PRIMARY KEY, Name varchar(50) NOT NULL,
                            TelephoneNumber varchar(50), EmailAddress varchar(100));
                        IF OBJECT_ID('MaintenanceJob') IS NULL
                        CREATE TABLE MaintenanceJob (JobId varchar(50) NOT NULL PRIMARY KEY, CustomerId varchar(50) NOT NULL,
                            LicenseNumber varchar(50) NOT NULL, StartTime datetime2 NOT NULL, Description varchar(250) NOT NULL);");
                });
        }
    }
}
