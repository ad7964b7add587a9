from unittest import mock

from planedeck.utils.ai import get_llm_response


def test_get_llm_response_uses_openai_client():
    fake_choice = mock.Mock()
    fake_choice.message.content = "summary"
    with mock.patch("planedeck.utils.ai.OpenAI") as client_cls:
        client_cls.return_value.chat.completions.create.return_value = mock.Mock(choices=[fake_choice])
        text, error = get_llm_response("Summarise", "some issue text", api_key="sk-test")
    assert text == "summary"
    assert error is None
