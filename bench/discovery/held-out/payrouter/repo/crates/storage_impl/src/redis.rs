pub mod kv_store;

/// Channel on which in-memory cache invalidations are published between router instances
pub const IMC_INVALIDATION_CHANNEL: &str = "payrouter_invalidate";
