from typing import List, Optional, Type, Union

from labelyard_sdk.objects import PredictionValue
from pydantic import BaseModel


class ModelResponse(BaseModel):
    """ """

    model_version: Optional[str] = None
    predictions: List[Union[PredictionValue, List[PredictionValue]]]

    def has_model_version(self) -> bool:
        return bool(self.model_version)

    def update_predictions_version(self) -> None:
        """ """
        for prediction in self.predictions:
            if isinstance(prediction, PredictionValue):
                prediction = [prediction]
            for p in prediction:
                if not p.model_version:
                    p.model_version = self.model_version

    def set_version(self, version: str) -> None:
        self.model_version = version
        self.update_predictions_version()

    def serialize(self):
        return {
            'model_version': self.model_version,
            'predictions': [p.model_dump() if isinstance(p, PredictionValue) else [x.model_dump() for x in p] for p in self.predictions],
        }
