#! /bin/bash -e

# Manually creates a restaurant, a consumer and an order through the API gateway.
GATEWAY=${GATEWAY_URL:-http://localhost:8087}

curl -s -X POST "$GATEWAY/restaurants" -H 'Content-Type: application/json' -d '{
  "name": "Ajanta", "address": {"street1": "1 High St", "city": "Oakland", "state": "CA", "zip": "94611"},
  "menu": {"menuItems": [{"id": "1", "name": "Chicken Vindaloo", "price": "12.34"}]}
}'
echo
curl -s -X POST "$GATEWAY/consumers" -H 'Content-Type: application/json' -d '{"name": {"firstName": "Ada", "lastName": "Lovelace"}}'
echo
curl -s -X POST "$GATEWAY/orders" -H 'Content-Type: application/json' -d '{
  "consumerId": 1, "restaurantId": 1, "deliveryAddress": {"street1": "9 Elm St", "city": "Oakland", "state": "CA", "zip": "94612"},
  "deliveryTime": "2024-01-01T19:00:00", "lineItems": [{"menuItemId": "1", "quantity": 2}]
}'
echo
