using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;
using ZephyrRide.FunctionApp.Orchestrators.Services;

namespace ZephyrRide.Tests
{
    public class DriversApiClientTests
    {
        [Fact]
        public async Task GetAvailableDrivers_ParsesList()
        {
            var handler = new StubHttpMessageHandler(HttpStatusCode.OK,
                "[{\"code\":\"AA100\",\"firstName\":\"Ada\",\"isAcceptingRides\":true}]");
            var client = new DriversApiClient(new HttpClient(handler) { BaseAddress = new Uri("http://localhost:7071/") });

            var drivers = await client.GetAvailableDriversAsync(5);

            Assert.Single(drivers);
            Assert.Equal("AA100", drivers[0].Code);
            Assert.Equal("/api/drivers/available", handler.Requests.Single().RequestUri.AbsolutePath);
        }

        [Fact]
        public async Task GetDriver_ReturnsNullOn404()
        {
            var handler = new StubHttpMessageHandler(HttpStatusCode.NotFound);
            var client = new DriversApiClient(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:7071/") });

            Assert.Null(await client.GetDriverAsync("ZZ999"));
        }
    }
}
