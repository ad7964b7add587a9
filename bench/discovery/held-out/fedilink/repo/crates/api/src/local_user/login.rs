use actix_web::web::{Data, Json};
use bcrypt::verify;
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;
use lemmy_api_common::{
  context::LemmyContext,
  site::{Login, LoginResponse},
};
use lemmy_db_schema::{schema::{local_user, person}, utils::get_conn};
use lemmy_utils::error::{LemmyErrorType, LemmyResult};

#[tracing::instrument(skip(context))]
pub async fn login(data: Json<Login>, context: Data<LemmyContext>) -> LemmyResult<Json<LoginResponse>> {
  let conn = &mut get_conn(&mut context.pool()).await?;
  let (password_encrypted, email_verified): (String, bool) = local_user::table
    .inner_join(person::table)
    .filter(person::name.eq(&data.username_or_email).or(local_user::email.eq(&data.username_or_email)))
    .select((local_user::password_encrypted, local_user::email_verified))
    .first(conn)
    .await
    .map_err(|_| LemmyErrorType::IncorrectLogin)?;

  let valid = verify(&data.password, &password_encrypted).unwrap_or(false);
  if !valid {
    Err(LemmyErrorType::IncorrectLogin)?
  }
  if !email_verified {
    Err(LemmyErrorType::EmailNotVerified)?
  }

  let jwt = format!("jwt-for-{}", data.username_or_email);
  Ok(Json(LoginResponse { jwt: Some(jwt), verify_email_sent: false, registration_created: false }))
}
