using System.Collections.Generic;
using System.Linq;
using ParcelHub.Services.Pricing.Core.Entities;
using ParcelHub.Services.Pricing.Core.Policies;

namespace ParcelHub.Services.Pricing.Core.Services
{
    public sealed class CustomerDiscountsService : ICustomerDiscountsService
    {
        private readonly IEnumerable<ICustomerDiscountPolicy> _policies;

        public CustomerDiscountsService(IEnumerable<ICustomerDiscountPolicy> policies)
        {
            _policies = policies;
        }

        public decimal CalculateDiscount(Customer customer)
        {
            if (customer is null)
            {
                return 0;
            }

            var applicablePolicies = _policies.Where(p => p.CanBeApplied(customer));
            var discounts = applicablePolicies.Select(p => p.CalculateDiscount(customer));
            return discounts.DefaultIfEmpty(0).Sum();
        }
    }
}
