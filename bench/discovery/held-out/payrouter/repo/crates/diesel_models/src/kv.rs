use error_stack::ResultExt;
use serde::{Deserialize, Serialize};

use crate::{
    payment_attempt::{PaymentAttempt, PaymentAttemptNew, PaymentAttemptUpdateInternal},
    errors,
};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "db_op", content = "data")]
pub enum DBOperation {
    Insert { insertable: Box<Insertable> },
    Update { updatable: Box<Updateable> },
}

impl DBOperation {
    pub fn operation<'a>(&self) -> &'a str {
        match self {
            Self::Insert { .. } => "insert",
            Self::Update { .. } => "update",
        }
    }

    pub fn table<'a>(&self) -> &'a str {
        match self {
            Self::Insert { insertable } => match **insertable {
                Insertable::PaymentAttempt(_) => "payment_attempt",
                Insertable::PaymentIntent(_) => "payment_intent",
                Insertable::Refund(_) => "refund",
            },
            Self::Update { updatable } => match **updatable {
                Updateable::PaymentAttemptUpdate(_) => "payment_attempt",
                Updateable::PaymentIntentUpdate(_) => "payment_intent",
                Updateable::RefundUpdate(_) => "refund",
            },
        }
    }

    pub async fn execute(self, conn: &crate::PgPooledConn) -> crate::StorageResult<DBResult> {
        Ok(match self {
            Self::Insert { insertable } => match *insertable {
                Insertable::PaymentAttempt(a) => DBResult::PaymentAttempt(Box::new(a.insert(conn).await?)),
                Insertable::PaymentIntent(a) => DBResult::PaymentIntent(Box::new(a.insert(conn).await?)),
                Insertable::Refund(a) => DBResult::Refund(Box::new(a.insert(conn).await?)),
            },
            Self::Update { updatable } => match *updatable {
                Updateable::PaymentAttemptUpdate(a) => DBResult::PaymentAttempt(Box::new(
                    a.orig.update_with_attempt_id(conn, a.update_data).await?,
                )),
                Updateable::PaymentIntentUpdate(a) => DBResult::PaymentIntent(Box::new(
                    a.orig.update(conn, a.update_data).await?,
                )),
                Updateable::RefundUpdate(a) => DBResult::Refund(Box::new(
                    a.orig.update(conn, a.update_data).await?,
                )),
            },
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct TypedSql {
    #[serde(flatten)]
    pub op: DBOperation,
}

impl TypedSql {
    pub fn to_field_value_pairs(
        &self,
        request_id: String,
        global_id: String,
    ) -> error_stack::Result<Vec<(&str, String)>, errors::ParsingError> {
        let pushed_at = common_utils::date_time::now_unix_timestamp();
        Ok(vec![
            ("typed_sql", serde_json::to_string(self).change_context(errors::ParsingError::EncodeError("kv command"))?),
            ("global_id", global_id),
            ("request_id", request_id),
            ("pushed_at", pushed_at.to_string()),
        ])
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "table", content = "data")]
pub enum Insertable {
    PaymentIntent(crate::payment_intent::PaymentIntentNew),
    PaymentAttempt(PaymentAttemptNew),
    Refund(crate::refund::RefundNew),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "table", content = "data")]
pub enum Updateable {
    PaymentIntentUpdate(crate::payment_intent::PaymentIntentUpdateMems),
    PaymentAttemptUpdate(PaymentAttemptUpdateMems),
    RefundUpdate(crate::refund::RefundUpdateMems),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PaymentAttemptUpdateMems {
    pub orig: PaymentAttempt,
    pub update_data: PaymentAttemptUpdateInternal,
}
