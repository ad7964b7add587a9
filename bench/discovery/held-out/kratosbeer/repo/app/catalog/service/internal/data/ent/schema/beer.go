package schema

import (
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// Beer holds the schema definition for the Beer entity.
type Beer struct {
	ent.Schema
}

func (Beer) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "beers"}}
}

// Fields of the Beer.
func (Beer) Fields() []ent.Field {
	return []ent.Field{
		field.Int64("id"),
		field.String("name"),
		field.String("description").Default(""),
		field.Int64("price"),
		field.Int64("stock").Default(0),
		field.JSON("images", []string{}).Optional(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now),
	}
}

// Edges of the Beer.
func (Beer) Edges() []ent.Edge {
	return nil
}
