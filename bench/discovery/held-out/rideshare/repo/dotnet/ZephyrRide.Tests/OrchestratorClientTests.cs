using System;
using System.Collections.Generic;
using System.Threading;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using ZephyrRide.FunctionApp.Trips.Services;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.Tests
{
    public class OrchestratorClientTests
    {
        private const string LocalOrchestrators = "http://localhost:7074/";

        [Fact]
        public async Task StartTripManager_PostsToTripManagersRoute()
        {
            var handler = new StubHttpMessageHandler(HttpStatusCode.OK, "T1234-manager");
            var client = new OrchestratorClient(
                new HttpClient(handler) { BaseAddress = new Uri(LocalOrchestrators) },
                NullLogger<OrchestratorClient>.Instance);

            var id = await client.StartTripManagerAsync(new TripItem { Code = "T1234" });

            Assert.Equal("T1234-manager", id);
            var request = handler.Requests.Single();
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("http://localhost:7074/api/tripmanagers", request.RequestUri.ToString());
        }

        [Fact]
        public async Task AbortTrip_ThrowsOnServerError()
        {
            var handler = new StubHttpMessageHandler(HttpStatusCode.InternalServerError);
            var client = new OrchestratorClient(
                new HttpClient(handler) { BaseAddress = new Uri(LocalOrchestrators) },
                NullLogger<OrchestratorClient>.Instance);

            await Assert.ThrowsAsync<HttpRequestException>(() => client.AbortTripAsync("T1"));
        }
    }

    internal class StubHttpMessageHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _responder;

        public List<HttpRequestMessage> Requests { get; } = new List<HttpRequestMessage>();

        public StubHttpMessageHandler(Func<HttpRequestMessage, HttpResponseMessage> responder)
        {
            _responder = responder;
        }

        public StubHttpMessageHandler(HttpStatusCode status, string body = "")
            : this(_ => new HttpResponseMessage(status) { Content = new StringContent(body) })
        {
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(_responder(request));
        }
    }
}
