using Dapper;
using Microsoft.Extensions.Configuration;
using Npgsql;
using System;
using System.Threading.Tasks;

namespace Coupon.API.Repositories
{
    public interface ICouponRepository
    {
        Task<Entities.Coupon> GetCoupon(string productName);
        Task<bool> CreateCoupon(Entities.Coupon coupon);
        Task<bool> UpdateCoupon(Entities.Coupon coupon);
        Task<bool> DeleteCoupon(string productName);
    }

    public class CouponRepository : ICouponRepository
    {
        private readonly IConfiguration _configuration;

        public CouponRepository(IConfiguration configuration)
        {
            _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        }

        private NpgsqlConnection Open() =>
            new NpgsqlConnection(_configuration.GetValue<string>("DatabaseSettings:ConnectionString"));

        public async Task<Entities.Coupon> GetCoupon(string productName)
        {
            using var connection = Open();

            var coupon = await connection.QueryFirstOrDefaultAsync<Entities.Coupon>
                ("SELECT * FROM Coupon WHERE ProductName = @ProductName", new { ProductName = productName });

            return coupon ?? new Entities.Coupon { ProductName = "No Coupon", Amount = 0, Description = "No Coupon Desc" };
        }

        public async Task<bool> CreateCoupon(Entities.Coupon coupon)
        {
            using var connection = Open();

            var affected = await connection.ExecuteAsync
                ("INSERT INTO Coupon (ProductName, Description, Amount) VALUES (@ProductName, @Description, @Amount)",
                    new { coupon.ProductName, coupon.Description, coupon.Amount });

            return affected != 0;
        }

        public async Task<bool> UpdateCoupon(Entities.Coupon coupon)
        {
            using var connection = Open();

            var affected = await connection.ExecuteAsync
                ("UPDATE Coupon SET ProductName=@ProductName, Description = @Description, Amount = @Amount WHERE Id = @Id",
                    new { coupon.ProductName, coupon.Description, coupon.Amount, coupon.Id });

            return affected != 0;
        }

        public async Task<bool> DeleteCoupon(string productName)
        {
            using var connection = Open();

            var affected = await connection.ExecuteAsync("DELETE FROM Coupon WHERE ProductName = @ProductName",
                new { ProductName = productName });

            return affected != 0;
        }
    }
}
