pub mod ai;
pub mod product;
