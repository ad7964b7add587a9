using Gearbox.WebApp.Models;
using Refit;

namespace Gearbox.WebApp.RESTClients
{
    public interface IWorkshopManagementAPI
    {
        [Get("/workshopplanning/{planningDate}")]
        Task<List<MaintenanceJob>> GetWorkshopPlanning(string planningDate);

        [Get("/workshopplanning/{planningDate}/jobs/{jobId}")]
        Task<MaintenanceJob> GetMaintenanceJob(string planningDate, string jobId);

        [Post("/workshopplanning/{planningDate}/jobs")]
        Task PlanMaintenanceJob(string planningDate, PlanMaintenanceJob cmd);

        [Put("/workshopplanning/{planningDate}/jobs/{jobId}/finish")]
        Task FinishMaintenanceJob(string planningDate, string jobId, FinishMaintenanceJob cmd);

        [Get("/refdata/customers")]
        Task<List<Customer>> GetCustomers();

        [Get("/refdata/customers/{id}")]
        Task<Customer> GetCustomerById([AliasAs("id")] string customerId);

        [Get("/refdata/vehicles")]
        Task<List<Vehicle>> GetVehicles();

        [Get("/refdata/vehicles/{id}")]
        Task<Vehicle> GetVehicleByLicenseNumber([AliasAs("id")] string licenseNumber);
    }
}
