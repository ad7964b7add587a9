package users

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Address struct {
	ID       primitive.ObjectID `json:"id" bson:"_id,omitempty"`
	UserID   string             `json:"userID" bson:"userID"`
	Street   string             `json:"street" bson:"street"`
	Number   string             `json:"number" bson:"number"`
	Country  string             `json:"country" bson:"country"`
	City     string             `json:"city" bson:"city"`
	PostCode string             `json:"postcode" bson:"postcode"`
}

type Card struct {
	ID      primitive.ObjectID `json:"id" bson:"_id,omitempty"`
	UserID  string             `json:"userID" bson:"userID"`
	LongNum string             `json:"longNum" bson:"longNum"`
	Expires string             `json:"expires" bson:"expires"`
	CCV     string             `json:"ccv" bson:"ccv"`
}

type User struct {
	ID        primitive.ObjectID `json:"id" bson:"_id,omitempty"`
	FirstName string             `json:"firstName" bson:"firstName"`
	LastName  string             `json:"lastName" bson:"lastName"`
	Email     string             `json:"email" bson:"email"`
	Username  string             `json:"username" bson:"username"`
	Password  string             `json:"-" bson:"password"`
	Salt      string             `json:"-" bson:"salt"`
}

type MongoStore struct {
	client *mongo.Client
	db     *mongo.Database
}

func NewMongoStore(ctx context.Context, host, user, pass string) (*MongoStore, error) {
	uri := fmt.Sprintf("mongodb://%s/users", host)
	if user != "" {
		uri = fmt.Sprintf("mongodb://%s:%s@%s/users", user, pass, host)
	}
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(uri))
	if err != nil {
		return nil, err
	}
	return &MongoStore{client: client, db: client.Database("users")}, nil
}

func (s *MongoStore) FindUserByName(ctx context.Context, name string) (User, error) {
	var u User
	err := s.db.Collection("customers").FindOne(ctx, bson.M{"username": name}).Decode(&u)
	return u, err
}

func (s *MongoStore) GetUser(ctx context.Context, id string) (User, error) {
	var u User
	oid, err := primitive.ObjectIDFromHex(id)
	if err != nil {
		return u, err
	}
	err = s.db.Collection("customers").FindOne(ctx, bson.M{"_id": oid}).Decode(&u)
	return u, err
}

func (s *MongoStore) CreateUser(ctx context.Context, u *User) error {
	res, err := s.db.Collection("customers").InsertOne(ctx, u)
	if err != nil {
		return err
	}
	u.ID = res.InsertedID.(primitive.ObjectID)
	return nil
}

func (s *MongoStore) CreateAddress(ctx context.Context, a *Address) error {
	_, err := s.db.Collection("addresses").InsertOne(ctx, a)
	return err
}

func (s *MongoStore) GetAddress(ctx context.Context, id string) (Address, error) {
	var a Address
	oid, err := primitive.ObjectIDFromHex(id)
	if err != nil {
		return a, err
	}
	err = s.db.Collection("addresses").FindOne(ctx, bson.M{"_id": oid}).Decode(&a)
	return a, err
}

func (s *MongoStore) CreateCard(ctx context.Context, c *Card) error {
	_, err := s.db.Collection("cards").InsertOne(ctx, c)
	return err
}

func (s *MongoStore) GetCard(ctx context.Context, id string) (Card, error) {
	var c Card
	oid, err := primitive.ObjectIDFromHex(id)
	if err != nil {
		return c, err
	}
	err = s.db.Collection("cards").FindOne(ctx, bson.M{"_id": oid}).Decode(&c)
	return c, err
}

func (s *MongoStore) Ping(ctx context.Context) error {
	return s.client.Ping(ctx, nil)
}
