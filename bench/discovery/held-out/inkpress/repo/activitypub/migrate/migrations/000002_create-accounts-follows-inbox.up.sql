CREATE TABLE IF NOT EXISTS accounts (
    id INT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(255) NOT NULL,
    name VARCHAR(255) NULL,
    bio TEXT NULL,
    avatar_url VARCHAR(1024) NULL,
    banner_image_url VARCHAR(1024) NULL,
    site_host VARCHAR(255) NOT NULL,
    UNIQUE KEY accounts_site_username (site_host, username)
);

CREATE TABLE IF NOT EXISTS follows (
    id INT AUTO_INCREMENT PRIMARY KEY,
    follower_ap_id VARCHAR(1024) NOT NULL,
    following_handle VARCHAR(255) NOT NULL,
    site_host VARCHAR(255) NOT NULL
);

CREATE TABLE IF NOT EXISTS inbox (
    id INT AUTO_INCREMENT PRIMARY KEY,
    ap_id VARCHAR(1024) NOT NULL,
    content MEDIUMTEXT,
    site_host VARCHAR(255) NOT NULL
);

CREATE TABLE IF NOT EXISTS outbox (
    id INT AUTO_INCREMENT PRIMARY KEY,
    post_uuid CHAR(36) NOT NULL,
    site_host VARCHAR(255) NOT NULL
);
