CREATE DATABASE IF NOT EXISTS looklook_payment DEFAULT CHARSET utf8mb4;
USE looklook_payment;

CREATE TABLE `third_payment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `sn` char(25) NOT NULL DEFAULT '',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `delete_time` datetime NOT NULL DEFAULT '1970-01-01 08:00:00',
  `del_state` tinyint NOT NULL DEFAULT '0',
  `version` bigint NOT NULL DEFAULT '0',
  `user_id` bigint NOT NULL DEFAULT '0',
  `pay_mode` varchar(20) NOT NULL DEFAULT '' COMMENT 'WECHAT_PAY / ALI_PAY',
  `trade_type` varchar(20) NOT NULL DEFAULT '',
  `trade_state` varchar(20) NOT NULL DEFAULT '',
  `pay_total` bigint NOT NULL DEFAULT '0',
  `transaction_id` char(32) NOT NULL DEFAULT '',
  `trade_state_desc` varchar(256) NOT NULL DEFAULT '',
  `order_sn` char(25) NOT NULL DEFAULT '',
  `service_type` varchar(32) NOT NULL DEFAULT '',
  `pay_status` tinyint(1) NOT NULL DEFAULT '0' COMMENT '-1 fail 0 unpaid 1 paid 2 refunded',
  `pay_time` datetime NOT NULL DEFAULT '1970-01-01 08:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_sn` (`sn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
