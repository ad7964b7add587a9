using Gearbox.WebApp.Models;
using Gearbox.WebApp.RESTClients;
using Microsoft.AspNetCore.Mvc;
using Serilog;

namespace Gearbox.WebApp.Controllers
{
    public class VehicleManagementController : Controller
    {
        private readonly IVehicleManagementAPI _vehicleManagementAPI;
        private readonly ICustomerManagementAPI _customerManagementAPI;

        public VehicleManagementController(IVehicleManagementAPI vehicleManagementAPI, ICustomerManagementAPI customerManagementAPI)
        {
            _vehicleManagementAPI = vehicleManagementAPI;
            _customerManagementAPI = customerManagementAPI;
        }

        [HttpGet]
        public async Task<IActionResult> Index()
        {
            try
            {
                return View(await _vehicleManagementAPI.GetVehicles());
            }
            catch (HttpRequestException ex)
            {
                Log.Warning(ex, "VehicleManagementAPI unavailable");
                return View("Offline");
            }
        }

        [HttpGet]
        public async Task<IActionResult> Details(string licenseNumber)
        {
            var vehicle = await _vehicleManagementAPI.GetVehicleByLicenseNumber(licenseNumber);
            if (vehicle == null)
            {
                return NotFound();
            }
            ViewBag.Owner = await _customerManagementAPI.GetCustomerById(vehicle.OwnerId);
            return View(vehicle);
        }

        [HttpGet]
        public async Task<IActionResult> New()
        {
            ViewBag.Customers = await _customerManagementAPI.GetCustomers();
            return View(new Vehicle());
        }

        [HttpPost]
        public async Task<IActionResult> Register([FromForm] Vehicle model)
        {
            if (!ModelState.IsValid)
            {
                ViewBag.Customers = await _customerManagementAPI.GetCustomers();
                return View("New", model);
            }
            await _vehicleManagementAPI.RegisterVehicle(
                new RegisterVehicle(Guid.NewGuid(), model.LicenseNumber, model.Brand, model.Type, model.OwnerId));
            return RedirectToAction("Index");
        }
    }
}
