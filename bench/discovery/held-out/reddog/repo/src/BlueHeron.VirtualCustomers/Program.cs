using BlueHeron.VirtualCustomers;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((ctx, services) =>
    {
        services.Configure<CustomerOptions>(ctx.Configuration.GetSection("Customers"));
        services.AddDaprClient();
        services.AddHostedService<CustomerSimulator>();
    })
    .Build();

await host.RunAsync();
