package frontend

import (
	"regexp"

	profile "github.com/harborlight/hotelres/services/profile/proto"
)

var dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func checkDataFormat(date string) bool {
	return dateRe.MatchString(date)
}

// geoJSONResponse returns a GeoJSON FeatureCollection for the map on the landing page.
func geoJSONResponse(hs []*profile.Hotel) map[string]interface{} {
	fs := []interface{}{}
	for _, h := range hs {
		fs = append(fs, map[string]interface{}{
			"type": "Feature",
			"id":   h.Id,
			"properties": map[string]string{
				"name":         h.Name,
				"phone_number": h.PhoneNumber,
			},
			"geometry": map[string]interface{}{
				"type":        "Point",
				"coordinates": []float32{h.Address.Lon, h.Address.Lat},
			},
		})
	}
	return map[string]interface{}{
		"type":     "FeatureCollection",
		"features": fs,
	}
}
