using System.Net;
using System.Text;
using Crosswind.WebBff.Controllers;
using Crosswind.WebBff.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Xunit;

namespace Crosswind.WebBff.Tests;

public class ProductsControllerTests
{
    private sealed class StubHandler : HttpMessageHandler
    {
        public List<Uri> Calls { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Calls.Add(request.RequestUri!);
            var body = request.RequestUri!.AbsolutePath.Contains("/stock/")
                ? "{\"productId\":1,\"productStock\":12}"
                : "{\"id\":1,\"name\":\"Trail Hammer\"}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json")
            });
        }
    }

    [Fact]
    public async Task ProductDetail_calls_products_and_stock()
    {
        var handler = new StubHandler();
        var factory = new Mock<IHttpClientFactory>();
        factory.Setup(f => f.CreateClient(It.IsAny<string>())).Returns(() => new HttpClient(handler));

        var settings = Options.Create(new Settings
        {
            ProductsApiUrl = "http://localhost:5010",
            StockApiUrl = "http://localhost:5011"
        });

        var controller = new ProductsController(factory.Object, settings, NullLogger<ProductsController>.Instance);
        var result = await controller.GetProductDetails(1);

        Assert.IsType<OkObjectResult>(result);
        Assert.Contains(handler.Calls, u => u.ToString() == "http://localhost:5010/v1/product/1");
        Assert.Contains(handler.Calls, u => u.ToString() == "http://localhost:5011/v1/stock/1");
    }
}
