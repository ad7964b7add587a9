using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.Shared.Services
{
    /// <summary>
    /// Cosmos DB (SQL API) persistence. One CosmosClient per function app instance.
    /// Drivers and trips live in separate containers of the RideShare database.
    /// </summary>
    public class CosmosPersistenceService : IPersistenceService
    {
        private static readonly object ClientLock = new object();
        private static CosmosClient _client;

        private readonly ISettingService _settings;
        private readonly ILogger<CosmosPersistenceService> _log;

        public CosmosPersistenceService(ISettingService settings, ILogger<CosmosPersistenceService> log)
        {
            _settings = settings;
            _log = log;
        }

        private CosmosClient Client
        {
            get
            {
                if (_client != null) return _client;
                lock (ClientLock)
                {
                    if (_client == null)
                    {
                        _client = new CosmosClient(
                            _settings.GetCosmosDbEndpoint(),
                            _settings.GetCosmosDbKey(),
                            new CosmosClientOptions
                            {
                                ApplicationName = "zephyrride",
                                ConnectionMode = ConnectionMode.Direct,
                                SerializerOptions = new CosmosSerializationOptions
                                {
                                    PropertyNamingPolicy = CosmosPropertyNamingPolicy.CamelCase
                                }
                            });
                    }
                }
                return _client;
            }
        }

        private Container Drivers => Client.GetContainer(_settings.GetCosmosDbDatabaseName(), _settings.GetCosmosDbDriversContainer());
        private Container Trips => Client.GetContainer(_settings.GetCosmosDbDatabaseName(), _settings.GetCosmosDbTripsContainer());

        // ---------------- Drivers ----------------

        public async Task<DriverItem> RetrieveDriverAsync(string code)
        {
            try
            {
                var response = await Drivers.ReadItemAsync<DriverItem>(code.ToUpperInvariant(), new PartitionKey(code.ToUpperInvariant()));
                return response.Resource;
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }

        public Task<List<DriverItem>> RetrieveDriversAsync(int max = 100)
        {
            var query = new QueryDefinition("SELECT TOP @max * FROM c ORDER BY c.upsertDate DESC")
                .WithParameter("@max", max);
            return QueryAsync<DriverItem>(Drivers, query);
        }

        public Task<List<DriverItem>> RetrieveDriversAcceptingRidesAsync(int max = 20)
        {
            var query = new QueryDefinition("SELECT TOP @max * FROM c WHERE c.isAcceptingRides = true")
                .WithParameter("@max", max);
            return QueryAsync<DriverItem>(Drivers, query);
        }

        public async Task<DriverItem> UpsertDriverAsync(DriverItem driver, bool isIgnoreChangeFeed = false)
        {
            if (string.IsNullOrEmpty(driver.Code))
                throw new ArgumentException("Driver code is required");

            driver.Code = driver.Code.ToUpperInvariant();
            driver.Id = driver.Code;
            driver.UpsertDate = DateTime.UtcNow;

            var response = await Drivers.UpsertItemAsync(driver, new PartitionKey(driver.Code));
            _log.LogInformation("Upserted driver {Code} ({RU} RU)", driver.Code, response.RequestCharge);
            return response.Resource;
        }

        public async Task<DriverItem> UpdateDriverLocationAsync(DriverLocationItem location)
        {
            var driver = await RetrieveDriverAsync(location.DriverCode);
            if (driver == null)
                throw new KeyNotFoundException($"Driver {location.DriverCode} not found");

            driver.Latitude = location.Latitude;
            driver.Longitude = location.Longitude;
            return await UpsertDriverAsync(driver);
        }

        public async Task DeleteDriverAsync(string code)
        {
            await Drivers.DeleteItemAsync<DriverItem>(code.ToUpperInvariant(), new PartitionKey(code.ToUpperInvariant()));
        }

        // ---------------- Trips ----------------

        public async Task<TripItem> RetrieveTripAsync(string code)
        {
            try
            {
                var response = await Trips.ReadItemAsync<TripItem>(code.ToUpperInvariant(), new PartitionKey(code.ToUpperInvariant()));
                return response.Resource;
            }
            catch (CosmosException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }

        public Task<List<TripItem>> RetrieveTripsAsync(int max = 100)
        {
            var query = new QueryDefinition("SELECT TOP @max * FROM c ORDER BY c.startDate DESC")
                .WithParameter("@max", max);
            return QueryAsync<TripItem>(Trips, query);
        }

        public Task<List<TripItem>> RetrieveActiveTripsAsync(int max = 50)
        {
            var query = new QueryDefinition("SELECT TOP @max * FROM c WHERE NOT IS_DEFINED(c.endDate) OR IS_NULL(c.endDate)")
                .WithParameter("@max", max);
            return QueryAsync<TripItem>(Trips, query);
        }

        public async Task<TripItem> UpsertTripAsync(TripItem trip, bool isIgnoreChangeFeed = false)
        {
            if (string.IsNullOrEmpty(trip.Code))
                trip.Code = Helpers.Utilities.GenerateTripCode();

            trip.Code = trip.Code.ToUpperInvariant();
            trip.Id = trip.Code;
            trip.PassengerCode = trip.Passenger?.Code ?? trip.PassengerCode;
            trip.UpsertDate = DateTime.UtcNow;

            var response = await Trips.UpsertItemAsync(trip, new PartitionKey(trip.Code));
            _log.LogInformation("Upserted trip {Code} ({RU} RU)", trip.Code, response.RequestCharge);
            return response.Resource;
        }

        public async Task DeleteTripAsync(string code)
        {
            await Trips.DeleteItemAsync<TripItem>(code.ToUpperInvariant(), new PartitionKey(code.ToUpperInvariant()));
        }

        private static async Task<List<T>> QueryAsync<T>(Container container, QueryDefinition query)
        {
            var results = new List<T>();
            using (var iterator = container.GetItemQueryIterator<T>(query))
            {
                while (iterator.HasMoreResults)
                {
                    var page = await iterator.ReadNextAsync();
                    results.AddRange(page.ToList());
                }
            }
            return results;
        }
    }
}
