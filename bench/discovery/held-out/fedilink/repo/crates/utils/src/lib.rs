pub mod email;
pub mod error;
pub mod rate_limit;
pub mod settings;
pub mod version;

use std::time::Duration;

pub type ConnectionId = usize;

pub const REQWEST_TIMEOUT: Duration = Duration::from_secs(10);

#[macro_export]
macro_rules! location_info {
  () => {
    format!("None value at {}:{}, column {}", file!(), line!(), column!())
  };
}
