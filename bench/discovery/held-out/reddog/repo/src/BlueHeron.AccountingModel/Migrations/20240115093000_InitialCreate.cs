using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlueHeron.AccountingModel.Migrations
{
    public partial class InitialCreate : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    LoyaltyId = table.Column<string>(maxLength: 36, nullable: false),
                    FirstName = table.Column<string>(maxLength: 50, nullable: false),
                    LastName = table.Column<string>(maxLength: 50, nullable: false)
                },
                constraints: table => table.PrimaryKey("PK_Customers", x => x.LoyaltyId));

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(nullable: false),
                    StoreId = table.Column<string>(maxLength: 54, nullable: false),
                    PlacedDate = table.Column<DateTime>(nullable: false),
                    CompletedDate = table.Column<DateTime>(nullable: true),
                    CustomerLoyaltyId = table.Column<string>(maxLength: 36, nullable: true),
                    OrderTotal = table.Column<decimal>(type: "decimal(18,2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.OrderId);
                    table.ForeignKey("FK_Orders_Customers_CustomerLoyaltyId", x => x.CustomerLoyaltyId,
                        "Customers", "LoyaltyId");
                });

            migrationBuilder.CreateTable(
                name: "OrderItems",
                columns: table => new
                {
                    OrderItemId = table.Column<int>(nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrderId = table.Column<Guid>(nullable: false),
                    ProductId = table.Column<int>(nullable: false),
                    ProductName = table.Column<string>(nullable: false),
                    Quantity = table.Column<int>(nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,2)", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderItems", x => x.OrderItemId);
                    table.ForeignKey("FK_OrderItems_Orders_OrderId", x => x.OrderId, "Orders", "OrderId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex("IX_Orders_StoreId_PlacedDate", "Orders", new[] { "StoreId", "PlacedDate" });
            migrationBuilder.CreateIndex("IX_OrderItems_OrderId", "OrderItems", "OrderId");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable("OrderItems");
            migrationBuilder.DropTable("Orders");
            migrationBuilder.DropTable("Customers");
        }
    }
}
