namespace TuneCrate.Models
{
    /// <summary>Bound from the "tunecrate" section served by the config server.</summary>
    public class TuneCrateOptions
    {
        public ServiceAddresses Services { get; set; } = new ServiceAddresses();
        public FeatureFlags Features { get; set; } = new FeatureFlags();
    }

    public class ServiceAddresses
    {
        public string Store { get; set; } = "http://tunecrateservice";
        public string Cart { get; set; } = "http://shoppingcartservice";
        public string Orders { get; set; } = "http://orderservice";
        public string Recommendations { get; set; }
    }

    public class FeatureFlags
    {
        public bool Recommendations { get; set; }
        public bool ShowTopSellers { get; set; } = true;
    }

    public class EmailOptions
    {
        public bool Enabled { get; set; }
        public string Host { get; set; }
        public int Port { get; set; } = 587;
        public string From { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }
}
