using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Steeltoe.Common.Discovery;
using TuneCrate.Models;

namespace TuneCrate.Services
{
    public interface IRecommendationsClient
    {
        Task<List<Album>> GetForUserAsync(string username);
    }

    /// <summary>
    /// Experimental "you might also like" strip. Guarded by tunecrate:features:recommendations;
    /// the recommendation service is not part of the default deployment.
    /// </summary>
    public class RecommendationsClient : ServiceClientBase, IRecommendationsClient
    {
        private readonly IOptionsMonitor<TuneCrateOptions> _options;

        public RecommendationsClient(IDiscoveryClient discoveryClient, IOptionsMonitor<TuneCrateOptions> options,
            ILogger<RecommendationsClient> logger)
            : base(discoveryClient, logger)
        {
            _options = options;
        }

        public async Task<List<Album>> GetForUserAsync(string username)
        {
            var opts = _options.CurrentValue;
            if (!opts.Features.Recommendations || string.IsNullOrEmpty(opts.Services.Recommendations))
            {
                return new List<Album>();
            }
            return await GetAsync<List<Album>>(BuildUrl(opts.Services.Recommendations, "Recommendations", username));
        }
    }
}
