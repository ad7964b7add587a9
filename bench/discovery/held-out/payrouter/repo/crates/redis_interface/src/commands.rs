//! An interface to abstract the `fred` commands
//!
//! The folder provides generic functions for providing serialization
//! and deserialization while calling redis.
//! It also includes instruments to provide tracing.

use common_utils::errors::CustomResult;
use error_stack::{report, ResultExt};
use fred::{
    interfaces::{HashesInterface, KeysInterface, StreamsInterface},
    types::{
        Expiration, FromRedis, MultipleIDs, MultipleKeys, MultipleOrderedPairs, MultipleStrings,
        MultipleValues, RedisKey, RedisMap, RedisValue, SetOptions, XCap, XReadResponse,
    },
};
use tracing::instrument;

use crate::{errors, types::{DelReply, SetnxReply}};

impl super::RedisConnectionPool {
    pub fn add_prefix(&self, key: &str) -> String {
        if self.key_prefix.is_empty() {
            key.to_string()
        } else {
            format!("{}:{}", self.key_prefix, key)
        }
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn set_key<V>(&self, key: &str, value: V) -> CustomResult<(), errors::RedisError>
    where
        V: TryInto<RedisValue> + std::fmt::Debug + Send + Sync,
        V::Error: Into<fred::error::RedisError> + Send + Sync,
    {
        self.pool
            .set(self.add_prefix(key), value, Some(Expiration::EX(self.config.default_ttl.into())), None, false)
            .await
            .change_context(errors::RedisError::SetFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn get_key<V>(&self, key: &str) -> CustomResult<V, errors::RedisError>
    where
        V: FromRedis + Unpin + Send + 'static,
    {
        self.pool
            .get(self.add_prefix(key))
            .await
            .change_context(errors::RedisError::GetFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn delete_key(&self, key: &str) -> CustomResult<DelReply, errors::RedisError> {
        self.pool
            .del(self.add_prefix(key))
            .await
            .change_context(errors::RedisError::DeleteFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn set_key_if_not_exists_with_expiry<V>(
        &self,
        key: &str,
        value: V,
        seconds: Option<i64>,
    ) -> CustomResult<SetnxReply, errors::RedisError>
    where
        V: TryInto<RedisValue> + std::fmt::Debug + Send + Sync,
        V::Error: Into<fred::error::RedisError> + Send + Sync,
    {
        self.pool
            .set(
                self.add_prefix(key),
                value,
                Some(Expiration::EX(seconds.unwrap_or(self.config.default_ttl.into()))),
                Some(SetOptions::NX),
                false,
            )
            .await
            .change_context(errors::RedisError::SetFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn set_hash_fields<V>(&self, key: &str, values: V, ttl: Option<i64>) -> CustomResult<(), errors::RedisError>
    where
        V: TryInto<RedisMap> + std::fmt::Debug + Send + Sync,
        V::Error: Into<fred::error::RedisError> + Send + Sync,
    {
        let output: Result<(), _> = self
            .pool
            .hset(self.add_prefix(key), values)
            .await
            .change_context(errors::RedisError::SetHashFailed);
        output
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn stream_append_entry<F>(
        &self,
        stream: &str,
        entry_id: &RedisEntryId,
        fields: F,
    ) -> CustomResult<(), errors::RedisError>
    where
        F: TryInto<MultipleOrderedPairs> + std::fmt::Debug + Send + Sync,
        F::Error: Into<fred::error::RedisError> + Send + Sync,
    {
        self.pool
            .xadd(self.add_prefix(stream), false, None, entry_id, fields)
            .await
            .change_context(errors::RedisError::StreamAppendFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn stream_delete_entries<Ids>(&self, stream: &str, ids: Ids) -> CustomResult<usize, errors::RedisError>
    where
        Ids: Into<MultipleStrings> + std::fmt::Debug + Send + Sync,
    {
        self.pool
            .xdel(self.add_prefix(stream), ids)
            .await
            .change_context(errors::RedisError::StreamDeleteFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn stream_trim_entries<C>(&self, stream: &str, xcap: C) -> CustomResult<usize, errors::RedisError>
    where
        C: TryInto<XCap> + std::fmt::Debug + Send + Sync,
        C::Error: Into<fred::error::RedisError> + Send + Sync,
    {
        self.pool
            .xtrim(self.add_prefix(stream), xcap)
            .await
            .change_context(errors::RedisError::StreamTrimFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn stream_read_entries<K, Ids>(
        &self,
        streams: K,
        ids: Ids,
        read_count: Option<u64>,
    ) -> CustomResult<XReadResponse<String, String, String, String>, errors::RedisError>
    where
        K: Into<MultipleKeys> + Send + Sync,
        Ids: Into<MultipleIDs> + Send + Sync,
    {
        self.pool
            .xread_map(Some(read_count.unwrap_or(self.config.default_stream_read_count)), None, streams, ids)
            .await
            .map_err(|err| match err.kind() {
                fred::error::RedisErrorKind::NotFound | fred::error::RedisErrorKind::Parse => {
                    report!(err).change_context(errors::RedisError::StreamEmptyOrNotAvailable)
                }
                _ => report!(err).change_context(errors::RedisError::StreamReadFailed),
            })
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn stream_read_with_options<K, Ids>(
        &self,
        streams: K,
        ids: Ids,
        count: Option<u64>,
        block: Option<u64>,
        group: Option<(&str, &str)>,
    ) -> CustomResult<XReadResponse<String, String, String, Option<String>>, errors::RedisError>
    where
        K: Into<MultipleKeys> + Send + Sync,
        Ids: Into<MultipleIDs> + Send + Sync,
    {
        match group {
            Some((group_name, consumer_name)) => self
                .pool
                .xreadgroup_map(group_name, consumer_name, count, block, false, streams, ids)
                .await,
            None => self.pool.xread_map(count, block, streams, ids).await,
        }
        .change_context(errors::RedisError::StreamReadFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn consumer_group_create(&self, stream: &str, group: &str, id: &RedisEntryId) -> CustomResult<(), errors::RedisError> {
        self.pool
            .xgroup_create(stream, group, id, true)
            .await
            .change_context(errors::RedisError::ConsumerGroupCreateFailed)
    }

    #[instrument(level = "DEBUG", skip(self))]
    pub async fn stream_acknowledge_entries<Ids>(&self, stream: &str, group: &str, ids: Ids) -> CustomResult<usize, errors::RedisError>
    where
        Ids: Into<MultipleIDs> + std::fmt::Debug + Send + Sync,
    {
        self.pool
            .xack(stream, group, ids)
            .await
            .change_context(errors::RedisError::StreamAcknowledgeFailed)
    }
}

pub use crate::types::RedisEntryId;
