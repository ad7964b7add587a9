using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Passengers.Services
{
    public interface IUserService
    {
        Task<(List<PassengerItem> Users, string NextLink)> GetUsersAsync(string filter = null, int top = 50);
        Task<PassengerItem> GetUserByIdAsync(string userId);
        Task UpdateUserAsync(PassengerItem passenger);
    }

    /// <summary>
    /// Passengers are Azure AD B2C users; profile data is read/written through Microsoft Graph.
    /// </summary>
    public class GraphUserService : IUserService
    {
        public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";
        private static readonly string[] Scopes = { "https://graph.microsoft.com/.default" };

        private readonly HttpClient _http;
        private readonly ClientSecretCredential _credential;

        public GraphUserService(HttpClient http, ClientSecretCredential credential)
        {
            _http = http;
            _credential = credential;
        }

        public async Task<(List<PassengerItem> Users, string NextLink)> GetUsersAsync(string filter = null, int top = 50)
        {
            var url = $"users?$top={top}&$select=id,givenName,surname,mail,mobilePhone,identities";
            if (!string.IsNullOrWhiteSpace(filter))
                url += "&$filter=" + WebUtility.UrlEncode(filter);

            var json = await SendAsync(HttpMethod.Get, url);
            var users = new List<PassengerItem>();
            foreach (var u in json["value"] ?? new JArray())
                users.Add(Map(u));

            return (users, (string)json["@odata.nextLink"]);
        }

        public async Task<PassengerItem> GetUserByIdAsync(string userId)
        {
            try
            {
                var json = await SendAsync(HttpMethod.Get, $"users/{userId}?$select=id,givenName,surname,mail,mobilePhone");
                return Map(json);
            }
            catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }

        public async Task UpdateUserAsync(PassengerItem passenger)
        {
            var patch = new JObject
            {
                ["givenName"] = passenger.FirstName,
                ["surname"] = passenger.LastName,
                ["mobilePhone"] = passenger.MobileNumber
            };
            await SendAsync(new HttpMethod("PATCH"), $"users/{passenger.Code}", patch);
        }

        private async Task<JObject> SendAsync(HttpMethod method, string relativeUrl, JObject body = null)
        {
            var token = await _credential.GetTokenAsync(new TokenRequestContext(Scopes), CancellationToken.None);
            using (var request = new HttpRequestMessage(method, relativeUrl))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
                if (body != null)
                    request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");

                var response = await _http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                var content = await response.Content.ReadAsStringAsync();
                return string.IsNullOrEmpty(content) ? new JObject() : JObject.Parse(content);
            }
        }

        private static PassengerItem Map(JToken u) => new PassengerItem
        {
            Id = (string)u["id"],
            Code = (string)u["id"],
            FirstName = (string)u["givenName"] ?? string.Empty,
            LastName = (string)u["surname"] ?? string.Empty,
            Email = (string)u["mail"] ?? string.Empty,
            MobileNumber = (string)u["mobilePhone"] ?? string.Empty
        };
    }
}
