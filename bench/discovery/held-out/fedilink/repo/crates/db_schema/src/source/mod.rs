pub mod images;
pub mod post;
pub mod secret;
