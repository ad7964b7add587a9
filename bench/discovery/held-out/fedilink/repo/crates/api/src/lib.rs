pub mod local_user;
pub mod post;
