from marshmallow import Schema, fields, validate


class RoastSchema(Schema):
    id = fields.Str(required=True)
    name = fields.Str(required=True)
    origin = fields.Str(required=True)
    roast_level = fields.Str(
        required=True,
        validate=validate.OneOf(["light", "medium", "dark", "espresso"]),
    )
    bag_grams = fields.Int(required=True)
    price_pence = fields.Int(required=True)
    in_stock = fields.Int(required=True)


class CreateOrderLineSchema(Schema):
    roast_id = fields.Str(required=True)
    quantity = fields.Int(required=True, validate=validate.Range(min=1, max=50))


class CreateOrderSchema(Schema):
    customer_email = fields.Email(required=True)
    lines = fields.Nested(CreateOrderLineSchema, many=True, required=True)


class OrderLineSchema(Schema):
    id = fields.Int()
    roast_id = fields.Str()
    quantity = fields.Int()
    unit_price_pence = fields.Int()
    roast = fields.Nested(RoastSchema, allow_none=True)


class GetOrderSchema(Schema):
    id = fields.Int()
    customer_email = fields.Str()
    status = fields.Str()
    total_pence = fields.Int()
    lines = fields.Nested(OrderLineSchema, many=True)


class PaymentSchema(Schema):
    card_token = fields.Str(required=True)
