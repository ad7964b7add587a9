pub mod like;
