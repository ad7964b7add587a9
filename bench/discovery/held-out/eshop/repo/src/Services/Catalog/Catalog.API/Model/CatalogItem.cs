namespace Northwind.Services.Catalog.API.Model;

public class CatalogItem
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    public decimal Price { get; set; }
    public string PictureFileName { get; set; }
    public int CatalogTypeId { get; set; }
    public int CatalogBrandId { get; set; }
    public int AvailableStock { get; set; }
    public int RestockThreshold { get; set; }
    public int MaxStockThreshold { get; set; }
    public bool OnReorder { get; set; }

    public int RemoveStock(int quantityDesired)
    {
        if (AvailableStock == 0)
        {
            throw new InvalidOperationException($"Empty stock, product item {Name} is sold out");
        }
        if (quantityDesired <= 0)
        {
            throw new InvalidOperationException("Item units desired should be greater than zero");
        }
        int removed = Math.Min(quantityDesired, AvailableStock);
        AvailableStock -= removed;
        return removed;
    }
}
