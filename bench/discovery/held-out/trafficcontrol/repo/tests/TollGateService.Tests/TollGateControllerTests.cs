using Dapr.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Northgate.GantryWatch.TollGateService.Controllers;
using Northgate.GantryWatch.TollGateService.DomainServices;
using Northgate.GantryWatch.TollGateService.Models;
using Xunit;

namespace Northgate.GantryWatch.TollGateService.Tests;

public class TollGateControllerTests
{
    private readonly FakeVehicleStateRepository _repo = new();
    private readonly Mock<DaprClient> _dapr = new();
    private readonly TollGateController _sut;

    public TollGateControllerTests()
    {
        var calculator = new DefaultSpeedingViolationCalculator("N7-Test", 10, 100, 5);
        _sut = new TollGateController(NullLogger<TollGateController>.Instance, _repo, calculator);
    }

    [Fact]
    public async Task Entry_stores_vehicle_state()
    {
        var ts = new DateTime(2024, 5, 1, 10, 0, 0);
        await _sut.VehicleEntryAsync(new VehicleRegistered(1, "KL-12-DF", ts));

        Assert.Equal(ts, _repo.Store["KL-12-DF"].EntryTimestamp);
    }

    [Fact]
    public async Task Exit_without_entry_returns_not_found()
    {
        var result = await _sut.VehicleExitAsync(new VehicleRegistered(2, "ZZ-99-ZZ", DateTime.Now), _dapr.Object);
        Assert.IsType<NotFoundResult>(result);
    }

    [Fact]
    public async Task Fast_vehicle_publishes_speeding_violation()
    {
        var entry = new DateTime(2024, 5, 1, 10, 0, 0);
        _repo.Store["GH-001-X"] = new VehicleState("GH-001-X", entry);

        await _sut.VehicleExitAsync(new VehicleRegistered(1, "GH-001-X", entry.AddSeconds(4)), _dapr.Object);

        _dapr.Verify(d => d.PublishEventAsync("pubsub", "speedingviolations",
            It.IsAny<SpeedingViolation>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
