using Kestrel.Skyparcel.Delivery.Models;
using Kestrel.Skyparcel.Delivery.Services;
using Microsoft.AspNetCore.Mvc;

namespace Kestrel.Skyparcel.Delivery.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class DeliveriesController : ControllerBase
    {
        private readonly IDeliveryRepository _deliveries;
        private readonly INotesRepository _notes;
        private readonly IDeliveryStatusPublisher _status;

        public DeliveriesController(IDeliveryRepository deliveries, INotesRepository notes, IDeliveryStatusPublisher status)
        {
            _deliveries = deliveries;
            _notes = notes;
            _status = status;
        }

        [HttpGet("{id}")]
        public async Task<IActionResult> Get(string id)
        {
            var delivery = await _deliveries.GetAsync(id);
            return delivery == null ? NotFound() : Ok(delivery);
        }

        [HttpGet("{id}/status")]
        public async Task<IActionResult> GetStatus(string id)
        {
            var delivery = await _deliveries.GetAsync(id);
            return delivery == null ? NotFound() : Ok(new { delivery.Stage, delivery.DroneId, delivery.Deadline });
        }

        // Called by workflow
        [HttpPut("{id}")]
        public async Task<IActionResult> Put(string id, [FromBody] InternalDelivery delivery)
        {
            delivery.Id = id;
            if (!await _deliveries.CreateAsync(delivery))
                return NoContent();
            await _status.PublishAsync(new DeliveryStatusEvent(id, "Created", delivery.DroneId, DateTimeOffset.UtcNow));
            return CreatedAtAction(nameof(Get), new { id }, delivery);
        }

        [HttpPut("{id}/confirmdelivery")]
        public async Task<IActionResult> Confirm(string id, [FromBody] DeliveryNote confirmation)
        {
            var delivery = await _deliveries.GetAsync(id);
            if (delivery == null) return NotFound();
            delivery.Stage = "Completed";
            await _deliveries.UpdateAsync(delivery);
            confirmation.DeliveryId = id;
            await _notes.AddAsync(confirmation);
            await _status.PublishAsync(new DeliveryStatusEvent(id, "Completed", delivery.DroneId, DateTimeOffset.UtcNow));
            await _deliveries.DeleteAsync(id);
            return Ok();
        }

        [HttpDelete("{id}")]
        public async Task<IActionResult> Cancel(string id)
        {
            var delivery = await _deliveries.GetAsync(id);
            if (delivery == null) return NotFound();
            await _status.PublishAsync(new DeliveryStatusEvent(id, "Cancelled", delivery.DroneId, DateTimeOffset.UtcNow));
            await _deliveries.DeleteAsync(id);
            return NoContent();
        }
    }
}
