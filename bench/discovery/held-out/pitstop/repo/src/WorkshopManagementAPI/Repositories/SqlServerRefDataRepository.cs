using Dapper;
using Gearbox.WorkshopManagementAPI.Domain;
using Microsoft.Data.SqlClient;

namespace Gearbox.WorkshopManagementAPI.Repositories
{
    /// <summary>
    /// Reads the reference data (customers / vehicles) that WorkshopManagementEventHandler
    /// copies into the WorkshopManagement read-model database.
    /// </summary>
    public class SqlServerRefDataRepository : IVehicleRepository, ICustomerRepository
    {
        private readonly string _connectionString;

        public SqlServerRefDataRepository(string connectionString)
        {
            _connectionString = connectionString;
        }

        public async Task<IEnumerable<Customer>> GetCustomersAsync()
        {
            await using SqlConnection conn = new SqlConnection(_connectionString);
            return await conn.QueryAsync<Customer>("select * from Customer");
        }

        public async Task<Customer> GetCustomerAsync(string customerId)
        {
            await using SqlConnection conn = new SqlConnection(_connectionString);
            return await conn.QueryFirstOrDefaultAsync<Customer>(
                "select * from Customer where CustomerId = @CustomerId", new { CustomerId = customerId });
        }

        public async Task<IEnumerable<Vehicle>> GetVehiclesAsync()
        {
            await using SqlConnection conn = new SqlConnection(_connectionString);
            return await conn.QueryAsync<Vehicle>("select * from Vehicle");
        }

        public async Task<Vehicle> GetVehicleAsync(string licenseNumber)
        {
            await using SqlConnection conn = new SqlConnection(_connectionString);
            return await conn.QueryFirstOrDefaultAsync<Vehicle>(
                "select * from Vehicle where LicenseNumber = @LicenseNumber", new { LicenseNumber = licenseNumber });
        }
    }
}
