using System;
using System.Collections.Generic;

namespace TuneCrate.Shared.Messaging
{
    public class OrderPlacedEvent
    {
        public int OrderId { get; set; }
        public string Username { get; set; }
        public string CartId { get; set; }
        public DateTime OrderDate { get; set; }
        public decimal Total { get; set; }
        public List<OrderPlacedLine> Lines { get; set; } = new List<OrderPlacedLine>();
    }

    public class OrderPlacedLine
    {
        public int AlbumId { get; set; }
        public int Quantity { get; set; }
        public decimal UnitPrice { get; set; }
    }
}
