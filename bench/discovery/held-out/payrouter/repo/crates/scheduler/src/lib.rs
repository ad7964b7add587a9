pub mod configs;
pub mod consumer;
pub mod db;
pub mod errors;
pub mod producer;
pub mod scheduler;
pub mod settings;
pub mod utils;

pub use self::{consumer::types, scheduler::*};
