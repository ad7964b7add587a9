from django.conf import settings
from openai import OpenAI


def get_llm_response(task, prompt, api_key=None, model=None):
    client = OpenAI(api_key=api_key or settings.LLM_API_KEY)
    final_text = task + "\n" + prompt
    chat_completion = client.chat.completions.create(
        model=model or settings.LLM_MODEL,
        messages=[{"role": "user", "content": final_text}],
    )
    text = chat_completion.choices[0].message.content
    return text, None
