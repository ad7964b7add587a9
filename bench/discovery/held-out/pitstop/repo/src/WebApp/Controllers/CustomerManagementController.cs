using Gearbox.WebApp.Models;
using Gearbox.WebApp.RESTClients;
using Microsoft.AspNetCore.Mvc;
using Polly;
using Serilog;

namespace Gearbox.WebApp.Controllers
{
    public class CustomerManagementController : Controller
    {
        private readonly ICustomerManagementAPI _customerManagementAPI;
        private readonly ResiliencePipeline _resiliencyPolicy;

        public CustomerManagementController(ICustomerManagementAPI customerManagementAPI)
        {
            _customerManagementAPI = customerManagementAPI;
            _resiliencyPolicy = new ResiliencePipelineBuilder()
                .AddTimeout(TimeSpan.FromSeconds(10))
                .Build();
        }

        [HttpGet]
        public async Task<IActionResult> Index()
        {
            return await _resiliencyPolicy.ExecuteAsync(async ct =>
            {
                var customers = await _customerManagementAPI.GetCustomers();
                return View(customers);
            }, CancellationToken.None);
        }

        [HttpGet]
        public async Task<IActionResult> Details(string id)
        {
            var customer = await _customerManagementAPI.GetCustomerById(id);
            return customer == null ? NotFound() : View(customer);
        }

        [HttpGet]
        public IActionResult New() => View(new Customer());

        [HttpPost]
        public async Task<IActionResult> Register([FromForm] Customer model)
        {
            if (!ModelState.IsValid)
            {
                return View("New", model);
            }

            try
            {
                string customerId = Guid.NewGuid().ToString("N");
                var cmd = new RegisterCustomer(Guid.NewGuid(), customerId, model.Name, model.Address, model.PostalCode,
                    model.City, model.TelephoneNumber, model.EmailAddress);
                await _customerManagementAPI.RegisterCustomer(cmd);
            }
            catch (Exception ex)
            {
                Log.Error(ex, "Error registering customer");
                return View("Offline");
            }
            return RedirectToAction("Index");
        }
    }
}
