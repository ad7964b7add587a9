use actix_web::{delete, get, post, put, web, HttpResponse, Responder};
use std::sync::Mutex;

use crate::model::Product;

pub struct AppState {
    pub products: Mutex<Vec<Product>>,
}

#[get("/")]
pub async fn get_products(data: web::Data<AppState>) -> impl Responder {
    let products = data.products.lock().unwrap();
    HttpResponse::Ok().json(products.to_vec())
}

#[get("/{id}")]
pub async fn get_product(data: web::Data<AppState>, path: web::Path<i32>) -> impl Responder {
    let id = path.into_inner();
    let products = data.products.lock().unwrap();
    match products.iter().find(|p| p.id == id) {
        Some(p) => HttpResponse::Ok().json(p),
        None => HttpResponse::NotFound().body("product not found"),
    }
}

#[post("/")]
pub async fn add_product(data: web::Data<AppState>, product: web::Json<Product>) -> impl Responder {
    let mut products = data.products.lock().unwrap();
    let mut new_product = product.into_inner();
    new_product.id = products.iter().map(|p| p.id).max().unwrap_or(0) + 1;
    products.push(new_product.clone());
    HttpResponse::Ok().json(new_product)
}

#[put("/")]
pub async fn update_product(data: web::Data<AppState>, product: web::Json<Product>) -> impl Responder {
    let mut products = data.products.lock().unwrap();
    let updated = product.into_inner();
    if let Some(p) = products.iter_mut().find(|p| p.id == updated.id) {
        *p = updated.clone();
        return HttpResponse::Ok().json(updated);
    }
    HttpResponse::NotFound().body("product not found")
}

#[delete("/{id}")]
pub async fn delete_product(data: web::Data<AppState>, path: web::Path<i32>) -> impl Responder {
    let id = path.into_inner();
    let mut products = data.products.lock().unwrap();
    products.retain(|p| p.id != id);
    HttpResponse::Ok().body("")
}
