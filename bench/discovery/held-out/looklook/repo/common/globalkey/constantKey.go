package globalkey

// soft delete states
const (
	DelStateNo  int64 = 0
	DelStateYes int64 = 1
)

const DateTimeFormatTplStandardDateTime = "2006-01-02 15:04:05"

// order trade states (homestay_order.trade_state)
const (
	HomestayOrderTradeStateCancel   int64 = -1
	HomestayOrderTradeStateWaitPay  int64 = 0
	HomestayOrderTradeStateWaitUse  int64 = 1
	HomestayOrderTradeStateUsed     int64 = 2
	HomestayOrderTradeStateRefund   int64 = 3
	HomestayOrderTradeStateRefunded int64 = 4
)

// third payment pay_status
const (
	ThirdPaymentPayTradeStateFAIL    int64 = -1
	ThirdPaymentPayTradeStateWait    int64 = 0
	ThirdPaymentPayTradeStateSuccess int64 = 1
	ThirdPaymentPayTradeStateRefund  int64 = 2
)

const (
	UserAuthTypeSystem = "system"
	UserAuthTypeSmallWX = "wxMini"
)
