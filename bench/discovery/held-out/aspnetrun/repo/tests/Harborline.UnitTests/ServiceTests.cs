using AutoMapper;
using Cart.API.Entities;
using Cart.API.Repositories;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Orders.Application.Contracts.Infrastructure;
using Orders.Application.Contracts.Persistence;
using Orders.Application.Features.Orders;
using Orders.Application.Models;
using Orders.Domain.Entities;
using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Harborline.UnitTests
{
    public class CheckoutOrderCommandHandlerTests
    {
        [Fact]
        public async Task Handle_sends_confirmation_email_after_saving_order()
        {
            var repo = new Mock<IOrderRepository>();
            repo.Setup(r => r.AddAsync(It.IsAny<Order>())).ReturnsAsync((Order o) => o);

            var email = new Mock<IEmailService>();
            email.Setup(e => e.SendEmail(It.IsAny<Email>())).ReturnsAsync(true);

            var mapper = new MapperConfiguration(c => c.AddProfile<MappingProfile>()).CreateMapper();
            var handler = new CheckoutOrderCommandHandler(repo.Object, mapper, email.Object,
                NullLogger<CheckoutOrderCommandHandler>.Instance);

            await handler.Handle(new CheckoutOrderCommand { UserName = "swn", EmailAddress = "test@example.com" }, CancellationToken.None);

            email.Verify(e => e.SendEmail(It.Is<Email>(m => m.To == "test@example.com")), Times.Once);
        }
    }

    // Integration test: needs a local Redis (docker run -p 6379:6379 redis:alpine, or the CI service container)
    public class CartRepositoryRedisTests
    {
        private static IDistributedCache CreateCache() =>
            new RedisCache(Options.Create(new RedisCacheOptions
            {
                Configuration = Environment.GetEnvironmentVariable("CacheSettings__ConnectionString") ?? "localhost:6379"
            }));

        [Fact]
        public async Task UpdateCart_roundtrips_through_redis()
        {
            var repository = new CartRepository(CreateCache());
            var cart = new ShoppingCart("unit-test-user");
            cart.Items.Add(new ShoppingCartItem { ProductId = "1", ProductName = "IPhone X", Price = 950, Quantity = 1 });

            var stored = await repository.UpdateCart(cart);

            Assert.Equal(950, stored.TotalPrice);
            await repository.DeleteCart("unit-test-user");
        }
    }
}
