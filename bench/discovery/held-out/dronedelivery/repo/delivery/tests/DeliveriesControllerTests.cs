using Kestrel.Skyparcel.Delivery.Controllers;
using Kestrel.Skyparcel.Delivery.Models;
using Kestrel.Skyparcel.Delivery.Services;
using Microsoft.AspNetCore.Mvc;
using Xunit;

public class DeliveriesControllerTests
{
    private class InMemoryDeliveries : IDeliveryRepository
    {
        public readonly Dictionary<string, InternalDelivery> Items = new();
        public Task<InternalDelivery?> GetAsync(string id) => Task.FromResult(Items.TryGetValue(id, out var d) ? d : null);
        public Task<bool> CreateAsync(InternalDelivery d) => Task.FromResult(Items.TryAdd(d.Id, d));
        public Task UpdateAsync(InternalDelivery d) { Items[d.Id] = d; return Task.CompletedTask; }
        public Task DeleteAsync(string id) { Items.Remove(id); return Task.CompletedTask; }
    }

    private class FakeNotes : INotesRepository
    {
        public readonly List<DeliveryNote> Notes = new();
        public Task AddAsync(DeliveryNote note) { Notes.Add(note); return Task.CompletedTask; }
        public Task<IReadOnlyList<DeliveryNote>> ForDeliveryAsync(string id) =>
            Task.FromResult<IReadOnlyList<DeliveryNote>>(Notes.Where(n => n.DeliveryId == id).ToList());
    }

    private class RecordingPublisher : IDeliveryStatusPublisher
    {
        public readonly List<DeliveryStatusEvent> Events = new();
        public Task PublishAsync(DeliveryStatusEvent e) { Events.Add(e); return Task.CompletedTask; }
    }

    [Fact]
    public async Task Put_CreatesDelivery_AndPublishesCreatedEvent()
    {
        var repo = new InMemoryDeliveries();
        var publisher = new RecordingPublisher();
        var controller = new DeliveriesController(repo, new FakeNotes(), publisher);

        var result = await controller.Put("d-1", new InternalDelivery { DroneId = "kestrel-1" });

        Assert.IsType<CreatedAtActionResult>(result);
        Assert.Single(publisher.Events);
        Assert.Equal("Created", publisher.Events[0].Stage);
    }
}
