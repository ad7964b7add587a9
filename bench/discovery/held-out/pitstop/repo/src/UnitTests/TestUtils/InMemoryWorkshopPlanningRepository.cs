using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementAPI.Domain;
using Gearbox.WorkshopManagementAPI.Repositories;

namespace Gearbox.UnitTests.TestUtils
{
    public class InMemoryWorkshopPlanningRepository : IWorkshopPlanningRepository
    {
        private readonly Dictionary<string, List<Event>> _streams = new();

        public void EnsureDatabase() { }

        public Task<WorkshopPlanning> GetWorkshopPlanningAsync(DateTime date)
        {
            string id = date.ToString("yyyy-MM-dd");
            return Task.FromResult(_streams.TryGetValue(id, out var events) ? new WorkshopPlanning(date, events) : null);
        }

        public Task SaveWorkshopPlanningAsync(string planningId, int originalVersion, int newVersion, IEnumerable<Event> newEvents)
        {
            if (!_streams.TryGetValue(planningId, out var events))
            {
                events = new List<Event>();
                _streams[planningId] = events;
            }
            if (events.Count != originalVersion)
            {
                throw new ConcurrencyException();
            }
            events.AddRange(newEvents);
            return Task.CompletedTask;
        }
    }
}
