using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace ShoppingCartService.Models
{
    public interface ICartRepository
    {
        Task<List<CartItem>> GetItemsAsync(string cartId);
        Task<CartItem> AddAsync(string cartId, int albumId, string title, decimal price);
        Task<int> RemoveAsync(string cartId, int cartItemId);
        Task EmptyAsync(string cartId);
    }

    public class CartRepository : ICartRepository
    {
        private readonly ShoppingCartContext _db;

        public CartRepository(ShoppingCartContext db)
        {
            _db = db;
        }

        public Task<List<CartItem>> GetItemsAsync(string cartId) =>
            _db.CartItems.Where(c => c.CartId == cartId).OrderBy(c => c.DateCreated).ToListAsync();

        public async Task<CartItem> AddAsync(string cartId, int albumId, string title, decimal price)
        {
            var item = await _db.CartItems.SingleOrDefaultAsync(c => c.CartId == cartId && c.AlbumId == albumId);
            if (item == null)
            {
                item = new CartItem
                {
                    CartId = cartId,
                    AlbumId = albumId,
                    AlbumTitle = title,
                    AlbumPrice = price,
                    Count = 1,
                    DateCreated = DateTime.UtcNow
                };
                _db.CartItems.Add(item);
            }
            else
            {
                item.Count++;
            }
            await _db.SaveChangesAsync();
            return item;
        }

        public async Task<int> RemoveAsync(string cartId, int cartItemId)
        {
            var item = await _db.CartItems.SingleOrDefaultAsync(c => c.CartId == cartId && c.CartItemId == cartItemId);
            if (item == null)
            {
                return 0;
            }
            if (item.Count > 1)
            {
                item.Count--;
            }
            else
            {
                _db.CartItems.Remove(item);
            }
            await _db.SaveChangesAsync();
            return item.Count;
        }

        public async Task EmptyAsync(string cartId)
        {
            var items = await _db.CartItems.Where(c => c.CartId == cartId).ToListAsync();
            _db.CartItems.RemoveRange(items);
            await _db.SaveChangesAsync();
        }
    }
}
