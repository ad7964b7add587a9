using System.Collections.Generic;
using System.Threading.Tasks;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.Shared.Services
{
    public interface IPersistenceService
    {
        Task<DriverItem> RetrieveDriverAsync(string code);
        Task<List<DriverItem>> RetrieveDriversAsync(int max = 100);
        Task<List<DriverItem>> RetrieveDriversAcceptingRidesAsync(int max = 20);
        Task<DriverItem> UpsertDriverAsync(DriverItem driver, bool isIgnoreChangeFeed = false);
        Task<DriverItem> UpdateDriverLocationAsync(DriverLocationItem location);
        Task DeleteDriverAsync(string code);

        Task<TripItem> RetrieveTripAsync(string code);
        Task<List<TripItem>> RetrieveTripsAsync(int max = 100);
        Task<List<TripItem>> RetrieveActiveTripsAsync(int max = 50);
        Task<TripItem> UpsertTripAsync(TripItem trip, bool isIgnoreChangeFeed = false);
        Task DeleteTripAsync(string code);
    }
}
