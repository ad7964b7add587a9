package main

import (
	"context"
	"time"

	"cloud.google.com/go/firestore"
	"github.com/pkg/errors"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type db struct {
	firestoreClient *firestore.Client
}

type UserModel struct {
	Balance     int64
	DisplayName string
	Role        string
	LastIP      string
	UpdatedAt   time.Time
}

func (d db) usersCollection() *firestore.CollectionRef {
	return d.firestoreClient.Collection("users")
}

func (d db) UserDocumentRef(userID string) *firestore.DocumentRef {
	return d.usersCollection().Doc(userID)
}

func (d db) GetUser(ctx context.Context, userID string) (UserModel, error) {
	doc, err := d.UserDocumentRef(userID).Get(ctx)
	if status.Code(err) == codes.NotFound {
		return UserModel{}, err
	}
	if err != nil {
		return UserModel{}, errors.Wrap(err, "unable to get user")
	}

	var user UserModel
	if err := doc.DataTo(&user); err != nil {
		return UserModel{}, err
	}

	return user, nil
}

func (d db) UpdateBalance(ctx context.Context, userID string, amountChange int) error {
	return d.firestoreClient.RunTransaction(ctx, func(ctx context.Context, tx *firestore.Transaction) error {
		var user UserModel

		userDoc, err := tx.Get(d.UserDocumentRef(userID))
		if err != nil {
			return errors.Wrap(err, "unable to get user")
		}
		if err := userDoc.DataTo(&user); err != nil {
			return errors.Wrap(err, "unable to unmarshal user")
		}

		user.Balance += int64(amountChange)
		if user.Balance < 0 {
			return errors.New("balance cannot be smaller than 0")
		}
		user.UpdatedAt = time.Now()

		return tx.Set(userDoc.Ref, user)
	})
}

func (d db) UpdateLastIP(ctx context.Context, userID string, lastIP string) error {
	updates := []firestore.Update{
		{
			Path:  "LastIP",
			Value: lastIP,
		},
	}

	docRef := d.UserDocumentRef(userID)

	_, err := docRef.Update(ctx, updates)
	userNotExist := status.Code(err) == codes.NotFound

	if userNotExist {
		_, err := docRef.Set(ctx, map[string]string{"LastIP": lastIP})
		return err
	}

	return err
}

func (d db) UpsertFixtureUser(ctx context.Context, user UserModel) error {
	_, err := d.usersCollection().Doc("fixture-"+user.Role).Set(ctx, user)
	return err
}
