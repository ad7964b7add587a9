using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementAPI.Commands;
using Gearbox.WorkshopManagementAPI.Events;

namespace Gearbox.WorkshopManagementAPI.Domain
{
    /// <summary>
    /// Event-sourced aggregate: the planning of the workshop for a single day.
    /// </summary>
    public class WorkshopPlanning
    {
        private const int MAX_PARALLEL_JOBS = 3;
        private readonly List<Event> _events = new();

        public DateTime Date { get; private set; }
        public int OriginalVersion { get; private set; }
        public int Version { get; private set; }
        public List<MaintenanceJob> Jobs { get; } = new();
        public IEnumerable<Event> GetEvents() => _events;
        public void ClearEvents() => _events.Clear();

        public WorkshopPlanning(DateTime date, IEnumerable<Event> events = null)
        {
            Date = date;
            if (events != null)
            {
                foreach (var e in events)
                {
                    When(e);
                    OriginalVersion++;
                }
                Version = OriginalVersion;
            }
        }

        public static WorkshopPlanning Create(DateTime date)
        {
            var planning = new WorkshopPlanning(date);
            planning.RaiseEvent(new WorkshopPlanningCreated(Guid.NewGuid(), date));
            return planning;
        }

        public void PlanMaintenanceJob(PlanMaintenanceJob command)
        {
            // business rule: no more than MAX_PARALLEL_JOBS at the same time
            int overlapping = Jobs.Count(j => j.Intersects(command.StartTime, command.EndTime));
            if (overlapping >= MAX_PARALLEL_JOBS)
            {
                throw new BusinessRuleViolationException("Maintenancejob overlaps with more than 3 other jobs.");
            }

            // business rule: a vehicle can only have one job at a time
            if (Jobs.Any(j => j.Vehicle.LicenseNumber == command.VehicleInfo.LicenseNumber
                && j.Intersects(command.StartTime, command.EndTime)))
            {
                throw new BusinessRuleViolationException("Only 1 maintenance job can be executed on a vehicle during a certain time-slot.");
            }

            RaiseEvent(new MaintenanceJobPlanned(Guid.NewGuid(), command.JobId, command.StartTime, command.EndTime,
                command.CustomerInfo.Id, command.CustomerInfo.Name, command.CustomerInfo.TelephoneNumber,
                command.VehicleInfo.LicenseNumber, command.VehicleInfo.Brand, command.VehicleInfo.Type,
                command.Description));
        }

        public void FinishMaintenanceJob(FinishMaintenanceJob command)
        {
            var job = Jobs.FirstOrDefault(j => j.Id == command.JobId)
                ?? throw new BusinessRuleViolationException($"Job with id {command.JobId} not found.");
            if (job.ActualEndTime != null)
            {
                throw new BusinessRuleViolationException("An already finished job can not be finished.");
            }
            RaiseEvent(new MaintenanceJobFinished(Guid.NewGuid(), command.JobId, command.StartTime, command.EndTime, command.Notes));
        }

        private void RaiseEvent(Event e)
        {
            When(e);
            _events.Add(e);
            Version++;
        }

        private void When(Event e)
        {
            switch (e)
            {
                case WorkshopPlanningCreated created:
                    Date = created.Date;
                    break;
                case MaintenanceJobPlanned planned:
                    Jobs.Add(new MaintenanceJob
                    {
                        Id = planned.JobId,
                        StartTime = planned.StartTime,
                        EndTime = planned.EndTime,
                        Customer = new Customer { CustomerId = planned.CustomerInfo.Id, Name = planned.CustomerInfo.Name, TelephoneNumber = planned.CustomerInfo.TelephoneNumber },
                        Vehicle = new Vehicle { LicenseNumber = planned.VehicleInfo.LicenseNumber, Brand = planned.VehicleInfo.Brand, Type = planned.VehicleInfo.Type, OwnerId = planned.CustomerInfo.Id },
                        Description = planned.Description
                    });
                    break;
                case MaintenanceJobFinished finished:
                    var job = Jobs.First(j => j.Id == finished.JobId);
                    job.ActualStartTime = finished.StartTime;
                    job.ActualEndTime = finished.EndTime;
                    job.Notes = finished.Notes;
                    break;
            }
        }
    }
}
