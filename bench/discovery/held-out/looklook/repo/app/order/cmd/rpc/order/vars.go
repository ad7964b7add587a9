package order

// trade states, mirrored from app/order/model for api-side callers
const (
	HomestayOrderTradeStateCancel   int64 = -1
	HomestayOrderTradeStateWaitPay  int64 = 0
	HomestayOrderTradeStateWaitUse  int64 = 1
	HomestayOrderTradeStateUsed     int64 = 2
	HomestayOrderTradeStateRefund   int64 = 3
	HomestayOrderTradeStateRefunded int64 = 4
)
