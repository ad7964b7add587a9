using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;

namespace ShoppingCartService.Models
{
    public class CartItem
    {
        [Key]
        public int CartItemId { get; set; }

        [Required]
        public string CartId { get; set; }

        public int AlbumId { get; set; }

        public string AlbumTitle { get; set; }

        [Column(TypeName = "decimal(18,2)")]
        public decimal AlbumPrice { get; set; }

        public int Count { get; set; }

        public DateTime DateCreated { get; set; }
    }

    public class CartOptions
    {
        public string OrderPlacedQueue { get; set; } = "tunecrate.cart.order-placed";
        public int MaxItemsPerCart { get; set; } = 50;
    }
}
