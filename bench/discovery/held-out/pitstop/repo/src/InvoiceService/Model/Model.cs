namespace Gearbox.InvoiceService.Model
{
    public class Customer
    {
        public string CustomerId { get; set; }
        public string Name { get; set; }
        public string Address { get; set; }
        public string PostalCode { get; set; }
        public string City { get; set; }
    }

    public class MaintenanceJob
    {
        public string JobId { get; set; }
        public string LicenseNumber { get; set; }
        public string CustomerId { get; set; }
        public string Description { get; set; }
        public DateTime StartTime { get; set; }
        public DateTime EndTime { get; set; }
        public bool Finished { get; set; }
        public bool InvoiceSent { get; set; }
    }

    public class Invoice
    {
        public string InvoiceId { get; set; }
        public DateTime InvoiceDate { get; set; }
        public string CustomerId { get; set; }
        public decimal Amount { get; set; }
        public string Specification { get; set; }
        public string JobIds { get; set; }
    }

    public class InvoicingOptions
    {
        public string PrintShopAddress { get; set; }
        public decimal HourlyRate { get; set; }
    }
}
