using Dapper;
using Microsoft.Extensions.Configuration;
using Npgsql;
using System;
using System.Threading.Tasks;

namespace Coupon.Grpc.Repositories
{
    public class CouponEntity
    {
        public int Id { get; set; }
        public string ProductName { get; set; }
        public string Description { get; set; }
        public int Amount { get; set; }
    }

    public interface ICouponRepository
    {
        Task<CouponEntity> GetCoupon(string productName);
        Task<bool> CreateCoupon(CouponEntity coupon);
        Task<bool> UpdateCoupon(CouponEntity coupon);
        Task<bool> DeleteCoupon(string productName);
    }

    public class CouponRepository : ICouponRepository
    {
        private readonly string _connectionString;

        public CouponRepository(IConfiguration configuration)
        {
            _connectionString = configuration.GetValue<string>("DatabaseSettings:ConnectionString")
                ?? throw new ArgumentNullException(nameof(configuration));
        }

        public async Task<CouponEntity> GetCoupon(string productName)
        {
            await using var connection = new NpgsqlConnection(_connectionString);

            var coupon = await connection.QueryFirstOrDefaultAsync<CouponEntity>
                ("SELECT * FROM Coupon WHERE ProductName = @ProductName", new { ProductName = productName });

            return coupon ?? new CouponEntity { ProductName = "No Coupon", Amount = 0, Description = "No Coupon Desc" };
        }

        public async Task<bool> CreateCoupon(CouponEntity coupon)
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            var affected = await connection.ExecuteAsync
                ("INSERT INTO Coupon (ProductName, Description, Amount) VALUES (@ProductName, @Description, @Amount)", coupon);
            return affected != 0;
        }

        public async Task<bool> UpdateCoupon(CouponEntity coupon)
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            var affected = await connection.ExecuteAsync
                ("UPDATE Coupon SET ProductName=@ProductName, Description = @Description, Amount = @Amount WHERE Id = @Id", coupon);
            return affected != 0;
        }

        public async Task<bool> DeleteCoupon(string productName)
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            var affected = await connection.ExecuteAsync("DELETE FROM Coupon WHERE ProductName = @ProductName",
                new { ProductName = productName });
            return affected != 0;
        }
    }
}
