CREATE TABLE IF NOT EXISTS Users (
    Id VARCHAR(26) PRIMARY KEY,
    CreateAt BIGINT,
    Username VARCHAR(64) UNIQUE,
    Email VARCHAR(128) UNIQUE,
    NotifyProps JSONB DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS Channels (
    Id VARCHAR(26) PRIMARY KEY,
    TeamId VARCHAR(26),
    Name VARCHAR(64),
    DisplayName VARCHAR(64),
    Type VARCHAR(1)
);
CREATE TABLE IF NOT EXISTS ChannelMembers (
    ChannelId VARCHAR(26),
    UserId VARCHAR(26),
    PRIMARY KEY (ChannelId, UserId)
);
CREATE TABLE IF NOT EXISTS Posts (
    Id VARCHAR(26) PRIMARY KEY,
    CreateAt BIGINT,
    DeleteAt BIGINT DEFAULT 0,
    UserId VARCHAR(26),
    ChannelId VARCHAR(26),
    Message TEXT,
    FileIds VARCHAR(300) DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS idx_posts_channel_create_at ON Posts (ChannelId, CreateAt);
CREATE TABLE IF NOT EXISTS Sessions (
    Id VARCHAR(26) PRIMARY KEY,
    UserId VARCHAR(26),
    DeviceId VARCHAR(512) DEFAULT ''
);
