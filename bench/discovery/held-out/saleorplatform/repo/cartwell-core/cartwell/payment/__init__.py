class ChargeStatus:
    NOT_CHARGED = "not-charged"
    PARTIALLY_CHARGED = "partially-charged"
    FULLY_CHARGED = "fully-charged"
    FULLY_REFUNDED = "fully-refunded"
