package jobtype

// asynq task type names, shared by producers (order-rpc, mqueue-scheduler) and mqueue-job.
const (
	// DeferCloseHomestayOrder closes an unpaid order after CloseOrderTimeMinutes.
	DeferCloseHomestayOrder = "defer:homestayOrder:close"
	// MsgPaySuccessNotifyUser sends the "payment received" subscribe message.
	MsgPaySuccessNotifyUser = "msg:paySuccess:notifyUser"
	// ScheduleSettleRecord settles host payouts (registered by mqueue-scheduler).
	ScheduleSettleRecord = "schedule:settle:record"
)

// DeferCloseHomestayOrderPayload payload of DeferCloseHomestayOrder.
type DeferCloseHomestayOrderPayload struct {
	Sn string `json:"sn"`
}

// PaySuccessNotifyUserPayload payload of MsgPaySuccessNotifyUser.
type PaySuccessNotifyUserPayload struct {
	Order struct {
		Sn              string `json:"sn"`
		UserId          int64  `json:"userId"`
		Title           string `json:"title"`
		TradeCode       string `json:"tradeCode"`
		LiveStartDate   int64  `json:"liveStartDate"`
		LiveEndDate     int64  `json:"liveEndDate"`
		OrderTotalPrice int64  `json:"orderTotalPrice"`
	} `json:"order"`
}
