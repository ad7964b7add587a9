using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.DurableTask;
using Microsoft.Extensions.Logging;
using ZephyrRide.FunctionApp.Orchestrators.Services;
using ZephyrRide.Shared.Models;
using ZephyrRide.Shared.Services;

namespace ZephyrRide.FunctionApp.Orchestrators
{
    public class TripActivities
    {
        private readonly IPersistenceService _persistence;
        private readonly IChangeNotifierService _notifier;
        private readonly IDriversApiClient _drivers;
        private readonly IRouteService _routes;

        public TripActivities(
            IPersistenceService persistence,
            IChangeNotifierService notifier,
            IDriversApiClient drivers,
            IRouteService routes)
        {
            _persistence = persistence;
            _notifier = notifier;
            _drivers = drivers;
            _routes = routes;
        }

        [FunctionName("A_TM_RecordTripCreated")]
        public async Task<TripItem> RecordTripCreated([ActivityTrigger] TripItem trip, ILogger log)
        {
            trip = await _persistence.UpsertTripAsync(trip);
            await _notifier.TripEventAsync(TripEventTypes.TripCreated, trip);
            return trip;
        }

        [FunctionName("A_TM_NotifyAvailableDrivers")]
        public async Task<TripItem> NotifyAvailableDrivers([ActivityTrigger] TripItem trip, ILogger log)
        {
            var available = await _drivers.GetAvailableDriversAsync(10);
            log.LogInformation("Trip {Code}: {Count} drivers available", trip.Code, available.Count);

            trip.AvailableDrivers = available;
            trip = await _persistence.UpsertTripAsync(trip);
            await _notifier.TripEventAsync(TripEventTypes.TripDriversNotified, trip);
            return trip;
        }

        [FunctionName("A_TM_AssignTripDriver")]
        public async Task<TripItem> AssignTripDriver([ActivityTrigger] Tuple<TripItem, string> input, ILogger log)
        {
            var trip = input.Item1;
            var driver = trip.AvailableDrivers.FirstOrDefault(d => d.Code == input.Item2)
                         ?? await _drivers.GetDriverAsync(input.Item2);
            if (driver == null)
                throw new InvalidOperationException($"Driver {input.Item2} not found");

            trip.Driver = driver;
            trip.AcceptDate = DateTime.UtcNow;
            trip.AvailableDrivers.Clear();
            trip = await _persistence.UpsertTripAsync(trip);

            await _notifier.TripEventAsync(TripEventTypes.TripDriverPicked, trip);
            await _notifier.TripEventAsync(TripEventTypes.TripStarting, trip);
            return trip;
        }

        [FunctionName("A_TM_AbortTrip")]
        public async Task AbortTrip([ActivityTrigger] TripItem trip, ILogger log)
        {
            trip.IsAborted = true;
            trip.EndDate = DateTime.UtcNow;
            trip = await _persistence.UpsertTripAsync(trip);
            await _notifier.TripEventAsync(TripEventTypes.TripAborted, trip);
        }

        [FunctionName("A_TMon_CheckTrip")]
        public async Task<TripItem> CheckTrip([ActivityTrigger] TripItem trip, ILogger log)
        {
            var current = await _persistence.RetrieveTripAsync(trip.Code) ?? trip;
            current.MonitorIterations = trip.MonitorIterations + 1;
            current.Duration = (DateTime.UtcNow - current.StartDate).TotalSeconds;
            current = await _persistence.UpsertTripAsync(current);
            await _notifier.TripEventAsync(TripEventTypes.TripRunning, current);
            return current;
        }

        [FunctionName("A_TMon_CompleteTrip")]
        public async Task CompleteTrip([ActivityTrigger] TripItem trip, ILogger log)
        {
            trip.EndDate ??= DateTime.UtcNow;
            trip.Duration = (trip.EndDate.Value - trip.StartDate).TotalSeconds;
            trip = await _persistence.UpsertTripAsync(trip);
            await _notifier.TripEventAsync(TripEventTypes.TripCompleted, trip);
        }

        [FunctionName("A_TD_RetrieveRoute")]
        public async Task<TripDemoState> RetrieveRoute([ActivityTrigger] TripDemoState state, ILogger log)
        {
            state.RouteLocations = await _routes.GetRouteAsync(state.Source, state.Destination);
            // Azure Maps returns hundreds of points; keep every 10th for the demo
            state.RouteLocations = state.RouteLocations.Where((p, i) => i % 10 == 0).ToList();
            state.CurrentRouteIndex = 0;
            return state;
        }

        [FunctionName("A_TD_UpdateTripLocation")]
        public async Task<TripDemoState> UpdateTripLocation([ActivityTrigger] TripDemoState state, ILogger log)
        {
            var trip = await _persistence.RetrieveTripAsync(state.Code);
            if (trip?.Driver != null)
            {
                var point = state.RouteLocations[state.CurrentRouteIndex];
                var driver = await _persistence.UpdateDriverLocationAsync(new DriverLocationItem
                {
                    DriverCode = trip.Driver.Code,
                    Latitude = point.Latitude,
                    Longitude = point.Longitude
                });
                trip.Driver = driver;
                await _persistence.UpsertTripAsync(trip);
                await _notifier.TripEventAsync(TripEventTypes.TripRunning, trip);
            }

            state.CurrentRouteIndex++;
            if (state.CurrentRouteIndex >= state.RouteLocations.Count && trip != null)
            {
                trip.EndDate = DateTime.UtcNow;
                await _persistence.UpsertTripAsync(trip);
                await _notifier.TripEventAsync(TripEventTypes.TripCompleted, trip);
            }
            return state;
        }
    }
}
