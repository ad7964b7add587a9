package jobs

import (
	"encoding/json"
	"time"

	"github.com/berthdock/berthdock/src/controller/task"
	"github.com/berthdock/berthdock/src/core/service/notifications"
	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/lib/log"
)

// Handler handles request on /service/notifications/tasks/:id which is called by the jobservice
// hook agent (see src/jobservice/hook) whenever a job changes status or reports check-in data.
type Handler struct {
	notifications.BaseHandler
	id     int64
	status string
	rawStatus string
	checkIn   string
	revision  int64
	trackID   string
}

// Prepare ...
func (h *Handler) Prepare() {
	h.BaseHandler.Prepare()
	h.trackID = h.GetStringFromPath(":uuid")
	if len(h.trackID) == 0 {
		id, err := h.GetInt64FromPath(":id")
		if err != nil {
			log.Errorf("Failed to get job ID, error: %v", err)
			h.SendBadRequestError(err)
			return
		}
		h.id = id
	}

	var data job.StatusChange
	if err := json.Unmarshal(h.Ctx.Input.CopyBody(1<<32), &data); err != nil {
		log.Errorf("Failed to decode job status change with error: %v", err)
		h.SendInternalServerError(err)
		return
	}
	h.status = data.Status
	h.rawStatus = data.Status
	h.checkIn = data.CheckIn
	if data.Metadata != nil {
		h.revision = data.Metadata.Revision
	}
}

// HandleTask handles the hook of task
func (h *Handler) HandleTask() {
	sc := &job.StatusChange{
		Status:  h.status,
		CheckIn: h.checkIn,
		Metadata: &job.StatsInfo{
			Revision:   h.revision,
			UpdateTime: time.Now().Unix(),
		},
	}
	if err := task.HkHandler.Handle(h.Ctx.Request.Context(), h.id, sc); err != nil {
		h.SendInternalServerError(err)
		return
	}
}
