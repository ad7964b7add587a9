pub mod person;
pub mod post;
