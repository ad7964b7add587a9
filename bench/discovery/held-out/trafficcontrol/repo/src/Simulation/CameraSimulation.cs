using Northgate.GantryWatch.Simulation.Events;
using Northgate.GantryWatch.Simulation.Proxies;

namespace Northgate.GantryWatch.Simulation;

public class CameraSimulation
{
    private readonly ITollGateService _tollGateService;
    private readonly int _gantryNumber;
    private readonly int _minEntryDelayInMs;
    private readonly int _maxEntryDelayInMs;
    private readonly Random _rnd = new();

    private const int MinExitDelayInS = 4;
    private const int MaxExitDelayInS = 10;

    private static readonly string ValidLicenseNumberChars = "DFGHJKLNPRSTXYZ";

    public CameraSimulation(int gantryNumber, ITollGateService tollGateService, int minEntryDelayInMs, int maxEntryDelayInMs)
    {
        _gantryNumber = gantryNumber;
        _tollGateService = tollGateService;
        _minEntryDelayInMs = minEntryDelayInMs;
        _maxEntryDelayInMs = maxEntryDelayInMs;
    }

    public Task Start(CancellationToken cancellationToken)
    {
        Console.WriteLine($"Start gantry {_gantryNumber} simulation.");

        return Task.Run(async () =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    var entryDelay = TimeSpan.FromMilliseconds(_rnd.Next(_minEntryDelayInMs, _maxEntryDelayInMs) + _rnd.NextDouble());
                    await Task.Delay(entryDelay, cancellationToken);

                    _ = Task.Run(async () =>
                    {
                        var entryTimestamp = DateTime.Now;
                        var vehicle = new VehicleRegistered(_rnd.Next(1, 4), GenerateRandomLicenseNumber(), entryTimestamp);
                        await _tollGateService.SendVehicleEntryAsync(vehicle);
                        Console.WriteLine($"Simulated ENTRY of vehicle with plate {vehicle.LicenseNumber} in lane {vehicle.Lane}");

                        var exitDelay = TimeSpan.FromSeconds(_rnd.Next(MinExitDelayInS, MaxExitDelayInS) + _rnd.NextDouble());
                        await Task.Delay(exitDelay, cancellationToken);
                        vehicle = vehicle with { Timestamp = DateTime.Now, Lane = _rnd.Next(1, 4) };
                        await _tollGateService.SendVehicleExitAsync(vehicle);
                        Console.WriteLine($"Simulated EXIT of vehicle with plate {vehicle.LicenseNumber} in lane {vehicle.Lane}");
                    }, cancellationToken);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
                catch (Exception ex)
                {
                    Console.WriteLine($"Gantry {_gantryNumber} error: {ex.Message}");
                }
            }
        }, cancellationToken);
    }

    private string GenerateRandomLicenseNumber()
    {
        int type = _rnd.Next(1, 9);
        return type switch
        {
            1 => $"{RandomChars(2)}-{_rnd.Next(1, 99):00}-{_rnd.Next(1, 99):00}",
            2 => $"{_rnd.Next(1, 99):00}-{_rnd.Next(1, 99):00}-{RandomChars(2)}",
            3 => $"{_rnd.Next(1, 99):00}-{RandomChars(2)}-{_rnd.Next(1, 99):00}",
            4 => $"{RandomChars(2)}-{_rnd.Next(1, 99):00}-{RandomChars(2)}",
            5 => $"{RandomChars(2)}-{RandomChars(2)}-{_rnd.Next(1, 99):00}",
            6 => $"{_rnd.Next(1, 99):00}-{RandomChars(2)}-{RandomChars(2)}",
            7 => $"{_rnd.Next(1, 9)}-{RandomChars(3)}-{_rnd.Next(1, 99):00}",
            _ => $"{RandomChars(2)}-{_rnd.Next(1, 999):000}-{RandomChars(1)}",
        };
    }

    private string RandomChars(int count) =>
        new(Enumerable.Range(0, count).Select(_ => ValidLicenseNumberChars[_rnd.Next(ValidLicenseNumberChars.Length)]).ToArray());
}
