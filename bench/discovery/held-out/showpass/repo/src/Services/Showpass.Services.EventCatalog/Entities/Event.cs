using System.ComponentModel.DataAnnotations;

namespace Showpass.Services.EventCatalog.Entities;

public class Event
{
    [Key]
    public Guid EventId { get; set; }
    [Required]
    public string Name { get; set; } = string.Empty;
    public int Price { get; set; }
    public string Artist { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public string Description { get; set; } = string.Empty;
    public string ImageUrl { get; set; } = string.Empty;
    public Guid CategoryId { get; set; }
    public Category Category { get; set; } = null!;
}

public class Category
{
    public Guid CategoryId { get; set; }
    public string Name { get; set; } = string.Empty;
    public List<Event> Events { get; set; } = new();
}
