using System.ComponentModel.DataAnnotations.Schema;

namespace Opbrew.Models;

[Table("products")]
public class Product
{
    [Column("id")] public int Id { get; set; }
    [Column("sku")] public string Sku { get; set; } = "";
    [Column("name")] public string Name { get; set; } = "";
    [Column("stock")] public int Stock { get; set; }
    [Column("selling_price")] public int SellingPrice { get; set; }
}
