using Elastic.Apm.NetCoreAll;
using Microsoft.EntityFrameworkCore;
using Opbrew.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddDbContext<OpbrewDbContext>(options =>
{
    var cs = builder.Configuration.GetConnectionString("OpbrewDatabase");
    if (builder.Environment.IsDevelopment())
        options.UseSqlite(cs);
    else
        options.UseNpgsql(cs);
});

var app = builder.Build();

app.UseAllElasticApm(builder.Configuration);
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapControllers();

app.Run();
