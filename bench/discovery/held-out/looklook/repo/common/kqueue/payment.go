package kqueue

// ThirdPaymentUpdatePayStatusNotifyMessage is pushed by payment-rpc to
// payment-update-paystatus-topic and consumed by mqueue-job.
type ThirdPaymentUpdatePayStatusNotifyMessage struct {
	PayStatus int64  `json:"payStatus"`
	OrderSn   string `json:"orderSn"`
}
