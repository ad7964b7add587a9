using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OrderService.Controllers;
using OrderService.Messaging;
using OrderService.Models;
using Xunit;

namespace OrderService.Test
{
    public class FakeOrderEventPublisher : IOrderEventPublisher
    {
        public List<(Order Order, string CartId)> Published { get; } = new List<(Order, string)>();

        public void PublishOrderPlaced(Order order, string cartId) => Published.Add((order, cartId));
    }

    public class OrderControllerTests
    {
        private static OrdersContext NewContext() =>
            new OrdersContext(new DbContextOptionsBuilder<OrdersContext>()
                .UseInMemoryDatabase("orders-" + System.Guid.NewGuid())
                .Options);

        private static Order SampleOrder() => new Order
        {
            Username = "sam@example.com",
            FirstName = "Sam", LastName = "Lee", Address = "1 Main St", City = "Springfield",
            State = "IL", PostalCode = "62701", Country = "US", Phone = "555-0100", Email = "sam@example.com",
            OrderDetails = new List<OrderDetail>
            {
                new OrderDetail { AlbumId = 1, Quantity = 2, UnitPrice = 8.99m },
                new OrderDetail { AlbumId = 3, Quantity = 1, UnitPrice = 9.99m }
            }
        };

        [Fact]
        public async System.Threading.Tasks.Task AddOrder_ComputesTotal_AndPublishesEvent()
        {
            var publisher = new FakeOrderEventPublisher();
            var controller = new OrderController(NewContext(), publisher);

            var result = await controller.AddOrder(SampleOrder(), "cart-42");

            Assert.IsType<OkObjectResult>(result);
            var published = Assert.Single(publisher.Published);
            Assert.Equal("cart-42", published.CartId);
            Assert.Equal(27.97m, published.Order.Total);
        }
    }
}
