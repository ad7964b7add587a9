package frontend

import (
	"testing"

	profile "github.com/harborlight/hotelres/services/profile/proto"
)

func TestCheckDataFormat(t *testing.T) {
	for in, want := range map[string]bool{"2015-04-09": true, "2015-4-9": false, "": false} {
		if got := checkDataFormat(in); got != want {
			t.Errorf("checkDataFormat(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestGeoJSONResponse(t *testing.T) {
	res := geoJSONResponse([]*profile.Hotel{{Id: "1", Name: "Clift", Address: &profile.Address{Lat: 37.7, Lon: -122.4}}})
	if len(res["features"].([]interface{})) != 1 {
		t.Fatalf("expected one feature, got %v", res)
	}
}
