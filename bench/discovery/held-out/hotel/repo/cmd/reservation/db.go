package main

import (
	"context"
	"strconv"

	"github.com/rs/zerolog/log"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Reservation struct {
	HotelId      string `bson:"hotelId"`
	CustomerName string `bson:"customerName"`
	InDate       string `bson:"inDate"`
	OutDate      string `bson:"outDate"`
	Number       int    `bson:"number"`
}

type Number struct {
	HotelId string `bson:"hotelId"`
	Number  int    `bson:"numberOfRoom"`
}

func initializeDatabase(url string) (*mongo.Client, func()) {
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI("mongodb://"+url))
	if err != nil {
		log.Panic().Msg(err.Error())
	}
	db := client.Database("reservation-db")
	resv := db.Collection("reservation")
	if n, _ := resv.CountDocuments(context.TODO(), bson.M{"hotelId": "4"}); n == 0 {
		resv.InsertOne(context.TODO(), Reservation{"4", "Alice", "2015-04-09", "2015-04-10", 1})
	}
	numbers := db.Collection("number")
	for i := 1; i <= 80; i++ {
		id := strconv.Itoa(i)
		rooms := 200
		if i%3 == 1 {
			rooms = 300
		}
		if n, _ := numbers.CountDocuments(context.TODO(), bson.M{"hotelId": id}); n == 0 {
			numbers.InsertOne(context.TODO(), Number{id, rooms})
		}
	}
	return client, func() { _ = client.Disconnect(context.TODO()) }
}
