using Orders.Application.Models;
using Orders.Domain.Entities;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Orders.Application.Contracts.Infrastructure
{
    public interface IEmailService
    {
        Task<bool> SendEmail(Email email);
    }
}

namespace Orders.Application.Contracts.Persistence
{
    public interface IOrderRepository
    {
        Task<IEnumerable<Order>> GetOrdersByUserName(string userName);
        Task<Order> AddAsync(Order entity);
    }
}
