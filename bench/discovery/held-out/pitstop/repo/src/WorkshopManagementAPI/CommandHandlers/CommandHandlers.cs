using Gearbox.Infrastructure.Messaging;
using Gearbox.WorkshopManagementAPI.Commands;
using Gearbox.WorkshopManagementAPI.Domain;
using Gearbox.WorkshopManagementAPI.Repositories;

namespace Gearbox.WorkshopManagementAPI.CommandHandlers
{
    public interface IPlanMaintenanceJobCommandHandler
    {
        Task<WorkshopPlanning> HandleCommandAsync(DateTime planningDate, PlanMaintenanceJob command);
    }

    public interface IFinishMaintenanceJobCommandHandler
    {
        Task<WorkshopPlanning> HandleCommandAsync(DateTime planningDate, FinishMaintenanceJob command);
    }

    public class PlanMaintenanceJobCommandHandler : IPlanMaintenanceJobCommandHandler
    {
        private readonly IMessagePublisher _messagePublisher;
        private readonly IWorkshopPlanningRepository _planningRepo;

        public PlanMaintenanceJobCommandHandler(IMessagePublisher messagePublisher, IWorkshopPlanningRepository planningRepo)
        {
            _messagePublisher = messagePublisher;
            _planningRepo = planningRepo;
        }

        public async Task<WorkshopPlanning> HandleCommandAsync(DateTime planningDate, PlanMaintenanceJob command)
        {
            // get or create planning
            var planning = await _planningRepo.GetWorkshopPlanningAsync(planningDate) ?? WorkshopPlanning.Create(planningDate);

            // handle command
            planning.PlanMaintenanceJob(command);

            // persist
            IEnumerable<Event> events = planning.GetEvents().ToList();
            await _planningRepo.SaveWorkshopPlanningAsync(planning.Date.ToString("yyyy-MM-dd"),
                planning.OriginalVersion, planning.Version, events);

            // publish event(s)
            foreach (var e in events)
            {
                await _messagePublisher.PublishMessageAsync(e.MessageType, e, "");
            }

            planning.ClearEvents();
            return planning;
        }
    }

    public class FinishMaintenanceJobCommandHandler : IFinishMaintenanceJobCommandHandler
    {
        private readonly IMessagePublisher _messagePublisher;
        private readonly IWorkshopPlanningRepository _planningRepo;

        public FinishMaintenanceJobCommandHandler(IMessagePublisher messagePublisher, IWorkshopPlanningRepository planningRepo)
        {
            _messagePublisher = messagePublisher;
            _planningRepo = planningRepo;
        }

        public async Task<WorkshopPlanning> HandleCommandAsync(DateTime planningDate, FinishMaintenanceJob command)
        {
            var planning = await _planningRepo.GetWorkshopPlanningAsync(planningDate);
            if (planning == null)
            {
                return null;
            }

            planning.FinishMaintenanceJob(command);

            IEnumerable<Event> events = planning.GetEvents().ToList();
            await _planningRepo.SaveWorkshopPlanningAsync(planning.Date.ToString("yyyy-MM-dd"),
                planning.OriginalVersion, planning.Version, events);

            foreach (var e in events)
            {
                await _messagePublisher.PublishMessageAsync(e.MessageType, e, "");
            }

            planning.ClearEvents();
            return planning;
        }
    }

    public static class CommandHandlersServiceCollectionExtensions
    {
        public static IServiceCollection AddCommandHandlers(this IServiceCollection services)
        {
            services.AddTransient<IPlanMaintenanceJobCommandHandler, PlanMaintenanceJobCommandHandler>();
            services.AddTransient<IFinishMaintenanceJobCommandHandler, FinishMaintenanceJobCommandHandler>();
            return services;
        }
    }
}
