namespace Northgate.GantryWatch.TollGateService.DomainServices;

public interface ISpeedingViolationCalculator
{
    int DetermineSpeedingViolationInKmh(DateTime entryTimestamp, DateTime exitTimestamp);
    string GetRoadId();
}
