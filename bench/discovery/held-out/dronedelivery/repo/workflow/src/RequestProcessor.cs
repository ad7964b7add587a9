using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Kestrel.Skyparcel.Workflow.Models;
using Kestrel.Skyparcel.Workflow.Services;
using Microsoft.Extensions.Logging;

namespace Kestrel.Skyparcel.Workflow
{
    public class RequestProcessor
    {
        private readonly IPackageServiceCaller _packages;
        private readonly IDroneSchedulerServiceCaller _drones;
        private readonly IDeliveryServiceCaller _deliveries;
        private readonly ILogger<RequestProcessor> _logger;

        public RequestProcessor(IPackageServiceCaller packages, IDroneSchedulerServiceCaller drones,
            IDeliveryServiceCaller deliveries, ILogger<RequestProcessor> logger)
        {
            _packages = packages;
            _drones = drones;
            _deliveries = deliveries;
            _logger = logger;
        }

        public async Task<bool> ProcessDeliveryRequestAsync(Delivery delivery, IReadOnlyDictionary<string, object> properties)
        {
            _logger.LogInformation("Processing delivery request {DeliveryId}", delivery.DeliveryId);
            try
            {
                var package = await _packages.UpsertPackageAsync(delivery.PackageInfo);
                if (package == null) return true; // bad data: complete, nothing to retry

                var droneId = await _drones.GetDroneIdAsync(delivery);
                await _deliveries.ScheduleDeliveryAsync(delivery, droneId);
                return true;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Error processing delivery request {DeliveryId}", delivery.DeliveryId);
                return false;
            }
        }
    }
}
