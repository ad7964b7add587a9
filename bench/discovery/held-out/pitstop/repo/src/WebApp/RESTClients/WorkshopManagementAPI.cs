using System.Net;
using Gearbox.WebApp.Models;
using Refit;

namespace Gearbox.WebApp.RESTClients
{
    public class WorkshopManagementAPI : IWorkshopManagementAPI
    {
        private readonly IWorkshopManagementAPI _restClient;

        public WorkshopManagementAPI(IConfiguration config, HttpClient httpClient)
        {
            string apiHostAndPort = config.GetSection("APIServiceLocations").GetValue<string>("WorkshopManagementAPI");
            httpClient.BaseAddress = new Uri($"http://{apiHostAndPort}/api");
            _restClient = RestService.For<IWorkshopManagementAPI>(httpClient);
        }

        public async Task<List<MaintenanceJob>> GetWorkshopPlanning(string planningDate)
        {
            try
            {
                return await _restClient.GetWorkshopPlanning(planningDate);
            }
            catch (ApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return new List<MaintenanceJob>();
            }
        }

        public Task<MaintenanceJob> GetMaintenanceJob(string planningDate, string jobId) =>
            _restClient.GetMaintenanceJob(planningDate, jobId);

        public Task PlanMaintenanceJob(string planningDate, PlanMaintenanceJob cmd) =>
            _restClient.PlanMaintenanceJob(planningDate, cmd);

        public Task FinishMaintenanceJob(string planningDate, string jobId, FinishMaintenanceJob cmd) =>
            _restClient.FinishMaintenanceJob(planningDate, jobId, cmd);

        public Task<List<Customer>> GetCustomers() => _restClient.GetCustomers();

        public Task<Customer> GetCustomerById([AliasAs("id")] string customerId) => _restClient.GetCustomerById(customerId);

        public Task<List<Vehicle>> GetVehicles() => _restClient.GetVehicles();

        public Task<Vehicle> GetVehicleByLicenseNumber([AliasAs("id")] string licenseNumber) =>
            _restClient.GetVehicleByLicenseNumber(licenseNumber);
    }
}
