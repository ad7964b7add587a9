// Placeholder for the account service shown in the architecture diagram. Not implemented
// and not registered in Program.cs; kept so the planned contract is visible in review.
//
// namespace Kestrel.Skyparcel.Workflow.Services
// {
//     public class AccountServiceCaller : IAccountServiceCaller
//     {
//         private readonly HttpClient _http;
//         public AccountServiceCaller(HttpClient http, IOptions<ServiceUris> uris)
//         {
//             _http = http;
//             _http.BaseAddress = new Uri("http://account/api/accounts/");
//         }
//         public Task<bool> IsAccountActiveAsync(string ownerId) =>
//             _http.GetFromJsonAsync<bool>($"{ownerId}/active");
//     }
// }
