using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace TuneCrate.Models
{
    public class ApplicationUser : IdentityUser
    {
        public string DisplayName { get; set; }
    }

    public class AccountsContext : IdentityDbContext<ApplicationUser>
    {
        public AccountsContext(DbContextOptions<AccountsContext> options)
            : base(options)
        {
        }
    }
}
