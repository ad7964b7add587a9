using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TuneCrateService.Models
{
    public static class SampleData
    {
        private const string PlaceholderArt = "/images/placeholder.png";

        public static void InitializeStoreDatabase(IServiceProvider services)
        {
            var options = services.GetRequiredService<IOptions<CatalogOptions>>().Value;
            var db = services.GetRequiredService<TuneCrateContext>();
            db.Database.EnsureCreated();

            if (!options.SeedSampleData || db.Genres.Any())
            {
                return;
            }

            var genres = new[] { "Rock", "Jazz", "Metal", "Alternative", "Disco", "Blues", "Latin", "Reggae", "Pop", "Classical" }
                .Select(n => new Genre { Name = n, Description = n + " albums" })
                .ToDictionary(g => g.Name);
            db.Genres.AddRange(genres.Values);

            var artists = new[] { "Northbound Fuse", "The Low Tides", "Mara Quell", "Ironwood", "Saint Lumen", "Velvet Arcade" }
                .Select(n => new Artist { Name = n })
                .ToDictionary(a => a.Name);
            db.Artists.AddRange(artists.Values);

            var albums = new List<Album>
            {
                NewAlbum("Signal Fires", genres["Rock"], artists["Northbound Fuse"], 8.99m),
                NewAlbum("Blue Hour Sessions", genres["Jazz"], artists["The Low Tides"], 9.99m),
                NewAlbum("Glass Harbour", genres["Alternative"], artists["Mara Quell"], 8.99m),
                NewAlbum("Forge", genres["Metal"], artists["Ironwood"], 7.99m),
                NewAlbum("Lanterns", genres["Classical"], artists["Saint Lumen"], 10.99m),
                NewAlbum("Neon Parade", genres["Disco"], artists["Velvet Arcade"], 8.49m),
            };
            db.Albums.AddRange(albums);
            db.SaveChanges();
        }

        private static Album NewAlbum(string title, Genre genre, Artist artist, decimal price) =>
            new Album
            {
                Title = title,
                Genre = genre,
                Artist = artist,
                Price = price,
                AlbumArtUrl = PlaceholderArt,
                Created = DateTime.UtcNow
            };
    }
}
