namespace TideMart.Shared.Contracts;

public record CartLine(Guid ProductId, string ProductName, decimal Price, int Quantity);

public record CartCheckedOut(Guid CartId, Guid UserId, IReadOnlyList<CartLine> Lines, decimal Total, DateTime CheckedOutAt);

public record OrderPlaced(Guid OrderId, Guid CartId, Guid UserId, IReadOnlyList<CartLine> Lines, DateTime PlacedAt);

public record ProductDto(Guid Id, string Name, string Description, decimal Price, string ImageUrl, int Available = 0);

public record InventoryDto(Guid ProductId, Guid StoreId, string Location, int Available);
