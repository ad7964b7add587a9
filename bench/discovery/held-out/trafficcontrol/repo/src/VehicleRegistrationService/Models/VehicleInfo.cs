namespace Northgate.GantryWatch.VehicleRegistrationService.Models;

public record struct VehicleInfo(string VehicleId, string Brand, string Model, string OwnerName, string OwnerEmail);
