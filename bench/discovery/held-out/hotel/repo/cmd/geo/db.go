package main

import (
	"context"
	"strconv"

	"github.com/rs/zerolog/log"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type point struct {
	Pid  string  `bson:"hotelId"`
	Plat float64 `bson:"lat"`
	Plon float64 `bson:"lon"`
}

func initializeDatabase(url string) (*mongo.Client, func()) {
	log.Info().Msg("Generating test data...")

	newPoints := []interface{}{
		point{"1", 37.7867, -122.4112},
		point{"2", 37.7854, -122.4005},
		point{"3", 37.7854, -122.4071},
		point{"4", 37.7936, -122.3930},
		point{"5", 37.7831, -122.4181},
		point{"6", 37.7863, -122.4015},
	}
	for i := 7; i <= 80; i++ {
		lat := 37.7835 + float64(i)/500.0*3
		lon := -122.41 + float64(i)/500.0*4
		newPoints = append(newPoints, point{strconv.Itoa(i), lat, lon})
	}

	uri := "mongodb://" + url
	log.Info().Msgf("Attempting connection to %v", uri)

	opts := options.Client().ApplyURI(uri)
	client, err := mongo.Connect(context.TODO(), opts)
	if err != nil {
		log.Panic().Msg(err.Error())
	}
	log.Info().Msg("New session successfull...")

	collection := client.Database("geo-db").Collection("geo")
	for _, p := range newPoints {
		pt := p.(point)
		filter := bson.M{"hotelId": pt.Pid}
		count, _ := collection.CountDocuments(context.TODO(), filter)
		if count == 0 {
			if _, err := collection.InsertOne(context.TODO(), pt); err != nil {
				log.Fatal().Msg(err.Error())
			}
		}
	}
	collection.Indexes().CreateOne(context.TODO(), mongo.IndexModel{Keys: bson.D{{Key: "hotelId", Value: 1}}})

	return client, func() {
		if err := client.Disconnect(context.TODO()); err != nil {
			log.Fatal().Msg(err.Error())
		}
	}
}
