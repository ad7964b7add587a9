pub mod kv;
pub mod payment_attempt;
pub mod process_tracker;
pub mod query;
pub mod schema;

pub use process_tracker::{ProcessTracker, ProcessTrackerNew, ProcessTrackerStatus};
