pub const VERSION: &str = "0.19.3";
