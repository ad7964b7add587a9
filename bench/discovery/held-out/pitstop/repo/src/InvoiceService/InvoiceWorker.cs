using System.Text;
using Gearbox.Infrastructure.Messaging;
using Gearbox.InvoiceService.CommunicationChannels;
using Gearbox.InvoiceService.Model;
using Gearbox.InvoiceService.Repositories;
using Microsoft.Extensions.Options;
using MimeKit;
using Newtonsoft.Json.Linq;
using Serilog;

namespace Gearbox.InvoiceService
{
    public class InvoiceWorker : IHostedService, IMessageHandlerCallback
    {
        private readonly IMessageHandler _messageHandler;
        private readonly IInvoiceRepository _repo;
        private readonly IEmailCommunicator _emailCommunicator;
        private readonly InvoicingOptions _options;

        public InvoiceWorker(IMessageHandler messageHandler, IInvoiceRepository repo,
            IEmailCommunicator emailCommunicator, IOptions<InvoicingOptions> options)
        {
            _messageHandler = messageHandler;
            _repo = repo;
            _emailCommunicator = emailCommunicator;
            _options = options.Value;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _repo.EnsureDatabase();
            _messageHandler.Start(this);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _messageHandler.Stop();
            return Task.CompletedTask;
        }

        public async Task<bool> HandleMessageAsync(string messageType, string message)
        {
            JObject e = MessageSerializer.Deserialize(message);
            try
            {
                switch (messageType)
                {
                    case "CustomerRegistered":
                        await _repo.RegisterCustomerAsync(new Customer
                        {
                            CustomerId = (string)e["customerId"],
                            Name = (string)e["name"],
                            Address = (string)e["address"],
                            PostalCode = (string)e["postalCode"],
                            City = (string)e["city"]
                        });
                        break;
                    case "MaintenanceJobPlanned":
                        await _repo.RegisterMaintenanceJobAsync(new MaintenanceJob
                        {
                            JobId = e["jobId"].ToString(),
                            CustomerId = (string)e["customerInfo"]["id"],
                            LicenseNumber = (string)e["vehicleInfo"]["licenseNumber"],
                            Description = (string)e["description"],
                            StartTime = (DateTime)e["startTime"],
                            EndTime = (DateTime)e["endTime"]
                        });
                        break;
                    case "MaintenanceJobFinished":
                        await _repo.MarkMaintenanceJobAsFinished(e["jobId"].ToString(), (DateTime)e["startTime"], (DateTime)e["endTime"]);
                        break;
                    case "DayHasPassed":
                        await HandleDayHasPassedAsync();
                        break;
                }
            }
            catch (Exception ex)
            {
                Log.Error(ex, "Error while handling {MessageType} event.", messageType);
            }
            return true;
        }

        private async Task HandleDayHasPassedAsync()
        {
            var jobs = await _repo.GetMaintenanceJobsToBeInvoicedAsync();
            foreach (var jobsPerCustomer in jobs.GroupBy(j => j.CustomerId))
            {
                var customer = await _repo.GetCustomerAsync(jobsPerCustomer.Key);
                var invoice = new Invoice
                {
                    InvoiceId = $"{DateTime.Now:yyyyMMddhhmmss}-{customer.CustomerId.Substring(0, 4)}",
                    InvoiceDate = DateTime.Now.Date,
                    CustomerId = customer.CustomerId,
                    JobIds = string.Join('|', jobsPerCustomer.Select(j => j.JobId))
                };

                var specification = new StringBuilder();
                decimal totalAmount = 0;
                foreach (var job in jobsPerCustomer)
                {
                    decimal duration = Math.Round((decimal)(job.EndTime - job.StartTime).TotalHours, 1);
                    decimal amount = duration * _options.HourlyRate;
                    totalAmount += amount;
                    specification.AppendLine($"{job.EndTime:dd-MM-yyyy}: {job.Description} ({job.LicenseNumber}) - {duration} hrs - EUR {amount}");
                }
                invoice.Specification = specification.ToString();
                invoice.Amount = totalAmount;

                await SendInvoiceAsync(customer, invoice);
                await _repo.RegisterInvoiceAsync(invoice);
                Log.Information("Invoice {Id} sent to {Customer}", invoice.InvoiceId, customer.Name);
            }
        }

        private async Task SendInvoiceAsync(Customer customer, Invoice invoice)
        {
            // invoices are e-mailed to the print shop that prints and posts them
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("Gearbox Garage", "invoicing@gearboxgarage.example"));
            message.To.Add(new MailboxAddress("PrestoPrint", _options.PrintShopAddress));
            message.Subject = $"Invoice {invoice.InvoiceId}";
            message.Body = new TextPart("html")
            {
                Text = $"<h3>Gearbox Garage invoice {invoice.InvoiceId}</h3>" +
                       $"<p>{customer.Name}<br/>{customer.Address}<br/>{customer.PostalCode} {customer.City}</p>" +
                       $"<pre>{invoice.Specification}</pre><p>Total: EUR {invoice.Amount}</p>"
            };
            await _emailCommunicator.SendEmailAsync(message);
        }
    }
}
