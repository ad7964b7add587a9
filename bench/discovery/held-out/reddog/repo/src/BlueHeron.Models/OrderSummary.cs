using System.Text.Json.Serialization;

namespace BlueHeron.Models;

/// <summary>
/// The event published on the "orders" topic and stored by make-line / accounting.
/// </summary>
public class OrderSummary
{
    [JsonPropertyName("orderId")]
    public Guid OrderId { get; set; }

    [JsonPropertyName("orderDate")]
    public DateTime OrderDate { get; set; }

    [JsonPropertyName("orderCompletedDate")]
    public DateTime? OrderCompletedDate { get; set; }

    [JsonPropertyName("storeId")]
    public string StoreId { get; set; } = string.Empty;

    [JsonPropertyName("firstName")]
    public string FirstName { get; set; } = string.Empty;

    [JsonPropertyName("lastName")]
    public string LastName { get; set; } = string.Empty;

    [JsonPropertyName("loyaltyId")]
    public string LoyaltyId { get; set; } = string.Empty;

    [JsonPropertyName("orderItems")]
    public List<OrderItemSummary> OrderItems { get; set; } = new();

    [JsonPropertyName("orderTotal")]
    public decimal OrderTotal { get; set; }
}

public class OrderItemSummary
{
    [JsonPropertyName("productId")]
    public int ProductId { get; set; }

    [JsonPropertyName("productName")]
    public string ProductName { get; set; } = string.Empty;

    [JsonPropertyName("quantity")]
    public int Quantity { get; set; }

    [JsonPropertyName("unitCost")]
    public decimal UnitCost { get; set; }

    [JsonPropertyName("unitPrice")]
    public decimal UnitPrice { get; set; }

    [JsonPropertyName("imageUrl")]
    public string ImageUrl { get; set; } = string.Empty;
}
