CREATE TABLE IF NOT EXISTS OutgoingWebhooks (
    Id VARCHAR(26) PRIMARY KEY,
    Token VARCHAR(26),
    ChannelId VARCHAR(26) DEFAULT '',
    TriggerWords VARCHAR(1024),
    CallbackURLs VARCHAR(1024),
    DeleteAt BIGINT DEFAULT 0
);
CREATE TABLE IF NOT EXISTS IncomingWebhooks (
    Id VARCHAR(26) PRIMARY KEY,
    ChannelId VARCHAR(26),
    DeleteAt BIGINT DEFAULT 0
);
CREATE TABLE IF NOT EXISTS NotificationDigest (
    UserId VARCHAR(26),
    PostId VARCHAR(26),
    CreateAt BIGINT
);
