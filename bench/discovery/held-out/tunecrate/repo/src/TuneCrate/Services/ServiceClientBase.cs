using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Steeltoe.Common.Discovery;

namespace TuneCrate.Services
{
    /// <summary>
    /// Base for the back-end clients. Requests are addressed to Eureka logical names
    /// (e.g. http://orderservice/...) and DiscoveryHttpClientHandler swaps in a registered instance.
    /// </summary>
    public abstract class ServiceClientBase
    {
        private readonly DiscoveryHttpClientHandler _handler;
        protected ILogger Logger { get; }

        protected ServiceClientBase(IDiscoveryClient discoveryClient, ILogger logger)
        {
            _handler = new DiscoveryHttpClientHandler(discoveryClient, logger);
            Logger = logger;
        }

        protected HttpClient CreateClient()
        {
            var client = new HttpClient(_handler, false);
            client.DefaultRequestHeaders.Add("Accept", "application/json");
            return client;
        }

        protected static string BuildUrl(string baseAddress, string apiRoot, params object[] segments)
        {
            var root = baseAddress.TrimEnd('/') + "/api/" + apiRoot.Trim('/');
            if (segments == null || segments.Length == 0)
            {
                return root;
            }
            return root + "/" + string.Join("/", segments.Select(s => Uri.EscapeDataString(s.ToString())));
        }

        protected async Task<T> GetAsync<T>(string url)
        {
            using (var client = CreateClient())
            {
                var response = await client.GetAsync(url);
                response.EnsureSuccessStatusCode();
                return JsonConvert.DeserializeObject<T>(await response.Content.ReadAsStringAsync());
            }
        }

        protected async Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string url, object body)
        {
            using (var client = CreateClient())
            {
                var request = new HttpRequestMessage(method, url);
                if (body != null)
                {
                    request.Content = new StringContent(JsonConvert.SerializeObject(body), Encoding.UTF8, "application/json");
                }
                return await client.SendAsync(request);
            }
        }
    }
}
