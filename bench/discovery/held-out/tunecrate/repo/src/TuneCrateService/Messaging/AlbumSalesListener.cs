using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using TuneCrate.Shared.Messaging;
using TuneCrateService.Models;

namespace TuneCrateService.Messaging
{
    /// <summary>
    /// Keeps Album.UnitsSold current so that /api/Store/albums/top reflects real sales.
    /// </summary>
    public class AlbumSalesListener : RabbitConsumerBase<OrderPlacedEvent>
    {
        private readonly IServiceScopeFactory _scopes;
        private readonly CatalogOptions _options;

        public AlbumSalesListener(ConnectionFactory factory, IServiceScopeFactory scopes,
            IOptions<CatalogOptions> options, ILogger<AlbumSalesListener> logger)
            : base(factory, logger)
        {
            _scopes = scopes;
            _options = options.Value;
        }

        protected override string QueueName => _options.SalesQueue;

        protected override async Task HandleAsync(OrderPlacedEvent message, CancellationToken token)
        {
            using (var scope = _scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TuneCrateContext>();
                var ids = message.Lines.Select(l => l.AlbumId).ToList();
                var albums = await db.Albums.Where(a => ids.Contains(a.AlbumId)).ToListAsync(token);
                foreach (var line in message.Lines)
                {
                    var album = albums.FirstOrDefault(a => a.AlbumId == line.AlbumId);
                    if (album != null)
                    {
                        album.UnitsSold += line.Quantity;
                    }
                }
                await db.SaveChangesAsync(token);
                Logger.LogDebug("Recorded sales for order {OrderId}", message.OrderId);
            }
        }
    }
}
