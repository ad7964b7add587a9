pub mod login;
pub mod reset_password;
