from flask import Flask, abort, jsonify, request

import settings

app = Flask(__name__)
stock = dict(settings.INITIAL_STOCK)


@app.get("/v1/items")
def list_items():
    return jsonify([{"sku": k, "available": v} for k, v in stock.items()])


@app.get("/v1/items/<sku>")
def get_item(sku):
    if sku not in stock:
        abort(404)
    return jsonify({"sku": sku, "available": stock[sku]})


@app.post("/v1/items/<sku>/reservations")
def reserve(sku):
    qty = int((request.get_json(silent=True) or {}).get("quantity", 1))
    if stock.get(sku, 0) < qty:
        return jsonify({"message": "insufficient stock"}), 409
    stock[sku] -= qty
    return jsonify({"sku": sku, "reserved": qty, "available": stock[sku]}), 201


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=settings.PORT)
