using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kestrel.Skyparcel.Workflow;
using Kestrel.Skyparcel.Workflow.Models;
using Kestrel.Skyparcel.Workflow.Services;
using Microsoft.Extensions.Options;
using Moq;
using Moq.Protected;
using Xunit;

public class ServiceCallerTests
{
    private static HttpClient FakeClient(HttpStatusCode status, string body, out Mock<HttpMessageHandler> handler)
    {
        handler = new Mock<HttpMessageHandler>();
        handler.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .ReturnsAsync(new HttpResponseMessage(status) { Content = new StringContent(body) });
        return new HttpClient(handler.Object);
    }

    private static IOptions<ServiceUris> Uris() => Options.Create(new ServiceUris
    {
        PackageServiceUri = "http://package.test/api/packages/",
        DroneSchedulerServiceUri = "http://dronescheduler.test/api/",
        DeliveryServiceUri = "http://delivery.test/api/deliveries/"
    });

    [Fact]
    public async Task UpsertPackage_ReturnsPackage()
    {
        var caller = new PackageServiceCaller(FakeClient(HttpStatusCode.Created, "{\"id\":\"pkg-1\"}", out _), Uris());
        var result = await caller.UpsertPackageAsync(new PackageInfo { PackageId = "pkg-1" });
        Assert.Equal("pkg-1", result!.Id);
    }

    [Fact]
    public async Task ScheduleDelivery_Throws_OnServerError()
    {
        var caller = new DeliveryServiceCaller(FakeClient(HttpStatusCode.InternalServerError, "", out _), Uris());
        await Assert.ThrowsAsync<HttpRequestException>(() => caller.ScheduleDeliveryAsync(new Delivery { DeliveryId = "d1" }, "drone-7"));
    }

    [Fact]
    public async Task RequestProcessor_ReturnsFalse_WhenSchedulerFails()
    {
        var packages = new Mock<IPackageServiceCaller>();
        packages.Setup(p => p.UpsertPackageAsync(It.IsAny<PackageInfo>())).ReturnsAsync(new PackageGen { Id = "p" });
        var drones = new Mock<IDroneSchedulerServiceCaller>();
        drones.Setup(d => d.GetDroneIdAsync(It.IsAny<Delivery>())).ThrowsAsync(new HttpRequestException());
        var deliveries = new Mock<IDeliveryServiceCaller>();

        var processor = new RequestProcessor(packages.Object, drones.Object, deliveries.Object,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RequestProcessor>.Instance);

        Assert.False(await processor.ProcessDeliveryRequestAsync(new Delivery(), new System.Collections.Generic.Dictionary<string, object>()));
        deliveries.Verify(d => d.ScheduleDeliveryAsync(It.IsAny<Delivery>(), It.IsAny<string>()), Times.Never);
    }
}
