using System.Globalization;
using System.Text;
using BlueHeron.Models;

namespace BlueHeron.ReceiptGenerationService;

public class ReceiptOptions
{
    public string BindingName { get; set; } = "heron.binding.receipt";
    public string Currency { get; set; } = "USD";
}

public class ReceiptFormatter
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public string FileName(OrderSummary order) =>
        $"{order.StoreId}/{order.OrderDate:yyyy/MM/dd}/{order.OrderId}.json";

    public string ToText(OrderSummary order)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Blue Heron Coffee");
        sb.AppendLine($"Store {order.StoreId}  {order.OrderDate:u}");
        sb.AppendLine($"Order {order.OrderId}");
        sb.AppendLine(new string('-', 32));
        foreach (var item in order.OrderItems)
        {
            sb.AppendLine($"{item.Quantity,2} x {item.ProductName,-18} {(item.UnitPrice * item.Quantity).ToString("C", Us),9}");
        }
        sb.AppendLine(new string('-', 32));
        sb.AppendLine($"TOTAL {order.OrderTotal.ToString("C", Us),26}");
        if (!string.IsNullOrEmpty(order.LoyaltyId))
        {
            sb.AppendLine($"Loyalty member {order.LoyaltyId}");
        }
        return sb.ToString();
    }
}
