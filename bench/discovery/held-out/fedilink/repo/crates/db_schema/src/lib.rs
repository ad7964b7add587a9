#[macro_use]
extern crate diesel;
#[macro_use]
extern crate diesel_derive_newtype;

pub mod impls;
pub mod newtypes;
pub mod schema;
pub mod source;
pub mod utils;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum SortType {
  #[default]
  Active,
  Hot,
  New,
  Old,
  TopDay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ListingType {
  All,
  Local,
  Subscribed,
  ModeratorView,
}
