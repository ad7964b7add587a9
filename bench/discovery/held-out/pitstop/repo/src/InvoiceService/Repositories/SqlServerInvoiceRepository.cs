using Dapper;
using Gearbox.InvoiceService.Model;
using Microsoft.Data.SqlClient;
using Polly;
using Serilog;

namespace Gearbox.InvoiceService.Repositories
{
    public interface IInvoiceRepository
    {
        void EnsureDatabase();
        Task RegisterCustomerAsync(Customer customer);
        Task<Customer> GetCustomerAsync(string customerId);
        Task RegisterMaintenanceJobAsync(MaintenanceJob job);
        Task MarkMaintenanceJobAsFinished(string jobId, DateTime startTime, DateTime endTime);
        Task<IEnumerable<MaintenanceJob>> GetMaintenanceJobsToBeInvoicedAsync();
        Task RegisterInvoiceAsync(Invoice invoice);
    }

    public class SqlServerInvoiceRepository : IInvoiceRepository
    {
        private readonly string _connectionString;

        public SqlServerInvoiceRepository(string connectionString)
        {
            _connectionString = connectionString;
        }

        public async Task RegisterCustomerAsync(Customer customer)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.ExecuteAsync(
                "insert into Customer(CustomerId, Name, Address, PostalCode, City) values(@CustomerId, @Name, @Address, @PostalCode, @City);",
                customer);
        }

        public async Task<Customer> GetCustomerAsync(string customerId)
        {
            await using var conn = new SqlConnection(_connectionString);
            return await conn.QueryFirstOrDefaultAsync<Customer>(
                "select * from Customer where CustomerId = @CustomerId", new { CustomerId = customerId });
        }

        public async Task RegisterMaintenanceJobAsync(MaintenanceJob job)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.ExecuteAsync(
                "insert into MaintenanceJob(JobId, LicenseNumber, CustomerId, Description, StartTime, EndTime, Finished, InvoiceSent) " +
                "values(@JobId, @LicenseNumber, @CustomerId, @Description, @StartTime, @EndTime, 0, 0);", job);
        }

        public async Task MarkMaintenanceJobAsFinished(string jobId, DateTime startTime, DateTime endTime)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.ExecuteAsync(
                "update MaintenanceJob set StartTime = @StartTime, EndTime = @EndTime, Finished = 1 where JobId = @JobId",
                new { JobId = jobId, StartTime = startTime, EndTime = endTime });
        }

        public async Task<IEnumerable<MaintenanceJob>> GetMaintenanceJobsToBeInvoicedAsync()
        {
            await using var conn = new SqlConnection(_connectionString);
            return await conn.QueryAsync<MaintenanceJob>(
                "select * from MaintenanceJob where Finished = 1 and InvoiceSent = 0");
        }

        public async Task RegisterInvoiceAsync(Invoice invoice)
        {
            await using var conn = new SqlConnection(_connectionString);
            await conn.OpenAsync();
            await using var tx = conn.BeginTransaction();
            await conn.ExecuteAsync(
                "insert into Invoice(InvoiceId, InvoiceDate, CustomerId, Amount, Specification, JobIds) " +
                "values(@InvoiceId, @InvoiceDate, @CustomerId, @Amount, @Specification, @JobIds);", invoice, tx);
            foreach (string jobId in invoice.JobIds.Split('|'))
            {
                await conn.ExecuteAsync("update MaintenanceJob set InvoiceSent = 1 where JobId = @JobId", new { JobId = jobId }, tx);
            }
            tx.Commit();
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
                            Address varchar(50), PostalCode varchar(50), City varchar(50));
                        IF OBJECT_ID('MaintenanceJob') IS NULL
                        CREATE TABLE MaintenanceJob (JobId varchar(50) NOT NULL PRIMARY KEY, LicenseNumber varchar(50) NOT NULL,
                            CustomerId varchar(50) NOT NULL, Description varchar(250) NOT NULL, StartTime datetime2 NULL,
                            EndTime datetime2 NULL, Finished bit NOT NULL, InvoiceSent bit NOT NULL);
                        IF OBJECT_ID('Invoice') IS NULL
                        CREATE TABLE Invoice (InvoiceId varchar(50) NOT NULL PRIMARY KEY, InvoiceDate datetime2 NOT NULL,
                            CustomerId varchar(50) NOT NULL, Amount decimal(5,2) NOT NULL, Specification text, JobIds varchar(250));");
                });
        }
    }
}
