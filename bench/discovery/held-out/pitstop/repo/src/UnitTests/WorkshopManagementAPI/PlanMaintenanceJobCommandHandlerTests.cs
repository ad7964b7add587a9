using Gearbox.UnitTests.TestUtils;
using Gearbox.WorkshopManagementAPI.CommandHandlers;
using Gearbox.WorkshopManagementAPI.Commands;
using Gearbox.WorkshopManagementAPI.Domain;
using Xunit;

namespace Gearbox.UnitTests.WorkshopManagementAPI
{
    public class PlanMaintenanceJobCommandHandlerTests
    {
        private static PlanMaintenanceJob CreateCommand(DateTime start, string licenseNumber = "AB-123-C") => new()
        {
            JobId = Guid.NewGuid(),
            StartTime = start,
            EndTime = start.AddHours(2),
            CustomerInfo = new CustomerInfo("c1", "Jane Doe", "0612345678"),
            VehicleInfo = new VehicleInfo(licenseNumber, "Volkswagen", "Golf"),
            Description = "Oil change"
        };

        [Fact]
        public async Task Plan_MaintenanceJob_Should_Publish_Events()
        {
            // arrange
            var publisher = new FakeMessagePublisher();
            var repo = new InMemoryWorkshopPlanningRepository();
            var sut = new PlanMaintenanceJobCommandHandler(publisher, repo);
            var date = new DateTime(2024, 3, 1);

            // act
            await sut.HandleCommandAsync(date, CreateCommand(date.AddHours(9)));

            // assert
            Assert.Collection(publisher.Published,
                m => Assert.Equal("WorkshopPlanningCreated", m.MessageType),
                m => Assert.Equal("MaintenanceJobPlanned", m.MessageType));
        }

        [Fact]
        public async Task Plan_Two_Jobs_For_Same_Vehicle_At_Same_Time_Should_Fail()
        {
            var publisher = new FakeMessagePublisher();
            var repo = new InMemoryWorkshopPlanningRepository();
            var sut = new PlanMaintenanceJobCommandHandler(publisher, repo);
            var date = new DateTime(2024, 3, 1);

            await sut.HandleCommandAsync(date, CreateCommand(date.AddHours(9)));

            await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
                sut.HandleCommandAsync(date, CreateCommand(date.AddHours(10))));
        }

        [Fact]
        public async Task Fourth_Parallel_Job_Should_Fail()
        {
            var publisher = new FakeMessagePublisher();
            var repo = new InMemoryWorkshopPlanningRepository();
            var sut = new PlanMaintenanceJobCommandHandler(publisher, repo);
            var date = new DateTime(2024, 3, 1);

            await sut.HandleCommandAsync(date, CreateCommand(date.AddHours(9), "AA-11-A"));
            await sut.HandleCommandAsync(date, CreateCommand(date.AddHours(9), "BB-22-B"));
            await sut.HandleCommandAsync(date, CreateCommand(date.AddHours(9), "CC-33-C"));

            await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
                sut.HandleCommandAsync(date, CreateCommand(date.AddHours(9), "DD-44-D")));
        }
    }
}
