use std::{fmt::Debug, sync::Arc};

use common_utils::errors::CustomResult;
use diesel_models::kv::TypedSql;
use error_stack::ResultExt;
use redis_interface::{errors::RedisError, SetnxReply};

use crate::{errors::StorageError, DatabaseStore, KVRouterStore};

pub trait KvStorePartition {
    fn partition_number(key: PartitionKey<'_>, num_partitions: u8) -> u32 {
        crc32fast::hash(key.to_string().as_bytes()) % u32::from(num_partitions)
    }

    fn shard_key(key: PartitionKey<'_>, num_partitions: u8) -> String {
        format!("shard_{}", Self::partition_number(key, num_partitions))
    }
}

#[derive(Clone, Copy)]
pub enum PartitionKey<'a> {
    MerchantIdPaymentId { merchant_id: &'a str, payment_id: &'a str },
    MerchantIdCustomerId { merchant_id: &'a str, customer_id: &'a str },
}

impl<'a> std::fmt::Display for PartitionKey<'a> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            PartitionKey::MerchantIdPaymentId { merchant_id, payment_id } => {
                f.write_str(&format!("mid_{merchant_id}_pid_{payment_id}"))
            }
            PartitionKey::MerchantIdCustomerId { merchant_id, customer_id } => {
                f.write_str(&format!("mid_{merchant_id}_cust_{customer_id}"))
            }
        }
    }
}

pub enum KvOperation<'a, S: serde::Serialize + Debug> {
    Hset((&'a str, String), TypedSql),
    SetNx(&'a S, TypedSql),
    HSetNx(&'a str, &'a S, TypedSql),
    HGet(&'a str),
    Get,
    Scan(&'a str),
}

pub async fn kv_wrapper<'a, T, D, S>(
    store: &KVRouterStore<D>,
    op: KvOperation<'a, S>,
    partition_key: PartitionKey<'a>,
) -> CustomResult<Option<T>, RedisError>
where
    T: serde::de::DeserializeOwned,
    D: DatabaseStore,
    S: serde::Serialize + Debug + KvStorePartition + Send + Sync,
{
    let redis_conn = store.get_redis_conn()?;
    let key = format!("{}", partition_key);

    match op {
        KvOperation::Hset(value, sql) => {
            redis_conn.set_hash_fields(&key, value, Some(store.ttl_for_kv.into())).await?;
            store.push_to_drainer_stream::<S>(sql, partition_key).await?;
            Ok(None)
        }
        KvOperation::HSetNx(field, value, sql) => {
            let result = redis_conn
                .serialize_and_set_hash_field_if_not_exist(&key, field, value, Some(store.ttl_for_kv.into()))
                .await?;
            if matches!(result, redis_interface::HsetnxReply::KeySet) {
                store.push_to_drainer_stream::<S>(sql, partition_key).await?;
            }
            Ok(None)
        }
        KvOperation::SetNx(value, sql) => {
            let result = redis_conn
                .serialize_and_set_key_if_not_exist(&key, value, Some(store.ttl_for_kv.into()))
                .await?;
            if matches!(result, SetnxReply::KeySet) {
                store.push_to_drainer_stream::<S>(sql, partition_key).await?;
            }
            Ok(None)
        }
        KvOperation::Get => Ok(Some(redis_conn.get_and_deserialize_key(&key, "").await?)),
        KvOperation::HGet(field) => Ok(Some(redis_conn.get_hash_field_and_deserialize(&key, field, "").await?)),
        KvOperation::Scan(pattern) => Ok(Some(redis_conn.hscan_and_deserialize(&key, pattern, None).await?)),
    }
}
