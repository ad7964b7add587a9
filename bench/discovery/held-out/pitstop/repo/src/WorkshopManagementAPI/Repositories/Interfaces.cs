using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementAPI.Domain;

namespace Gearbox.WorkshopManagementAPI.Repositories
{
    public interface IWorkshopPlanningRepository
    {
        void EnsureDatabase();
        Task<WorkshopPlanning> GetWorkshopPlanningAsync(DateTime date);
        Task SaveWorkshopPlanningAsync(string planningId, int originalVersion, int newVersion, IEnumerable<Event> newEvents);
    }

    public interface IVehicleRepository
    {
        Task<IEnumerable<Vehicle>> GetVehiclesAsync();
        Task<Vehicle> GetVehicleAsync(string licenseNumber);
    }

    public interface ICustomerRepository
    {
        Task<IEnumerable<Customer>> GetCustomersAsync();
        Task<Customer> GetCustomerAsync(string customerId);
    }

    public class ConcurrencyException : Exception
    {
        public ConcurrencyException() : base("The aggregate was changed by someone else.") { }
    }
}
