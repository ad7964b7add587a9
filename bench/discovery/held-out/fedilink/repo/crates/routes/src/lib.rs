pub mod feeds;
pub mod images;
pub mod nodeinfo;
pub mod webfinger;
