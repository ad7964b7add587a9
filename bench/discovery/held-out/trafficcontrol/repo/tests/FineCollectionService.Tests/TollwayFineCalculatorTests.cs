using Northgate.GantryWatch.FineCollectionService.DomainServices;
using Xunit;

namespace Northgate.GantryWatch.FineCollectionService.Tests;

public class TollwayFineCalculatorTests
{
    private const string Key = "NGTW-FC-2024-7F3A9C";
    private readonly TollwayFineCalculator _sut = new();

    [Theory]
    [InlineData(3, 27.50)]
    [InlineData(12, 102.50)]
    [InlineData(31, 502.50)]
    public void Calculates_fine_including_admin_fee(int kmh, decimal expected) =>
        Assert.Equal(expected, _sut.CalculateFine(Key, kmh));

    [Fact]
    public void Excessive_speed_goes_to_prosecutor() =>
        Assert.Equal(-1, _sut.CalculateFine(Key, 60));

    [Fact]
    public void Wrong_license_key_throws() =>
        Assert.Throws<InvalidOperationException>(() => _sut.CalculateFine("nope", 10));
}
