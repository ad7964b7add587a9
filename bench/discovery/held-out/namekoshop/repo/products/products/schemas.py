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
