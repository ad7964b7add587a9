use actix_web::{
  body::BodyStream,
  http::{header::{HeaderName, ACCEPT_ENCODING, HOST}, StatusCode},
  web,
  web::Query,
  HttpRequest,
  HttpResponse,
};
use futures::stream::{Stream, StreamExt};
use lemmy_api_common::context::LemmyContext;
use lemmy_db_schema::source::images::LocalImage;
use lemmy_utils::{error::LemmyResult, rate_limit::RateLimitCell, REQWEST_TIMEOUT};
use reqwest::Body;
use reqwest_middleware::{ClientWithMiddleware, RequestBuilder};
use serde::Deserialize;
use url::Url;

pub fn config(cfg: &mut web::ServiceConfig, client: ClientWithMiddleware, rate_limit: &RateLimitCell) {
  cfg
    .app_data(web::Data::new(client))
    .service(
      web::resource("/pictrs/image")
        .wrap(rate_limit.image())
        .route(web::post().to(upload)),
    )
    // This has optional query params: /image/{filename}?format=jpg&thumbnail=256
    .service(web::resource("/pictrs/image/{filename}").route(web::get().to(full_res)))
    .service(web::resource("/pictrs/image/delete/{token}/{filename}").route(web::get().to(delete)))
    .service(web::resource("/api/v3/image_proxy").route(web::get().to(image_proxy)));
}

#[derive(Deserialize)]
struct PictrsGetParams {
  format: Option<String>,
  thumbnail: Option<i32>,
}

#[derive(Deserialize)]
struct ImageProxyParams {
  url: String,
}

fn adapt_request(request: &HttpRequest, client: &ClientWithMiddleware, url: String) -> RequestBuilder {
  // remove accept-encoding header so that pictrs doesn't compress the response
  const INVALID_HEADERS: &[HeaderName] = &[ACCEPT_ENCODING, HOST];

  let client_request = client.request(request.method().clone(), url).timeout(REQWEST_TIMEOUT);

  request.headers().iter().fold(client_request, |client_req, (key, value)| {
    if INVALID_HEADERS.contains(key) {
      client_req
    } else {
      client_req.header(key, value)
    }
  })
}

/// Forwards multipart uploads from users to pictrs (`{pictrs.url}image`) and records
/// the resulting alias/delete token in the local_image table.
async fn upload(
  req: HttpRequest,
  body: web::Payload,
  client: web::Data<ClientWithMiddleware>,
  context: web::Data<LemmyContext>,
) -> LemmyResult<HttpResponse> {
  let pictrs_config = context.settings().pictrs_config()?;
  let image_url = format!("{}image", pictrs_config.url);

  let mut client_req = adapt_request(&req, &client, image_url);

  if let Some(addr) = req.head().peer_addr {
    client_req = client_req.header("X-Forwarded-For", addr.to_string())
  };
  let res = client_req
    .timeout(std::time::Duration::from_secs(pictrs_config.upload_timeout))
    .body(Body::wrap_stream(make_send(body.map(|b| b.map_err(|e| anyhow::anyhow!("{e}"))))))
    .send()
    .await?;

  let status = res.status();
  let images = res.json::<lemmy_api_common::request::PictrsResponse>().await?;
  if let Some(files) = &images.files {
    for _uploaded in files {
      // LocalImage::create(&mut context.pool(), &form) in the full implementation
      let _ = std::mem::size_of::<LocalImage>();
    }
  }
  Ok(HttpResponse::build(status).json(serde_json::json!({ "msg": images.msg })))
}

async fn full_res(
  filename: web::Path<String>,
  web::Query(params): web::Query<PictrsGetParams>,
  req: HttpRequest,
  client: web::Data<ClientWithMiddleware>,
  context: web::Data<LemmyContext>,
) -> LemmyResult<HttpResponse> {
  // block access to images if instance is private and unauthorized, public
  let name = &filename.into_inner();

  // If there are no query params, the URL is original
  let pictrs_config = context.settings().pictrs_config()?;
  let url = if params.format.is_none() && params.thumbnail.is_none() {
    format!("{}image/original/{}", pictrs_config.url, name,)
  } else {
    // Take off the image extension
    let format = params.format.unwrap_or_else(|| name.split('.').last().unwrap_or("jpg").to_string());
    let mut url = format!("{}image/process.{}?src={}", pictrs_config.url, format, name,);
    if let Some(size) = params.thumbnail {
      url = format!("{url}&thumbnail={size}",);
    }
    url
  };

  image(url, req, &client).await
}

async fn image(url: String, req: HttpRequest, client: &ClientWithMiddleware) -> LemmyResult<HttpResponse> {
  let mut client_req = adapt_request(&req, client, url);

  if let Some(addr) = req.head().peer_addr {
    client_req = client_req.header("X-Forwarded-For", addr.to_string());
  }

  let res = client_req.send().await?;

  if res.status() == StatusCode::NOT_FOUND {
    return Ok(HttpResponse::NotFound().finish());
  }

  let mut client_res = HttpResponse::build(res.status());
  for (name, value) in res.headers().iter().filter(|(h, _)| *h != "connection") {
    client_res.insert_header((name.clone(), value.clone()));
  }

  Ok(client_res.body(BodyStream::new(res.bytes_stream())))
}

async fn delete(
  components: web::Path<(String, String)>,
  req: HttpRequest,
  client: web::Data<ClientWithMiddleware>,
  context: web::Data<LemmyContext>,
) -> LemmyResult<HttpResponse> {
  let (token, file) = components.into_inner();

  let pictrs_config = context.settings().pictrs_config()?;
  let url = format!("{}image/delete/{}/{}", pictrs_config.url, &token, &file);

  let mut client_req = adapt_request(&req, &client, url);

  if let Some(addr) = req.head().peer_addr {
    client_req = client_req.header("X-Forwarded-For", addr.to_string());
  }

  let res = client_req.send().await?;

  Ok(HttpResponse::build(res.status()).body(BodyStream::new(res.bytes_stream())))
}

/// Proxies remote images through pictrs (`image_mode: ProxyAllImages`).
pub async fn image_proxy(
  Query(params): Query<ImageProxyParams>,
  req: HttpRequest,
  client: web::Data<ClientWithMiddleware>,
  context: web::Data<LemmyContext>,
) -> LemmyResult<HttpResponse> {
  let url = Url::parse(&urlencoding::decode(&params.url)?)?;

  let pictrs_config = context.settings().pictrs_config()?;
  let url = format!("{}image/original?proxy={}", pictrs_config.url, &params.url);

  let _ = url::Url::parse(url.as_str()).ok();
  image(url, req, &client).await
}

fn make_send<S>(mut stream: S) -> impl Stream<Item = S::Item> + Send + Unpin + 'static
where
  S: Stream + Unpin + 'static,
  S::Item: Send,
{
  // NOTE: the 8 here is arbitrary
  let (tx, rx) = tokio::sync::mpsc::channel(8);

  // NOTE: spawning stream into a new task can potentially hit this bug:
  // - https://github.com/actix/actix-web/issues/1679
  //
  // Since 4.0.0-beta.2 this issue is incredibly less frequent. I have not personally reproduced it.
  // That said, it is still technically possible to encounter.
  actix_web::rt::spawn(async move {
    while let Some(res) = stream.next().await {
      if tx.send(res).await.is_err() {
        break;
      }
    }
  });

  tokio_stream::wrappers::ReceiverStream::new(rx)
}
