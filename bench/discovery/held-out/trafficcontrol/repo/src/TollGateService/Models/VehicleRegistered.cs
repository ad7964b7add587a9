namespace Northgate.GantryWatch.TollGateService.Models;

public record struct VehicleRegistered(int Lane, string LicenseNumber, DateTime Timestamp);
