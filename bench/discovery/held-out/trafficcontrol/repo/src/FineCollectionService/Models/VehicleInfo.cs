namespace Northgate.GantryWatch.FineCollectionService.Models;

public record struct VehicleInfo(string VehicleId, string Brand, string Model, string OwnerName, string OwnerEmail);
