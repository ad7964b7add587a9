using Gearbox.Infrastructure.Messaging;
using Gearbox.InvoiceService;
using Gearbox.InvoiceService.CommunicationChannels;
using Gearbox.InvoiceService.Model;
using Gearbox.InvoiceService.Repositories;
using Microsoft.Extensions.Options;
using MimeKit;
using Moq;
using Xunit;

namespace Gearbox.UnitTests.InvoiceService
{
    public class InvoiceWorkerTests
    {
        private class FakeEmailCommunicator : IEmailCommunicator
        {
            public List<MimeMessage> Sent { get; } = new();
            public Task SendEmailAsync(MimeMessage message)
            {
                Sent.Add(message);
                return Task.CompletedTask;
            }
        }

        [Fact]
        public async Task DayHasPassed_Sends_Invoice_To_PrintShop()
        {
            var repo = new Mock<IInvoiceRepository>();
            repo.Setup(r => r.GetMaintenanceJobsToBeInvoicedAsync()).ReturnsAsync(new[]
            {
                new MaintenanceJob { JobId = "j1", CustomerId = "cust-0001", LicenseNumber = "AB-12-CD", Description = "APK",
                    StartTime = new DateTime(2024, 3, 1, 9, 0, 0), EndTime = new DateTime(2024, 3, 1, 11, 0, 0), Finished = true }
            });
            repo.Setup(r => r.GetCustomerAsync("cust-0001")).ReturnsAsync(new Customer { CustomerId = "cust-0001", Name = "Jane Doe" });
            var email = new FakeEmailCommunicator();
            var options = Options.Create(new InvoicingOptions { PrintShopAddress = "print@test.example", HourlyRate = 10 });
            var sut = new InvoiceWorker(Mock.Of<IMessageHandler>(), repo.Object, email, options);

            await sut.HandleMessageAsync("DayHasPassed", "{\"messageId\":\"" + Guid.NewGuid() + "\"}");

            var mail = Assert.Single(email.Sent);
            Assert.Equal("print@test.example", mail.To.Mailboxes.Single().Address);
            repo.Verify(r => r.RegisterInvoiceAsync(It.Is<Invoice>(i => i.Amount == 20)), Times.Once);
        }
    }
}
