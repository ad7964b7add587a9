package rate

import (
	"sort"
	"testing"

	pb "github.com/harborlight/hotelres/services/rate/proto"
)

func TestRatePlansSortByTotalRateDesc(t *testing.T) {
	plans := RatePlans{
		{HotelId: "1", RoomType: &pb.RoomType{TotalRate: 109}},
		{HotelId: "2", RoomType: &pb.RoomType{TotalRate: 139}},
	}
	sort.Sort(plans)
	if plans[0].HotelId != "2" {
		t.Errorf("expected the most expensive plan first, got %s", plans[0].HotelId)
	}
}
