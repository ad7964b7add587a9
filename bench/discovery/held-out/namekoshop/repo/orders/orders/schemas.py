from marshmallow import Schema, fields


class OrderLineSchema(Schema):
    id = fields.Int()
    roast_id = fields.Str(required=True)
    quantity = fields.Int(required=True)
    unit_price_pence = fields.Int(required=True)


class OrderSchema(Schema):
    id = fields.Int()
    customer_email = fields.Str(required=True)
    status = fields.Str()
    payment_reference = fields.Str(allow_none=True)
    total_pence = fields.Int(dump_only=True)
    lines = fields.Nested(OrderLineSchema, many=True)
