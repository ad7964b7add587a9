using Northgate.GantryWatch.VehicleRegistrationService.Models;

namespace Northgate.GantryWatch.VehicleRegistrationService.Repositories;

/// <summary>
/// Stand-in for the national vehicle register. Generates deterministic fake data per plate.
/// </summary>
public class InMemoryVehicleInfoRepository : IVehicleInfoRepository
{
    private static readonly string[] Brands = ["Volvo", "Skoda", "Peugeot", "Toyota", "Kia", "Renault", "Tesla", "Ford"];
    private static readonly string[] Models = ["Estate", "Hatchback", "Saloon", "SUV", "Coupe", "Van"];
    private static readonly string[] FirstNames = ["Anouk", "Bram", "Chloe", "Daan", "Eva", "Finn", "Isa", "Lars", "Mila", "Sem"];
    private static readonly string[] LastNames = ["Bakker", "de Wit", "Jansen", "Kok", "Meijer", "Smit", "Visser", "Vos"];

    public VehicleInfo GetVehicleInfo(string licenseNumber)
    {
        var rnd = new Random(licenseNumber.GetHashCode());
        var first = FirstNames[rnd.Next(FirstNames.Length)];
        var last = LastNames[rnd.Next(LastNames.Length)];
        var email = $"{first}.{last.Replace(" ", string.Empty)}@mail.example".ToLowerInvariant();
        return new VehicleInfo(
            licenseNumber,
            Brands[rnd.Next(Brands.Length)],
            Models[rnd.Next(Models.Length)],
            $"{first} {last}",
            email);
    }
}
