package adapters

import (
	"context"
	"sort"
	"time"

	"cloud.google.com/go/firestore"
	"github.com/birchline/pulsebook/internal/trainer/app/query"
	"github.com/birchline/pulsebook/internal/trainer/domain/hour"
	"github.com/pkg/errors"
	"google.golang.org/api/iterator"
)

// DatesFirestoreRepository is the read model behind GET /trainer/calendar.
//
// TODO: with HOURS_REPOSITORY=mysql hour changes are not projected into the "dates" collection yet,
// so the calendar shows only the generated empty days. Tracked in PULSE-212.
type DatesFirestoreRepository struct {
	firestoreClient *firestore.Client
	factoryConfig   hour.FactoryConfig
}

func NewDatesFirestoreRepository(firestoreClient *firestore.Client, factoryConfig hour.FactoryConfig) DatesFirestoreRepository {
	if firestoreClient == nil {
		panic("missing firestoreClient")
	}

	return DatesFirestoreRepository{
		firestoreClient: firestoreClient,
		factoryConfig:   factoryConfig,
	}
}

func (d DatesFirestoreRepository) trainerHoursCollection() *firestore.CollectionRef {
	return d.firestoreClient.Collection("dates")
}

func (d DatesFirestoreRepository) AvailableHours(ctx context.Context, from time.Time, to time.Time) ([]query.Date, error) {
	iter := d.trainerHoursCollection().
		Where("Date", ">=", from).
		Where("Date", "<=", to).
		Documents(ctx)
	defer iter.Stop()

	var dates []query.Date

	for {
		doc, err := iter.Next()
		if err == iterator.Done {
			break
		}
		if err != nil {
			return nil, errors.Wrap(err, "unable to read dates")
		}

		date := DateModel{}
		if err := doc.DataTo(&date); err != nil {
			return nil, err
		}
		dates = append(dates, dateModelToApp(date))
	}

	dates = addMissingDates(dates, from, to)
	for i, date := range dates {
		dates[i] = d.setDefaultAvailability(date)
	}

	sort.Slice(dates, func(i, j int) bool { return dates[i].Date.Before(dates[j].Date) })

	return dates, nil
}

func dateModelToApp(dm DateModel) query.Date {
	var hours []query.Hour
	for _, h := range dm.Hours {
		hours = append(hours, query.Hour{
			Available:            h.Available,
			HasTrainingScheduled: h.HasTrainingScheduled,
			Hour:                 h.Hour,
		})
	}

	return query.Date{
		Date:         dm.Date,
		HasFreeHours: dm.HasFreeHours,
		Hours:        hours,
	}
}

func addMissingDates(dates []query.Date, from time.Time, to time.Time) []query.Date {
	for day := from.UTC(); day.Before(to) || day.Equal(to); day = day.AddDate(0, 0, 1) {
		found := false
		for _, date := range dates {
			if date.Date.Equal(day) {
				found = true
				break
			}
		}

		if !found {
			dates = append(dates, query.Date{Date: day})
		}
	}

	return dates
}

func (d DatesFirestoreRepository) setDefaultAvailability(date query.Date) query.Date {
HoursLoop:
	for hour := d.factoryConfig.MinUtcHour; hour <= d.factoryConfig.MaxUtcHour; hour++ {
		hour := time.Date(date.Date.Year(), date.Date.Month(), date.Date.Day(), hour, 0, 0, 0, time.UTC)

		for i := range date.Hours {
			if date.Hours[i].Hour.Equal(hour) {
				continue HoursLoop
			}
		}
		date.Hours = append(date.Hours, query.Hour{Hour: hour})
	}

	return date
}
