using Azure.Storage.Queues;
using Vaultkeep.Core.Models.Data;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;

namespace Vaultkeep.Core.Services;

public class AzureQueueEventWriteService : AzureQueueService<IEvent>, IEventWriteService
{
    public AzureQueueEventWriteService(GlobalSettings globalSettings) : base(
        new QueueClient(globalSettings.Events.ConnectionString, Constants.DefaultQueueName),
        JsonHelpers.IgnoreWritingNull)
    { }

    public Task CreateAsync(IEvent e) => CreateManyAsync(new[] { e });
}
