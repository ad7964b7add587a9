package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strconv"

	"github.com/rs/zerolog/log"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type User struct {
	Username string `bson:"username"`
	Password string `bson:"password"`
}

func initializeDatabase(url string) (*mongo.Client, func()) {
	uri := fmt.Sprintf("mongodb://%s/?directConnection=true", url)
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI(uri))
	if err != nil {
		log.Panic().Msg(err.Error())
	}
	collection := client.Database("user-db").Collection("user")
	for i := 0; i <= 500; i++ {
		suffix := strconv.Itoa(i)
		username := "guest_" + suffix
		if n, _ := collection.CountDocuments(context.TODO(), bson.M{"username": username}); n > 0 {
			continue
		}
		password := fmt.Sprintf("%x", sha256.Sum256([]byte(suffix+suffix+suffix)))
		collection.InsertOne(context.TODO(), User{username, password})
	}
	return client, func() { _ = client.Disconnect(context.TODO()) }
}
