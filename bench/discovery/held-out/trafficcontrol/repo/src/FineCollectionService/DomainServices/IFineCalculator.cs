namespace Northgate.GantryWatch.FineCollectionService.DomainServices;

public interface IFineCalculator
{
    decimal CalculateFine(string licenseKey, int violationInKmh);
}
