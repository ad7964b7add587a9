using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Moq;
using Northgate.GantryWatch.FineCollectionService.Models;
using Northgate.GantryWatch.FineCollectionService.Proxies;
using Xunit;

namespace Northgate.GantryWatch.FineCollectionService.Tests;

public class VehicleRegistrationServiceProxyTests
{
    [Fact]
    public async Task Uses_app_id_from_configuration()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["VehicleRegistration:AppId"] = "fake-registry" })
            .Build();
        var dapr = new Mock<DaprClient>();
        dapr.Setup(d => d.InvokeMethodAsync<VehicleInfo>(HttpMethod.Get, "fake-registry", "vehicleinfo/AB-12-CD", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VehicleInfo("AB-12-CD", "Volvo", "Estate", "Test Owner", "owner@test.local"));

        var sut = new VehicleRegistrationService(dapr.Object, config);
        var info = await sut.GetVehicleInfo("AB-12-CD");

        Assert.Equal("Volvo", info.Brand);
    }
}
