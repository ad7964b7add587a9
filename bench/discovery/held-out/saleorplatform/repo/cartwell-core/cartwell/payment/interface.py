from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class GatewayResponse:
    is_success: bool
    action_required: bool
    kind: str
    amount: Decimal
    transaction_id: str
    raw_response: dict = field(default_factory=dict)
    error: str | None = None

    @classmethod
    def failed(cls, error: str) -> "GatewayResponse":
        return cls(False, False, "capture", Decimal(0), "", {}, error)
