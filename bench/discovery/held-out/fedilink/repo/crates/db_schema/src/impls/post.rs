use crate::{
  newtypes::PostId,
  schema::{post, post_like},
  source::post::{Post, PostInsertForm, PostLikeForm},
  utils::{get_conn, DbPool},
};
use diesel::{insert_into, result::Error, ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;

impl Post {
  pub async fn create(pool: &mut DbPool<'_>, form: &PostInsertForm) -> Result<Self, Error> {
    let conn = &mut get_conn(pool).await?;
    insert_into(post::table)
      .values(form)
      .on_conflict(post::ap_id)
      .do_update()
      .set(form)
      .get_result::<Self>(conn)
      .await
  }

  pub async fn read(pool: &mut DbPool<'_>, post_id: PostId) -> Result<Self, Error> {
    let conn = &mut get_conn(pool).await?;
    post::table.find(post_id).first::<Self>(conn).await
  }

  pub async fn like(pool: &mut DbPool<'_>, form: &PostLikeForm) -> Result<usize, Error> {
    let conn = &mut get_conn(pool).await?;
    insert_into(post_like::table)
      .values(form)
      .on_conflict((post_like::post_id, post_like::person_id))
      .do_update()
      .set(post_like::score.eq(form.score))
      .execute(conn)
      .await
  }
}
