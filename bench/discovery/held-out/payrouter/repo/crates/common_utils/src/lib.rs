#![warn(missing_docs, missing_debug_implementations)]
//! Utilities shared across the workspace.

pub mod consts;
pub mod errors;

/// Date-time helpers
pub mod date_time {
    use time::{OffsetDateTime, PrimitiveDateTime};

    /// Current UTC time as a primitive date time
    pub fn now() -> PrimitiveDateTime {
        let utc = OffsetDateTime::now_utc();
        PrimitiveDateTime::new(utc.date(), utc.time())
    }

    /// Current unix timestamp in seconds
    pub fn now_unix_timestamp() -> i64 {
        OffsetDateTime::now_utc().unix_timestamp()
    }
}

/// Generate a nanoid with the given prefix
pub fn generate_id(length: usize, prefix: &str) -> String {
    format!("{}_{}", prefix, nanoid::nanoid!(length, &consts::ALPHABETS))
}
