using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Serilog;
using TideMart.Identity;
using TideMart.Identity.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, lc) => lc
    .ReadFrom.Configuration(ctx.Configuration)
    .WriteTo.Console()
    .WriteTo.Seq(ctx.Configuration["Serilog:SeqServerUrl"] ?? "http://localhost:5340"));

builder.Services.AddDbContext<ApplicationDbContext>(o =>
    o.UseNpgsql(builder.Configuration.GetConnectionString("identitydb")));

builder.Services.AddIdentity<ApplicationUser, IdentityRole>()
    .AddEntityFrameworkStores<ApplicationDbContext>()
    .AddDefaultTokenProviders();

var webUiUrl = builder.Configuration["IdentityServer:WebUiUrl"] ?? "http://localhost:3000";

builder.Services
    .AddIdentityServer(o =>
    {
        o.IssuerUri = builder.Configuration["IdentityServer:IssuerUri"];
        o.EmitStaticAudienceClaim = true;
    })
    .AddInMemoryIdentityResources(Config.IdentityResources)
    .AddInMemoryApiScopes(Config.ApiScopes)
    .AddInMemoryApiResources(Config.ApiResources)
    .AddInMemoryClients(Config.Clients(webUiUrl))
    .AddAspNetIdentity<ApplicationUser>();

builder.Services.AddRazorPages();
builder.Services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>();

var app = builder.Build();

await SeedData.EnsureSeedAsync(app.Services);

app.UseStaticFiles();
app.UseRouting();
app.UseIdentityServer();
app.UseAuthorization();
app.MapRazorPages();
app.MapHealthChecks("/healthz");

app.Run();
