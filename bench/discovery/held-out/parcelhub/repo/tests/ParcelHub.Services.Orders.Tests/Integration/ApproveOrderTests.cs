using System;
using System.Threading.Tasks;
using Mongo2Go;
using MongoDB.Driver;
using NSubstitute;
using ParcelHub.Services.Orders.Application.Commands;
using ParcelHub.Services.Orders.Application.Commands.Handlers;
using ParcelHub.Services.Orders.Application.Services;
using ParcelHub.Services.Orders.Core.Entities;
using ParcelHub.Services.Orders.Infrastructure.Mongo.Repositories;
using ParcelHub.Services.Orders.Tests.Fakes;
using Shouldly;
using Xunit;

namespace ParcelHub.Services.Orders.Tests.Integration
{
    public class ApproveOrderTests : IDisposable
    {
        private readonly MongoDbRunner _runner = MongoDbRunner.Start();
        private readonly IMongoDatabase _database;

        public ApproveOrderTests()
        {
            var client = new MongoClient(_runner.ConnectionString);
            _database = client.GetDatabase("orders-service-tests");
        }

        [Fact]
        public async Task approve_order_applies_discounted_price()
        {
            var repository = new OrderMongoRepository(_database);
            var order = new Order(Guid.NewGuid(), Guid.NewGuid(), OrderStatus.New, DateTime.UtcNow);
            order.AddParcel(new Parcel(Guid.NewGuid(), "Medium", "Books", 100m));
            await repository.AddAsync(order);

            var handler = new ApproveOrderHandler(repository, new FakePricingServiceClient(),
                Substitute.For<IMessageBroker>(), Substitute.For<IEventMapper>());

            await handler.HandleAsync(new ApproveOrder(order.Id));

            var updated = await repository.GetAsync(order.Id);
            updated.Status.ShouldBe(OrderStatus.Approved);
            updated.TotalPrice.ShouldBe(90m);
        }

        public void Dispose() => _runner.Dispose();
    }
}
