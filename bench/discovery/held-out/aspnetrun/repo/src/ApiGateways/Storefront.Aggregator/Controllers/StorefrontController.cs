using Microsoft.AspNetCore.Mvc;
using Storefront.Aggregator.Models;
using Storefront.Aggregator.Services;
using System;
using System.Net;
using System.Threading.Tasks;

namespace Storefront.Aggregator.Controllers
{
    [ApiController]
    [Route("api/v1/[controller]")]
    public class StorefrontController : ControllerBase
    {
        private readonly IListingService _listingService;
        private readonly ICartService _cartService;
        private readonly IOrderService _orderService;

        public StorefrontController(IListingService listingService, ICartService cartService, IOrderService orderService)
        {
            _listingService = listingService ?? throw new ArgumentNullException(nameof(listingService));
            _cartService = cartService ?? throw new ArgumentNullException(nameof(cartService));
            _orderService = orderService ?? throw new ArgumentNullException(nameof(orderService));
        }

        [HttpGet("{userName}", Name = "GetStorefront")]
        [ProducesResponseType(typeof(StorefrontModel), (int)HttpStatusCode.OK)]
        public async Task<ActionResult<StorefrontModel>> GetStorefront(string userName)
        {
            var cart = await _cartService.GetCart(userName);

            foreach (var item in cart.Items)
            {
                var product = await _listingService.GetListing(item.ProductId);

                item.ProductName = product.Name;
                item.Category = product.Category;
                item.Summary = product.Summary;
                item.ImageFile = product.ImageFile;
            }

            var orders = await _orderService.GetOrdersByUserName(userName);

            return Ok(new StorefrontModel
            {
                UserName = userName,
                CartWithProducts = cart,
                Orders = orders
            });
        }
    }
}
