using Gearbox.WebApp.Controllers;
using Gearbox.WebApp.Models;
using Gearbox.WebApp.RESTClients;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Xunit;

namespace Gearbox.UnitTests.WebApp
{
    public class CustomerManagementControllerTests
    {
        [Fact]
        public async Task Index_Shows_All_Customers()
        {
            // the API is faked - no HTTP calls to customermanagementapi are made
            var api = new Mock<ICustomerManagementAPI>();
            api.Setup(a => a.GetCustomers()).ReturnsAsync(new List<Customer>
            {
                new() { CustomerId = "1", Name = "Jane Doe" },
                new() { CustomerId = "2", Name = "John Roe" }
            });
            var sut = new CustomerManagementController(api.Object);

            var result = await sut.Index();

            var view = Assert.IsType<ViewResult>(result);
            var model = Assert.IsAssignableFrom<IEnumerable<Customer>>(view.Model);
            Assert.Equal(2, model.Count());
        }

        [Fact]
        public async Task Details_Of_Unknown_Customer_Returns_NotFound()
        {
            var api = new Mock<ICustomerManagementAPI>();
            api.Setup(a => a.GetCustomerById(It.IsAny<string>())).ReturnsAsync((Customer)null);
            var sut = new CustomerManagementController(api.Object);

            var result = await sut.Details("does-not-exist");

            Assert.IsType<NotFoundResult>(result);
        }
    }
}
