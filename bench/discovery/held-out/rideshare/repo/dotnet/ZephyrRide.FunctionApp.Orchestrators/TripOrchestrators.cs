using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.DurableTask;
using Microsoft.Extensions.Logging;
using ZephyrRide.Shared.Helpers;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Orchestrators
{
    public static class TripOrchestrators
    {
        /// <summary>
        /// Trip manager: record the trip, notify available drivers, wait for one to accept
        /// (or time out / abort), then hand over to the trip monitor.
        /// </summary>
        [FunctionName(Constants.TripManagerOrchestrator)]
        public static async Task<object> ManageTrip(
            [OrchestrationTrigger] IDurableOrchestrationContext context,
            ILogger log)
        {
            log = context.CreateReplaySafeLogger(log);
            var trip = context.GetInput<TripItem>();

            trip = await context.CallActivityAsync<TripItem>("A_TM_RecordTripCreated", trip);
            trip = await context.CallActivityAsync<TripItem>("A_TM_NotifyAvailableDrivers", trip);

            var timeoutMinutes = int.TryParse(Environment.GetEnvironmentVariable("DriverAcceptTimeoutMinutes"), out var m) ? m : 5;
            using (var cts = new CancellationTokenSource())
            {
                var timeout = context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(timeoutMinutes), cts.Token);
                var acknowledged = context.WaitForExternalEvent<string>(Constants.TripDriverAcknowledgedEvent);
                var aborted = context.WaitForExternalEvent<string>(Constants.TripAbortedEvent);

                var winner = await Task.WhenAny(acknowledged, aborted, timeout);
                if (winner == acknowledged)
                {
                    cts.Cancel();
                    trip = await context.CallActivityAsync<TripItem>("A_TM_AssignTripDriver", new Tuple<TripItem, string>(trip, acknowledged.Result));
                    context.StartNewOrchestration(Constants.TripMonitorOrchestrator, trip, trip.Code + Constants.TripMonitorSuffix);
                    return new { trip.Code, status = "driver-assigned" };
                }

                if (winner == aborted)
                    cts.Cancel();

                trip.Error = winner == aborted ? aborted.Result : "No driver accepted the trip in time";
                await context.CallActivityAsync("A_TM_AbortTrip", trip);
                log.LogWarning("Trip {Code} aborted: {Reason}", trip.Code, trip.Error);
                return new { trip.Code, status = "aborted" };
            }
        }

        /// <summary>
        /// Trip monitor: eternal-ish loop, polls the trip until it completes or the iteration budget runs out.
        /// </summary>
        [FunctionName(Constants.TripMonitorOrchestrator)]
        public static async Task MonitorTrip(
            [OrchestrationTrigger] IDurableOrchestrationContext context,
            ILogger log)
        {
            var trip = context.GetInput<TripItem>();
            var interval = int.TryParse(Environment.GetEnvironmentVariable("TripMonitorIntervalInSeconds"), out var i) ? i : 10;
            var maxIterations = int.TryParse(Environment.GetEnvironmentVariable("TripMonitorMaxIterations"), out var n) ? n : 20;

            trip = await context.CallActivityAsync<TripItem>("A_TMon_CheckTrip", trip);

            if (trip.EndDate != null || trip.MonitorIterations >= maxIterations)
            {
                await context.CallActivityAsync("A_TMon_CompleteTrip", trip);
                return;
            }

            await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(interval), CancellationToken.None);
            context.ContinueAsNew(trip);
        }

        /// <summary>
        /// Demo trips move the driver along an Azure Maps route so the SPA map has something to show.
        /// </summary>
        [FunctionName(Constants.TripDemoOrchestrator)]
        public static async Task DemoTrip(
            [OrchestrationTrigger] IDurableOrchestrationContext context)
        {
            var state = context.GetInput<TripDemoState>();

            if (state.RouteLocations.Count == 0)
                state = await context.CallActivityAsync<TripDemoState>("A_TD_RetrieveRoute", state);

            if (state.CurrentRouteIndex >= state.RouteLocations.Count)
                return;

            state = await context.CallActivityAsync<TripDemoState>("A_TD_UpdateTripLocation", state);
            await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(5), CancellationToken.None);
            context.ContinueAsNew(state);
        }
    }
}
