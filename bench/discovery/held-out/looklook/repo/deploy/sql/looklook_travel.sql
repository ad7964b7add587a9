CREATE DATABASE IF NOT EXISTS looklook_travel DEFAULT CHARSET utf8mb4;
USE looklook_travel;

CREATE TABLE `homestay` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `delete_time` datetime NOT NULL DEFAULT '1970-01-01 08:00:00',
  `del_state` tinyint NOT NULL DEFAULT '0',
  `version` bigint NOT NULL DEFAULT '0',
  `title` varchar(32) NOT NULL DEFAULT '',
  `sub_title` varchar(128) NOT NULL DEFAULT '',
  `banner` varchar(3000) NOT NULL DEFAULT '',
  `info` varchar(4069) NOT NULL DEFAULT '',
  `people_num` tinyint(1) NOT NULL DEFAULT '0',
  `homestay_business_id` bigint NOT NULL DEFAULT '0',
  `user_id` bigint NOT NULL DEFAULT '0' COMMENT 'host (landlord) user id',
  `row_state` tinyint(1) NOT NULL DEFAULT '0' COMMENT '0 off shelf, 1 on shelf',
  `row_type` tinyint(1) NOT NULL DEFAULT '0' COMMENT '0 per night, 1 per person',
  `food_info` varchar(255) NOT NULL DEFAULT '',
  `food_price` bigint NOT NULL DEFAULT '0' COMMENT 'fen',
  `homestay_price` bigint NOT NULL DEFAULT '0' COMMENT 'fen',
  `market_homestay_price` bigint NOT NULL DEFAULT '0' COMMENT 'fen',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `homestay_business` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `delete_time` datetime NOT NULL DEFAULT '1970-01-01 08:00:00',
  `del_state` tinyint NOT NULL DEFAULT '0',
  `version` bigint NOT NULL DEFAULT '0',
  `title` varchar(32) NOT NULL DEFAULT '',
  `user_id` bigint NOT NULL DEFAULT '0',
  `info` varchar(255) NOT NULL DEFAULT '',
  `boss_info` varchar(255) NOT NULL DEFAULT '',
  `license_fron` varchar(256) NOT NULL DEFAULT '',
  `license_back` varchar(256) NOT NULL DEFAULT '',
  `row_state` tinyint(1) NOT NULL DEFAULT '0',
  `star` double(2,1) NOT NULL DEFAULT '0.0',
  `tags` varchar(32) NOT NULL DEFAULT '',
  `cover` varchar(1024) NOT NULL DEFAULT '',
  `header_img` varchar(1024) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_userId` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
