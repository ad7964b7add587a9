using Microsoft.EntityFrameworkCore;
using ShoppingCartService.Models;
using Xunit;

namespace ShoppingCartService.Test
{
    public class CartRepositoryTests
    {
        private static CartRepository NewRepository() =>
            new CartRepository(new ShoppingCartContext(new DbContextOptionsBuilder<ShoppingCartContext>()
                .UseInMemoryDatabase("carts-" + System.Guid.NewGuid())
                .Options));

        [Fact]
        public async System.Threading.Tasks.Task Add_SameAlbumTwice_IncrementsCount()
        {
            var repo = NewRepository();
            await repo.AddAsync("c1", 7, "Forge", 7.99m);
            var item = await repo.AddAsync("c1", 7, "Forge", 7.99m);
            Assert.Equal(2, item.Count);
        }

        [Fact]
        public async System.Threading.Tasks.Task Empty_RemovesAllItems()
        {
            var repo = NewRepository();
            await repo.AddAsync("c2", 1, "Signal Fires", 8.99m);
            await repo.AddAsync("c2", 2, "Lanterns", 10.99m);
            await repo.EmptyAsync("c2");
            Assert.Empty(await repo.GetItemsAsync("c2"));
        }
    }
}
