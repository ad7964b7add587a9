using System.Threading.Tasks;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Ntrada;

namespace ParcelHub.APIGateway
{
    public class Program
    {
        public static Task Main(string[] args)
            => CreateHostBuilder(args).Build().RunAsync();

        public static IWebHostBuilder CreateHostBuilder(string[] args)
            => WebHost.CreateDefaultBuilder(args)
                .ConfigureAppConfiguration((ctx, builder) =>
                {
                    var env = ctx.HostingEnvironment.EnvironmentName;
                    var configPath = args?.Length > 0 ? args[0] : $"ntrada.{env}.yml";
                    if (env == "docker" || env == "Production")
                    {
                        configPath = "ntrada.docker.yml";
                    }
                    else if (!System.IO.File.Exists(configPath))
                    {
                        configPath = "ntrada.yml";
                    }

                    builder.AddYamlFile(configPath, false);
                })
                .UseNtrada();
    }
}
