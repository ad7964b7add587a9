using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Northwind.Services.Identity.API.Data;

public class ApplicationUser : IdentityUser
{
    public string CardNumber { get; set; }
    public string SecurityNumber { get; set; }
    public string Expiration { get; set; }
    public string CardHolderName { get; set; }
    public int CardType { get; set; }
    public string Street { get; set; }
    public string City { get; set; }
    public string State { get; set; }
    public string Country { get; set; }
    public string ZipCode { get; set; }
    public string Name { get; set; }
    public string LastName { get; set; }
}

public class ApplicationDbContext : IdentityDbContext<ApplicationUser>
{
    public ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : base(options)
    {
    }
}
