namespace Northgate.GantryWatch.FineCollectionService.DomainServices;

/// <summary>
/// Fine schedule of the Northgate Tollways concession agreement (2024 edition).
/// A value of -1 means the case is handed over to the public prosecutor.
/// </summary>
public class TollwayFineCalculator : IFineCalculator
{
    private const string ExpectedLicenseKey = "NGTW-FC-2024-7F3A9C";

    public decimal CalculateFine(string licenseKey, int violationInKmh)
    {
        if (licenseKey != ExpectedLicenseKey)
        {
            throw new InvalidOperationException("Invalid or no fine calculator license key specified.");
        }

        decimal fine = 12.50m; // administration fee
        fine += violationInKmh switch
        {
            < 5 => 15m,
            >= 5 and < 10 => 40m,
            >= 10 and < 15 => 90m,
            >= 15 and < 20 => 165m,
            >= 20 and < 25 => 260m,
            >= 25 and < 30 => 370m,
            >= 30 and < 35 => 490m,
            _ => -1
        };

        return fine < 0 ? -1 : fine;
    }
}
