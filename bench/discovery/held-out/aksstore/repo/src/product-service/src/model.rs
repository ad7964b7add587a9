use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Product {
    pub id: i32,
    pub name: String,
    pub price: f32,
    pub description: String,
    pub image: String,
}

#[derive(Serialize, Deserialize, Debug)]
pub struct DescriptionRequest {
    pub name: String,
    pub tags: Vec<String>,
}

pub fn seed_products() -> Vec<Product> {
    vec![
        Product { id: 1, name: "Salmon Crunch Cat Treats".into(), price: 6.99, description: "Oven-baked treats your cat will climb curtains for.".into(), image: "/catnip.jpg".into() },
        Product { id: 2, name: "Trail Runner Dog Harness".into(), price: 34.99, description: "Padded no-pull harness with reflective piping.".into(), image: "/harness.jpg".into() },
        Product { id: 3, name: "Feather Wand Deluxe".into(), price: 8.49, description: "Telescoping wand with replaceable feather tips.".into(), image: "/feather.jpg".into() },
        Product { id: 4, name: "Orthopedic Den Bed".into(), price: 79.0, description: "Memory-foam bed for senior dogs.".into(), image: "/bed.jpg".into() },
        Product { id: 5, name: "Aquarium Starter Kit".into(), price: 59.95, description: "20 litre tank, filter and LED lid.".into(), image: "/tank.jpg".into() },
    ]
}
