using System;
using System.Data;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Trips.Services
{
    public interface IReportingService
    {
        Task UpsertTripFactAsync(string eventType, TripItem trip);
    }

    /// <summary>
    /// Writes denormalized trip facts to the Azure SQL reporting database consumed by Power BI.
    /// Schema: sql/CreateReportingTables.sql
    /// </summary>
    public class SqlReportingService : IReportingService
    {
        private readonly string _connectionString;

        public SqlReportingService(string connectionString)
        {
            _connectionString = connectionString;
        }

        public async Task UpsertTripFactAsync(string eventType, TripItem trip)
        {
            if (string.IsNullOrWhiteSpace(_connectionString))
                throw new InvalidOperationException("ReportingSqlConnectionString is not configured");

            using (var connection = new SqlConnection(_connectionString))
            {
                await connection.OpenAsync();
                using (var cmd = connection.CreateCommand())
                {
                    cmd.CommandType = CommandType.StoredProcedure;
                    cmd.CommandText = "dbo.UpsertTripFact";
                    cmd.Parameters.AddWithValue("@TripCode", trip.Code);
                    cmd.Parameters.AddWithValue("@EventType", eventType);
                    cmd.Parameters.AddWithValue("@PassengerCode", (object)trip.PassengerCode ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("@DriverCode", (object)trip.Driver?.Code ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("@StartDate", trip.StartDate);
                    cmd.Parameters.AddWithValue("@EndDate", (object)trip.EndDate ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("@DurationSeconds", trip.Duration);
                    cmd.Parameters.AddWithValue("@IsAborted", trip.IsAborted);
                    await cmd.ExecuteNonQueryAsync();
                }
            }
        }
    }
}
