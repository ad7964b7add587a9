using Gearbox.UITests.Pages;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Gearbox.UITests
{
    [Trait("Category", "UI")]
    public class CustomerManagementTests
    {
        private readonly string _startUrl;

        public CustomerManagementTests()
        {
            var config = new ConfigurationBuilder().AddJsonFile("testsettings.json").AddEnvironmentVariables().Build();
            _startUrl = config["StartUrl"] ?? "http://localhost:7005";
        }

        [Fact(Skip = "Requires the docker-compose environment to be running")]
        public void Register_Customer_Shows_In_List()
        {
            using var app = new GearboxApp(_startUrl, headless: true).Start();
            string name = $"UI test {DateTime.Now:HHmmss}";
            app.RegisterCustomer(name, "ui-test@gearboxgarage.example");
            Assert.True(app.CustomerListContains(name));
        }
    }
}
