package worker

import (
	"context"
	"log"
	"math"
	"time"

	"github.com/kestrel-commerce/routing-go-worker/internal/client"
)

// TaskType polled by this worker.
const TaskType = "compute_route"

type Warehouse struct {
	ID       string
	Lat, Lon float64
}

var Warehouses = []Warehouse{
	{ID: "WH-EU-1", Lat: 52.37, Lon: 4.90},  // Amsterdam
	{ID: "WH-EU-2", Lat: 50.11, Lon: 8.68},  // Frankfurt
	{ID: "WH-UK-1", Lat: 52.48, Lon: -1.89}, // Birmingham
}

func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	dLat := (lat2 - lat1) * math.Pi / 180
	dLon := (lon2 - lon1) * math.Pi / 180
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*math.Pi/180)*math.Cos(lat2*math.Pi/180)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// Nearest picks the closest warehouse to the delivery coordinates.
func Nearest(lat, lon float64) (Warehouse, float64) {
	best, bestD := Warehouses[0], math.MaxFloat64
	for _, w := range Warehouses {
		if d := haversineKm(lat, lon, w.Lat, w.Lon); d < bestD {
			best, bestD = w, d
		}
	}
	return best, bestD
}

// Execute computes the route for one task.
func Execute(t *client.Task, workerID string) *client.Result {
	res := &client.Result{TaskID: t.TaskID, WorkflowInstanceID: t.WorkflowInstanceID, WorkerID: workerID}
	addr, ok := t.InputData["address"].(map[string]interface{})
	if !ok {
		res.Status, res.Reason = "FAILED_WITH_TERMINAL_ERROR", "address missing"
		return res
	}
	lat, _ := addr["lat"].(float64)
	lon, _ := addr["lon"].(float64)
	w, d := Nearest(lat, lon)
	res.Status = "COMPLETED"
	res.OutputData = map[string]interface{}{"warehouseId": w.ID, "distanceKm": math.Round(d*10) / 10}
	return res
}

// Run polls until ctx is cancelled.
func Run(ctx context.Context, tc client.TaskClient, workerID, domain string, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			task, err := tc.Poll(ctx, TaskType, workerID, domain)
			if err != nil {
				log.Printf("poll %s: %v", TaskType, err)
				continue
			}
			if task == nil {
				continue
			}
			if err := tc.Update(ctx, Execute(task, workerID)); err != nil {
				log.Printf("update %s: %v", task.TaskID, err)
			}
		}
	}
}
