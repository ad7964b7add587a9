package hour

import (
	"context"
	"fmt"
	"time"

	"github.com/pkg/errors"
)

type Availability struct {
	a string
}

func (h Availability) IsZero() bool {
	return h == Availability{}
}

func (h Availability) String() string {
	return h.a
}

var (
	Available         = Availability{"available"}
	NotAvailable      = Availability{"not_available"}
	TrainingScheduled = Availability{"training_scheduled"}
)

var availabilityValues = []Availability{Available, NotAvailable, TrainingScheduled}

func NewAvailabilityFromString(availabilityStr string) (Availability, error) {
	for _, availability := range availabilityValues {
		if availability.String() == availabilityStr {
			return availability, nil
		}
	}
	return Availability{}, errors.Errorf("unknown '%s' availability", availabilityStr)
}

var (
	ErrTrainingScheduled   = errors.New("unable to modify hour, because scheduled training")
	ErrNoTrainingScheduled = errors.New("training is not scheduled")
	ErrHourNotAvailable    = errors.New("hour is not available")
)

type Hour struct {
	hour time.Time

	availability Availability
}

func (h Hour) Time() time.Time            { return h.hour }
func (h Hour) Availability() Availability { return h.availability }
func (h Hour) IsAvailable() bool          { return h.availability == Available }
func (h Hour) HasTrainingScheduled() bool { return h.availability == TrainingScheduled }

func (h *Hour) MakeNotAvailable() error {
	if h.HasTrainingScheduled() {
		return ErrTrainingScheduled
	}
	h.availability = NotAvailable
	return nil
}

func (h *Hour) MakeAvailable() error {
	if h.HasTrainingScheduled() {
		return ErrTrainingScheduled
	}
	h.availability = Available
	return nil
}

func (h *Hour) ScheduleTraining() error {
	if !h.IsAvailable() {
		return ErrHourNotAvailable
	}
	h.availability = TrainingScheduled
	return nil
}

func (h *Hour) CancelTraining() error {
	if !h.HasTrainingScheduled() {
		return ErrNoTrainingScheduled
	}
	h.availability = Available
	return nil
}

type FactoryConfig struct {
	MaxWeeksInTheFutureToSet int
	MinUtcHour               int
	MaxUtcHour               int
}

func (f FactoryConfig) Validate() error {
	if f.MaxWeeksInTheFutureToSet < 1 {
		return errors.Errorf("MaxWeeksInTheFutureToSet should be greater than 1, but is %d", f.MaxWeeksInTheFutureToSet)
	}
	if f.MinUtcHour < 0 || f.MinUtcHour > 24 {
		return errors.Errorf("MinUtcHour should be value between 0 and 24, but is %d", f.MinUtcHour)
	}
	if f.MaxUtcHour < 0 || f.MaxUtcHour > 24 || f.MinUtcHour > f.MaxUtcHour {
		return errors.Errorf("MaxUtcHour (%d) should be between MinUtcHour and 24", f.MaxUtcHour)
	}
	return nil
}

type Factory struct {
	// it's better to keep FactoryConfig as a private attributte,
	// thanks to that we are always sure that our configuration is not changed in the not allowed way
	fc FactoryConfig
}

func NewFactory(fc FactoryConfig) (Factory, error) {
	if err := fc.Validate(); err != nil {
		return Factory{}, errors.Wrap(err, "invalid config passed to factory")
	}
	return Factory{fc: fc}, nil
}

func MustNewFactory(fc FactoryConfig) Factory {
	f, err := NewFactory(fc)
	if err != nil {
		panic(err)
	}
	return f
}

func (f Factory) Config() FactoryConfig {
	return f.fc
}

func (f Factory) NewAvailableHour(hour time.Time) (*Hour, error) {
	if err := f.validateTime(hour); err != nil {
		return nil, err
	}
	return &Hour{hour: hour, availability: Available}, nil
}

func (f Factory) NewNotAvailableHour(hour time.Time) (*Hour, error) {
	if err := f.validateTime(hour); err != nil {
		return nil, err
	}
	return &Hour{hour: hour, availability: NotAvailable}, nil
}

// UnmarshalHourFromDatabase unmarshals Hour from the database.
//
// It should be used only for unmarshalling from the database!
// You can't use UnmarshalHourFromDatabase as constructor - It may put domain into the invalid state!
func (f Factory) UnmarshalHourFromDatabase(hour time.Time, availability Availability) (*Hour, error) {
	if err := f.validateTime(hour); err != nil {
		return nil, err
	}
	if availability.IsZero() {
		return nil, errors.New("empty availability")
	}
	return &Hour{hour: hour, availability: availability}, nil
}

func (f Factory) validateTime(hour time.Time) error {
	if !hour.Round(time.Hour).Equal(hour) {
		return fmt.Errorf("hour should be a full hour, but is %s", hour)
	}
	if hour.After(time.Now().AddDate(0, 0, f.fc.MaxWeeksInTheFutureToSet*7)) {
		return fmt.Errorf("too distant date %s", hour)
	}
	if hour.UTC().Hour() > f.fc.MaxUtcHour || hour.UTC().Hour() < f.fc.MinUtcHour {
		return fmt.Errorf("hour %d is outside of working hours", hour.UTC().Hour())
	}
	return nil
}

type Repository interface {
	GetHour(ctx context.Context, hourTime time.Time) (*Hour, error)
	UpdateHour(
		ctx context.Context,
		hourTime time.Time,
		updateFn func(h *Hour) (*Hour, error),
	) error
}
