use actix_web::web::{Data, Json};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;
use lemmy_api_common::{
  context::LemmyContext,
  site::PasswordReset,
  utils::send_password_reset_email,
  SuccessResponse,
};
use lemmy_db_schema::{schema::{local_user, person}, utils::get_conn};
use lemmy_utils::error::{LemmyErrorType, LemmyResult};
use uuid::Uuid;

#[tracing::instrument(skip(context))]
pub async fn reset_password(data: Json<PasswordReset>, context: Data<LemmyContext>) -> LemmyResult<Json<SuccessResponse>> {
  // Fetch that email
  let email = data.email.to_lowercase();
  let conn = &mut get_conn(&mut context.pool()).await?;
  let name: String = local_user::table
    .inner_join(person::table)
    .filter(local_user::email.eq(&email))
    .select(person::name)
    .first(conn)
    .await
    .map_err(|_| LemmyErrorType::IncorrectLogin)?;

  // Email the pure token to the user.
  let token = Uuid::new_v4().to_string();
  send_password_reset_email(&name, &email, &token, context.settings()).await?;
  Ok(Json(SuccessResponse { success: true }))
}
