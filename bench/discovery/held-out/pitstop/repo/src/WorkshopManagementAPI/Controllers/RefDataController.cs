using Gearbox.WorkshopManagementAPI.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Gearbox.WorkshopManagementAPI.Controllers
{
    [Route("/api/[controller]")]
    public class RefDataController : Controller
    {
        private readonly ICustomerRepository _customerRepo;
        private readonly IVehicleRepository _vehicleRepo;

        public RefDataController(ICustomerRepository customerRepo, IVehicleRepository vehicleRepo)
        {
            _customerRepo = customerRepo;
            _vehicleRepo = vehicleRepo;
        }

        [HttpGet]
        [Route("customers")]
        public async Task<IActionResult> GetCustomers() => Ok(await _customerRepo.GetCustomersAsync());

        [HttpGet]
        [Route("customers/{customerId}")]
        public async Task<IActionResult> GetCustomerByCustomerId(string customerId)
        {
            var customer = await _customerRepo.GetCustomerAsync(customerId);
            return customer == null ? NotFound() : Ok(customer);
        }

        [HttpGet]
        [Route("vehicles")]
        public async Task<IActionResult> GetVehicles() => Ok(await _vehicleRepo.GetVehiclesAsync());

        [HttpGet]
        [Route("vehicles/{licenseNumber}")]
        public async Task<IActionResult> GetVehicleByLicenseNumber(string licenseNumber)
        {
            var vehicle = await _vehicleRepo.GetVehicleAsync(licenseNumber);
            return vehicle == null ? NotFound() : Ok(vehicle);
        }
    }
}
