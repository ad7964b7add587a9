using System;
using ParcelHub.Services.Pricing.Core.Entities;
using ParcelHub.Services.Pricing.Core.Policies;
using ParcelHub.Services.Pricing.Core.Services;
using Shouldly;
using Xunit;

namespace ParcelHub.Services.Pricing.Tests
{
    public class CustomerDiscountsServiceTests
    {
        private readonly CustomerDiscountsService _service = new(new ICustomerDiscountPolicy[]
        {
            new VipCustomerDiscountPolicy(),
            new RegularCustomerDiscountPolicy()
        });

        [Fact]
        public void vip_customer_gets_vip_discount()
            => _service.CalculateDiscount(new Customer(Guid.NewGuid(), true, 0)).ShouldBe(0.1m);

        [Fact]
        public void null_customer_gets_no_discount()
            => _service.CalculateDiscount(null).ShouldBe(0m);
    }
}
