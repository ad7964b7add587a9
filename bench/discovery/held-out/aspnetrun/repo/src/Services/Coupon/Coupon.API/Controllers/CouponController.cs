using Coupon.API.Repositories;
using Microsoft.AspNetCore.Mvc;
using System;
using System.Net;
using System.Threading.Tasks;

namespace Coupon.API.Controllers
{
    [ApiController]
    [Route("api/v1/[controller]")]
    public class CouponController : ControllerBase
    {
        private readonly ICouponRepository _repository;

        public CouponController(ICouponRepository repository)
        {
            _repository = repository ?? throw new ArgumentNullException(nameof(repository));
        }

        [HttpGet("{productName}", Name = "GetCoupon")]
        [ProducesResponseType(typeof(Entities.Coupon), (int)HttpStatusCode.OK)]
        public async Task<ActionResult<Entities.Coupon>> GetCoupon(string productName)
        {
            return Ok(await _repository.GetCoupon(productName));
        }

        [HttpPost]
        [ProducesResponseType(typeof(Entities.Coupon), (int)HttpStatusCode.OK)]
        public async Task<ActionResult<Entities.Coupon>> CreateCoupon([FromBody] Entities.Coupon coupon)
        {
            await _repository.CreateCoupon(coupon);
            return CreatedAtRoute("GetCoupon", new { productName = coupon.ProductName }, coupon);
        }

        [HttpPut]
        [ProducesResponseType(typeof(Entities.Coupon), (int)HttpStatusCode.OK)]
        public async Task<ActionResult<Entities.Coupon>> UpdateCoupon([FromBody] Entities.Coupon coupon)
        {
            return Ok(await _repository.UpdateCoupon(coupon));
        }

        [HttpDelete("{productName}", Name = "DeleteCoupon")]
        [ProducesResponseType(typeof(void), (int)HttpStatusCode.OK)]
        public async Task<ActionResult<bool>> DeleteCoupon(string productName)
        {
            return Ok(await _repository.DeleteCoupon(productName));
        }
    }
}
