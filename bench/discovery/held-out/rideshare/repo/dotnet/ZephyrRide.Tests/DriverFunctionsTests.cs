using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Xunit;
using ZephyrRide.FunctionApp.Drivers;
using ZephyrRide.Shared.Models;
using ZephyrRide.Shared.Services;

namespace ZephyrRide.Tests
{
    public class DriverFunctionsTests
    {
        [Fact]
        public async Task GetDriver_NotFound_Returns404()
        {
            var persistence = new Mock<IPersistenceService>();
            persistence.Setup(p => p.RetrieveDriverAsync("NOPE")).ReturnsAsync((DriverItem)null);
            var functions = new DriverFunctions(persistence.Object, Mock.Of<IChangeNotifierService>());

            var result = await functions.GetDriver(new DefaultHttpContext().Request, "NOPE", NullLogger.Instance);

            Assert.IsType<NotFoundResult>(result);
        }

        [Fact]
        public async Task GetDrivers_ReturnsList()
        {
            var persistence = new Mock<IPersistenceService>();
            persistence.Setup(p => p.RetrieveDriversAsync(It.IsAny<int>()))
                .ReturnsAsync(new List<DriverItem> { new DriverItem { Code = "AA100" } });
            var functions = new DriverFunctions(persistence.Object, Mock.Of<IChangeNotifierService>());

            var result = await functions.GetDrivers(new DefaultHttpContext().Request, NullLogger.Instance);

            var ok = Assert.IsType<OkObjectResult>(result);
            Assert.Single((List<DriverItem>)ok.Value);
        }
    }
}
