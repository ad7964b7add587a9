import difflib
import json
import logging
import os
from typing import Any, Dict, List, Optional, Tuple, Union

import pytesseract
from labelyard_ml.model import LabelyardMLBase
from labelyard_ml.response import ModelResponse
from labelyard_sdk.label_interface.control_tags import ControlTag, ObjectTag
from labelyard_sdk.label_interface.object_tags import ImageTag, ParagraphsTag
from labelyard_sdk.objects import PredictionValue
from openai import AzureOpenAI, OpenAI
from PIL import Image, ImageOps
from tenacity import retry, stop_after_attempt, wait_random

logger = logging.getLogger(__name__)


@retry(wait=wait_random(min=5, max=10), stop=stop_after_attempt(6))
def chat_completion_call(messages, params, *args, **kwargs):
    """
    Request to OpenAI API (OpenAI, Azure, Ollama)

    Args:
        messages: list of messages
        params: dict with parameters
           Example:
               ```json
              {
                "api_key": "YOUR_API_KEY",
                "provider": "openai",
                "model": "gpt-4",
                "num_responses": 1,
                "temperature": 0.7
                }```
    """
    provider = params.get('provider', OpenAIInteractive.OPENAI_PROVIDER)
    model = params.get('model', OpenAIInteractive.OPENAI_MODEL)
    if provider == 'openai':
        client = OpenAI(
            api_key=params.get('api_key', OpenAIInteractive.OPENAI_KEY),
        )
        if not model:
            model = 'gpt-4o-mini'
    elif provider == 'azure':
        client = AzureOpenAI(
            api_key=params.get('api_key', OpenAIInteractive.OPENAI_KEY),
            api_version=params.get('api_version', OpenAIInteractive.AZURE_API_VERSION),
            azure_endpoint=params.get('resource_endpoint', OpenAIInteractive.AZURE_RESOURCE_ENDPOINT).rstrip('/'),
            azure_deployment=params.get('deployment_name', OpenAIInteractive.AZURE_DEPLOYMENT_NAME),
        )
        if not model:
            model = 'gpt-35-turbo'
    elif provider == 'ollama':
        client = OpenAI(
            base_url=params.get('base_url', OpenAIInteractive.OLLAMA_ENDPOINT),
            # required but ignored
            api_key='ollama',
        )
    else:
        raise ValueError(f'Unknown provider {provider}')

    request_params = {
        'messages': messages,
        'model': model,
        'n': params.get('num_responses', OpenAIInteractive.NUM_RESPONSES),
        'temperature': params.get('temperature', OpenAIInteractive.TEMPERATURE),
    }

    completion = client.chat.completions.create(**request_params)

    return completion


def gpt(messages: Union[List[Dict], str], params, *args, **kwargs):
    """ """
    if isinstance(messages, str):
        messages = [{'role': 'user', 'content': messages}]

    logger.debug(f'OpenAI request: {messages}, params={params}')
    completion = chat_completion_call(messages, params)
    logger.debug(f'OpenAI response: {completion}')
    response = [choice.message.content for choice in completion.choices]

    return response


class OpenAIInteractive(LabelyardMLBase):
    """ """

    OPENAI_PROVIDER = os.getenv('OPENAI_PROVIDER', 'openai')
    OPENAI_KEY = os.getenv('OPENAI_API_KEY')
    PROMPT_PREFIX = os.getenv('PROMPT_PREFIX', 'prompt')
    USE_INTERNAL_PROMPT_TEMPLATE = bool(int(os.getenv('USE_INTERNAL_PROMPT_TEMPLATE', 1)))
    # if set, this prompt will be used at the beginning of the session
    DEFAULT_PROMPT = os.getenv('DEFAULT_PROMPT')
    PROMPT_TEMPLATE = os.getenv('PROMPT_TEMPLATE', '**Source Text**:\n\n"{text}"\n\n**Task Directive**:\n\n"{prompt}"')
    PROMPT_TAG = 'TextArea'
    SUPPORTED_INPUTS = ('Image', 'Text', 'HyperText', 'Paragraphs')
    NUM_RESPONSES = int(os.getenv('NUM_RESPONSES', 1))
    TEMPERATURE = float(os.getenv('TEMPERATURE', 0.7))
    OPENAI_MODEL = os.getenv('OPENAI_MODEL')
    AZURE_RESOURCE_ENDPOINT = os.getenv('AZURE_RESOURCE_ENDPOINT', '')
    AZURE_DEPLOYMENT_NAME = os.getenv('AZURE_DEPLOYMENT_NAME')
    AZURE_API_VERSION = os.getenv('AZURE_API_VERSION', '2023-05-15')
    OLLAMA_ENDPOINT = os.getenv('OLLAMA_ENDPOINT')

    def setup(self):
        if self.DEFAULT_PROMPT and os.path.isfile(self.DEFAULT_PROMPT):
            logger.info(f'Reading default prompt from file: {self.DEFAULT_PROMPT}')
            with open(self.DEFAULT_PROMPT) as f:
                self.DEFAULT_PROMPT = f.read()

    def _ocr(self, image_url, task_id=None):
        # Download the image from Labelyard (or storage) and run OCR on it
        image_path = self.get_local_path(image_url, task_id=task_id)
        image = Image.open(image_path)
        image = ImageOps.exif_transpose(image)
        text = pytesseract.image_to_string(image)
        return text

    def _get_text(self, task_data, object_tag, task_id=None):
        """ """
        data = task_data.get(object_tag.value_name)

        if data is None:
            return None

        if isinstance(object_tag, ImageTag):
            return self._ocr(data, task_id=task_id)
        elif isinstance(object_tag, ParagraphsTag):
            return json.dumps(data)
        else:
            return data

    def _get_prompts(self, context, prompt_tag) -> List[str]:
        """Getting prompt values"""
        if context:
            # Interactive mode - get prompt from context
            result = context.get('result')
            for item in result:
                if item.get('from_name') == prompt_tag.name:
                    return item['value']['text']
        # Initializing - get existing prompt from storage
        elif prompt := self.get(prompt_tag.name):
            return [prompt]
        # Default prompt
        elif self.DEFAULT_PROMPT:
            if self.USE_INTERNAL_PROMPT_TEMPLATE:
                logger.error(
                    'Using both `DEFAULT_PROMPT` and `USE_INTERNAL_PROMPT_TEMPLATE` is not supported. '
                    'Please either specify `USE_INTERNAL_PROMPT_TEMPLATE=0` or remove `DEFAULT_PROMPT`. '
                    'For now, no prompt will be used.'
                )
                return []
            return [self.DEFAULT_PROMPT]

        return []

    def _match_choices(self, response: List[str], original_choices: List[str]) -> List[str]:
        # assuming classes are separated by newlines
        matched_labels = []
        predicted_classes = response[0].splitlines()

        for pred in predicted_classes:
            scores = list(map(lambda l: difflib.SequenceMatcher(None, pred, l).ratio(), original_choices))
            matched_labels.append(original_choices[scores.index(max(scores))])

        return matched_labels

    def _find_choices_tag(self, object_tag):
        """Classification predictor"""
        li = self.label_interface
        try:
            choices_from_name, _, _ = li.get_first_tag_occurence(
                'Choices', self.SUPPORTED_INPUTS, to_name_filter=lambda s: s == object_tag.name
            )
            return li.get_control(choices_from_name)
        except Exception:
            return None

    def _find_textarea_tag(self, prompt_tag, object_tag):
        """Free-form text predictor"""
        li = self.label_interface
        try:
            textarea_from_name, _, _ = li.get_first_tag_occurence(
                'TextArea',
                self.SUPPORTED_INPUTS,
                name_filter=lambda s: s != prompt_tag.name,
                to_name_filter=lambda s: s == object_tag.name,
            )
            return li.get_control(textarea_from_name)
        except Exception:
            return None

    def _find_prompt_tags(self) -> Tuple[ControlTag, ObjectTag]:
        """Find prompting tags in the config"""
        li = self.label_interface
        prompt_from_name, prompt_to_name, value = li.get_first_tag_occurence(
            self.PROMPT_TAG, self.SUPPORTED_INPUTS, name_filter=lambda s: s.startswith(self.PROMPT_PREFIX)
        )
        return li.get_control(prompt_from_name), li.get_object(prompt_to_name)

    def _generate_normalized_prompt(self, text: str, prompt: str, task_data: Dict, labels: Optional[List[str]]) -> str:
        if self.USE_INTERNAL_PROMPT_TEMPLATE:
            return self.PROMPT_TEMPLATE.format(text=text, prompt=prompt, labels=labels)
        return prompt.format(labels=labels, **task_data)

    def _predict_single_task(self, task: Dict, prompt_tag: Any, object_tag: Any, prompt: str, choices_tag, textarea_tag, prompts) -> PredictionValue:
        task_data = task['data']
        text = self._get_text(task_data, object_tag, task_id=task.get('id'))
        labels = choices_tag.labels if choices_tag else None
        norm_prompt = self._generate_normalized_prompt(text, prompt, task_data, labels=labels)

        # run inference; these are params provided through the web interface
        response = gpt(norm_prompt, self.extra_params)

        regions = []
        if choices_tag and len(response) > 0:
            matched_labels = self._match_choices(response, choices_tag.labels)
            regions.append(choices_tag.label(matched_labels))
        if textarea_tag:
            regions.append(textarea_tag.label(text=response))
        regions.append(prompt_tag.label(text=prompts))

        return PredictionValue(result=regions, score=0.1, model_version=str(self.model_version))

    def predict(self, tasks: List[Dict], context: Optional[Dict] = None, **kwargs) -> ModelResponse:
        predictions = []

        # prompt tag contains the prompt in the config
        # object tag contains what we plan to label
        prompt_tag, object_tag = self._find_prompt_tags()
        prompts = self._get_prompts(context, prompt_tag)

        if prompts:
            prompt = '\n'.join(prompts)
            choices_tag = self._find_choices_tag(object_tag)
            textarea_tag = self._find_textarea_tag(prompt_tag, object_tag)
            if not choices_tag and not textarea_tag:
                raise ValueError('No supported tags found: <Choices> or <TextArea>')

            for task in tasks:
                pred = self._predict_single_task(task, prompt_tag, object_tag, prompt, choices_tag, textarea_tag, prompts)
                predictions.append(pred)

        return ModelResponse(predictions=predictions)

    def fit(self, event, data, **additional_params):
        logger.debug(f'Data received: {data}')
        if event not in ('ANNOTATION_CREATED', 'ANNOTATION_UPDATED'):
            return

        prompt_tag, object_tag = self._find_prompt_tags()
        prompts = self._get_prompts(data['annotation'], prompt_tag)

        if not prompts:
            logger.debug('No prompts recorded.')
            return

        prompt = '\n'.join(prompts)
        current_prompt = self.get(prompt_tag.name)

        if current_prompt == prompt:
            logger.debug('No prompt diff found.')
            return

        self.set(prompt_tag.name, prompt)
        model_version = self.bump_model_version()
        logger.debug(f'Updated model version to {str(model_version)}')
