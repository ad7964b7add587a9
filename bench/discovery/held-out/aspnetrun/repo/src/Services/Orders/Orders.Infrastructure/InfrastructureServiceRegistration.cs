using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Contracts.Infrastructure;
using Orders.Application.Contracts.Persistence;
using Orders.Application.Models;
using Orders.Infrastructure.Mail;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure
{
    public static class InfrastructureServiceRegistration
    {
        public static IServiceCollection AddInfrastructureServices(this IServiceCollection services, IConfiguration configuration)
        {
            services.AddDbContext<OrderContext>(options =>
                options.UseSqlServer(configuration.GetConnectionString("OrderingConnectionString")));

            services.AddScoped<IOrderRepository, OrderRepository>();

            services.Configure<EmailSettings>(c => configuration.GetSection("EmailSettings").Bind(c));
            services.AddTransient<IEmailService, EmailService>();

            return services;
        }
    }
}
