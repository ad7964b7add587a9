pub mod post;
pub mod site;
