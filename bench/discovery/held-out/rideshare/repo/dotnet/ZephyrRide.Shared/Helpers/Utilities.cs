using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ZephyrRide.Shared.Helpers
{
    public static class Utilities
    {
        public static string GenerateTripCode()
        {
            return "T" + Guid.NewGuid().ToString("N").Substring(0, 8).ToUpperInvariant();
        }

        public static async Task<T> RetryAsync<T>(Func<Task<T>> action, ILogger log, int attempts = 3)
        {
            var delay = TimeSpan.FromMilliseconds(250);
            for (var i = 1; ; i++)
            {
                try
                {
                    return await action();
                }
                catch (HttpRequestException ex) when (i < attempts)
                {
                    log.LogWarning(ex, "Attempt {Attempt} failed, retrying in {Delay}", i, delay);
                    await Task.Delay(delay);
                    delay = delay * 2;
                }
            }
        }

        public static string TrimSlash(string url)
        {
            return string.IsNullOrEmpty(url) ? url : url.TrimEnd('/');
        }
    }
}
