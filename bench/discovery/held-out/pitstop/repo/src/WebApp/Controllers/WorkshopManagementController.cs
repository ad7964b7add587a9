using Gearbox.WebApp.Models;
using Gearbox.WebApp.RESTClients;
using Microsoft.AspNetCore.Mvc;
using Refit;

namespace Gearbox.WebApp.Controllers
{
    public class WorkshopManagementController : Controller
    {
        private readonly IWorkshopManagementAPI _workshopManagementAPI;

        public WorkshopManagementController(IWorkshopManagementAPI workshopManagementAPI)
        {
            _workshopManagementAPI = workshopManagementAPI;
        }

        [HttpGet]
        public async Task<IActionResult> Index(DateTime? planningDate)
        {
            var date = (planningDate ?? DateTime.Now).Date;
            ViewBag.PlanningDate = date;
            var jobs = await _workshopManagementAPI.GetWorkshopPlanning(date.ToString("yyyy-MM-dd"));
            return View(jobs.OrderBy(j => j.StartTime).ToList());
        }

        [HttpGet]
        public async Task<IActionResult> New(DateTime planningDate)
        {
            ViewBag.PlanningDate = planningDate;
            ViewBag.Vehicles = await _workshopManagementAPI.GetVehicles();
            return View();
        }

        [HttpPost]
        public async Task<IActionResult> Insert(DateTime planningDate, DateTime startTime, DateTime endTime,
            string licenseNumber, string description)
        {
            string dateStr = planningDate.ToString("yyyy-MM-dd");
            var vehicle = await _workshopManagementAPI.GetVehicleByLicenseNumber(licenseNumber);
            var customer = await _workshopManagementAPI.GetCustomerById(vehicle.OwnerId);

            var cmd = new PlanMaintenanceJob(Guid.NewGuid(), Guid.NewGuid(),
                planningDate.Date.Add(startTime.TimeOfDay), planningDate.Date.Add(endTime.TimeOfDay),
                new CustomerInfo(customer.CustomerId, customer.Name, customer.TelephoneNumber),
                new VehicleInfo(vehicle.LicenseNumber, vehicle.Brand, vehicle.Type),
                description);

            try
            {
                await _workshopManagementAPI.PlanMaintenanceJob(dateStr, cmd);
            }
            catch (ApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.Conflict)
            {
                ModelState.AddModelError("", ex.Content);
                ViewBag.PlanningDate = planningDate;
                ViewBag.Vehicles = await _workshopManagementAPI.GetVehicles();
                return View("New");
            }

            return RedirectToAction("Index", new { planningDate = dateStr });
        }

        [HttpPost]
        public async Task<IActionResult> Finish(DateTime planningDate, Guid jobId, DateTime actualStartTime,
            DateTime actualEndTime, string notes)
        {
            string dateStr = planningDate.ToString("yyyy-MM-dd");
            var cmd = new FinishMaintenanceJob(Guid.NewGuid(), jobId,
                planningDate.Date.Add(actualStartTime.TimeOfDay), planningDate.Date.Add(actualEndTime.TimeOfDay), notes);
            await _workshopManagementAPI.FinishMaintenanceJob(dateStr, jobId.ToString("D"), cmd);
            return RedirectToAction("Index", new { planningDate = dateStr });
        }
    }
}
