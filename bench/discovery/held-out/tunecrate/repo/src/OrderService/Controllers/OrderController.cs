using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OrderService.Messaging;
using OrderService.Models;

namespace OrderService.Controllers
{
    [Route("api/[controller]")]
    public class OrderController : Controller
    {
        private readonly OrdersContext _db;
        private readonly IOrderEventPublisher _events;

        public OrderController(OrdersContext db, IOrderEventPublisher events)
        {
            _db = db;
            _events = events;
        }

        [HttpPost]
        public async Task<IActionResult> AddOrder([FromBody] Order order, [FromQuery] string cartId)
        {
            if (!ModelState.IsValid)
            {
                return BadRequest(ModelState);
            }

            order.OrderDate = DateTime.UtcNow;
            order.Total = order.OrderDetails.Sum(d => d.UnitPrice * d.Quantity);
            _db.Orders.Add(order);
            await _db.SaveChangesAsync();

            _events.PublishOrderPlaced(order, cartId ?? order.Username);

            return Ok(order.OrderId);
        }

        [HttpGet("{id:int}")]
        public async Task<IActionResult> GetOrder(int id, [FromQuery] string username)
        {
            var order = await _db.Orders.Include(o => o.OrderDetails)
                .FirstOrDefaultAsync(o => o.OrderId == id && o.Username == username);
            return order == null ? (IActionResult)NotFound() : Ok(order);
        }

        [HttpGet("user/{username}")]
        public async Task<List<Order>> GetOrdersForUser(string username) =>
            await _db.Orders.Where(o => o.Username == username)
                .OrderByDescending(o => o.OrderDate).ToListAsync();
    }
}
