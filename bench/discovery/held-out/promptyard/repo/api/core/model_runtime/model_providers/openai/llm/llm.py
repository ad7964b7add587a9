import logging
from collections.abc import Generator
from typing import Optional, Union, cast

from openai import OpenAI, Stream
from openai.types import Completion
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from core.model_runtime.entities.llm_entities import LLMResult, LLMResultChunk, LLMResultChunkDelta
from core.model_runtime.entities.message_entities import AssistantPromptMessage, PromptMessage, PromptMessageTool
from core.model_runtime.errors.validate import CredentialsValidateFailedError
from core.model_runtime.model_providers.__base.large_language_model import LargeLanguageModel
from core.model_runtime.model_providers.openai._common import _CommonOpenAI

logger = logging.getLogger(__name__)


class OpenAILargeLanguageModel(_CommonOpenAI, LargeLanguageModel):
    """
    Model class for OpenAI large language model.
    """

    def _invoke(
        self,
        model: str,
        credentials: dict,
        prompt_messages: list[PromptMessage],
        model_parameters: dict,
        tools: Optional[list[PromptMessageTool]] = None,
        stop: Optional[list[str]] = None,
        stream: bool = True,
        user: Optional[str] = None,
    ) -> Union[LLMResult, Generator]:
        return self._chat_generate(
            model=model,
            credentials=credentials,
            prompt_messages=prompt_messages,
            model_parameters=model_parameters,
            tools=tools,
            stop=stop,
            stream=stream,
            user=user,
        )

    def validate_credentials(self, model: str, credentials: dict) -> None:
        try:
            credentials_kwargs = self._to_credential_kwargs(credentials)
            client = OpenAI(**credentials_kwargs)
            client.chat.completions.create(
                messages=[{"role": "user", "content": "ping"}],
                model=model,
                temperature=0,
                max_tokens=20,
                stream=False,
            )
        except Exception as ex:
            raise CredentialsValidateFailedError(str(ex))

    def _chat_generate(
        self,
        model: str,
        credentials: dict,
        prompt_messages: list[PromptMessage],
        model_parameters: dict,
        tools: Optional[list[PromptMessageTool]] = None,
        stop: Optional[list[str]] = None,
        stream: bool = True,
        user: Optional[str] = None,
    ) -> Union[LLMResult, Generator]:
        # transform credentials to kwargs for model instance
        credentials_kwargs = self._to_credential_kwargs(credentials)

        # init model client
        client = OpenAI(**credentials_kwargs)

        extra_model_kwargs = {}
        if tools:
            extra_model_kwargs["tools"] = [{"type": "function", "function": t.model_dump()} for t in tools]
        if stop:
            extra_model_kwargs["stop"] = stop
        if user:
            extra_model_kwargs["user"] = user

        messages = [self._convert_prompt_message_to_dict(m) for m in prompt_messages]

        response = client.chat.completions.create(
            messages=messages,
            model=model,
            stream=stream,
            **model_parameters,
            **extra_model_kwargs,
        )

        if stream:
            return self._handle_chat_generate_stream_response(model, credentials, response, prompt_messages, tools)

        return self._handle_chat_generate_response(model, credentials, cast(ChatCompletion, response), prompt_messages, tools)

    def _handle_chat_generate_response(self, model, credentials, response: ChatCompletion, prompt_messages, tools):
        assistant_message = response.choices[0].message
        usage = self._calc_response_usage(
            model, credentials, response.usage.prompt_tokens, response.usage.completion_tokens
        )
        return LLMResult(
            model=response.model,
            prompt_messages=prompt_messages,
            message=AssistantPromptMessage(content=assistant_message.content or ""),
            usage=usage,
            system_fingerprint=response.system_fingerprint,
        )

    def _handle_chat_generate_stream_response(
        self, model, credentials, response: Stream[ChatCompletionChunk], prompt_messages, tools
    ) -> Generator:
        for chunk in response:
            if not chunk.choices:
                continue
            delta = chunk.choices[0]
            yield LLMResultChunk(
                model=chunk.model,
                prompt_messages=prompt_messages,
                delta=LLMResultChunkDelta(
                    index=delta.index,
                    message=AssistantPromptMessage(content=delta.delta.content or ""),
                    finish_reason=delta.finish_reason,
                ),
            )
