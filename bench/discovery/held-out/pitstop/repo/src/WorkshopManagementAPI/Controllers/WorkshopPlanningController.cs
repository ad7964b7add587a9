using System.Globalization;
using Gearbox.WorkshopManagementAPI.CommandHandlers;
using Gearbox.WorkshopManagementAPI.Commands;
using Gearbox.WorkshopManagementAPI.Domain;
using Gearbox.WorkshopManagementAPI.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Gearbox.WorkshopManagementAPI.Controllers
{
    [Route("/api/[controller]")]
    public class WorkshopPlanningController : Controller
    {
        private readonly IWorkshopPlanningRepository _planningRepo;
        private readonly IPlanMaintenanceJobCommandHandler _planMaintenanceJobCommandHandler;
        private readonly IFinishMaintenanceJobCommandHandler _finishMaintenanceJobCommandHandler;

        public WorkshopPlanningController(IWorkshopPlanningRepository planningRepo,
            IPlanMaintenanceJobCommandHandler planMaintenanceJobCommandHandler,
            IFinishMaintenanceJobCommandHandler finishMaintenanceJobCommandHandler)
        {
            _planningRepo = planningRepo;
            _planMaintenanceJobCommandHandler = planMaintenanceJobCommandHandler;
            _finishMaintenanceJobCommandHandler = finishMaintenanceJobCommandHandler;
        }

        [HttpGet]
        [Route("{planningDate}", Name = "GetByDate")]
        public async Task<IActionResult> GetByDate(DateTime planningDate)
        {
            var planning = await _planningRepo.GetWorkshopPlanningAsync(planningDate);
            if (planning == null)
            {
                return NotFound();
            }
            return Ok(planning.Jobs);
        }

        [HttpGet]
        [Route("{planningDate}/jobs/{jobId}")]
        public async Task<IActionResult> GetMaintenanceJobAsync(DateTime planningDate, Guid jobId)
        {
            var planning = await _planningRepo.GetWorkshopPlanningAsync(planningDate);
            var job = planning?.Jobs.FirstOrDefault(j => j.Id == jobId);
            return job == null ? NotFound() : Ok(job);
        }

        [HttpPost]
        [Route("{planningDate}/jobs")]
        public async Task<IActionResult> PlanMaintenanceJobAsync(DateTime planningDate, [FromBody] PlanMaintenanceJob command)
        {
            try
            {
                if (!ModelState.IsValid)
                {
                    return BadRequest();
                }
                await _planMaintenanceJobCommandHandler.HandleCommandAsync(planningDate, command);
                return CreatedAtRoute("GetByDate", new { planningDate = planningDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, command);
            }
            catch (BusinessRuleViolationException ex)
            {
                return StatusCode(StatusCodes.Status409Conflict, new { ErrorMessage = ex.Message });
            }
            catch (ConcurrencyException)
            {
                return StatusCode(StatusCodes.Status409Conflict, new { ErrorMessage = "Planning was changed concurrently, please retry." });
            }
        }

        [HttpPut]
        [Route("{planningDate}/jobs/{jobId}/finish")]
        public async Task<IActionResult> FinishMaintenanceJobAsync(DateTime planningDate, Guid jobId, [FromBody] FinishMaintenanceJob command)
        {
            try
            {
                command.JobId = jobId;
                var planning = await _finishMaintenanceJobCommandHandler.HandleCommandAsync(planningDate, command);
                return planning == null ? NotFound() : Ok();
            }
            catch (BusinessRuleViolationException ex)
            {
                return StatusCode(StatusCodes.Status409Conflict, new { ErrorMessage = ex.Message });
            }
        }
    }
}
