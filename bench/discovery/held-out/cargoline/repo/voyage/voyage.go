// Package voyage provides the Voyage aggregate.
package voyage

import (
	"errors"
	"time"

	"github.com/cargoline/cargoline/location"
)

// Number uniquely identifies a particular Voyage.
type Number string

// Voyage is a uniquely identifiable series of carrier movements.
type Voyage struct {
	Number   Number
	Schedule Schedule
}

// New creates a voyage with a voyage number and a provided schedule.
func New(n Number, s Schedule) *Voyage {
	return &Voyage{Number: n, Schedule: s}
}

// Schedule describes a voyage schedule.
type Schedule struct {
	CarrierMovements []CarrierMovement
}

// CarrierMovement is a vessel voyage from one location to another.
type CarrierMovement struct {
	DepartureLocation location.UNLocode
	ArrivalLocation   location.UNLocode
	DepartureTime     time.Time
	ArrivalTime       time.Time
}

// ErrUnknown is used when a voyage could not be found.
var ErrUnknown = errors.New("unknown voyage")

// Repository provides access a voyage store.
type Repository interface {
	Find(Number) (*Voyage, error)
}

// Sample voyages.
var (
	V100 = New("V100", Schedule{[]CarrierMovement{
		{DepartureLocation: location.CNHKG, ArrivalLocation: location.JNTKO},
		{DepartureLocation: location.JNTKO, ArrivalLocation: location.USNYC},
	}})
	V300 = New("V300", Schedule{[]CarrierMovement{
		{DepartureLocation: location.JNTKO, ArrivalLocation: location.NLRTM},
		{DepartureLocation: location.NLRTM, ArrivalLocation: location.DEHAM},
		{DepartureLocation: location.DEHAM, ArrivalLocation: location.AUMEL},
		{DepartureLocation: location.AUMEL, ArrivalLocation: location.JNTKO},
	}})
	V400 = New("V400", Schedule{[]CarrierMovement{
		{DepartureLocation: location.DEHAM, ArrivalLocation: location.SESTO},
		{DepartureLocation: location.SESTO, ArrivalLocation: location.FIHEL},
		{DepartureLocation: location.FIHEL, ArrivalLocation: location.DEHAM},
	}})
	V0100S = New("0100S", Schedule{})
	V0200T = New("0200T", Schedule{})
	V0300A = New("0300A", Schedule{})
	V0301S = New("0301S", Schedule{})
	V0400S = New("0400S", Schedule{})
)
