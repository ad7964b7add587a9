from typing import List

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from routers.llm import get_client, model_name

description = APIRouter(prefix="/generate", tags=["generate"])

PROMPT = (
    "You are writing copy for Kestrel Pet Outfitters. Describe the product '{name}' "
    "in two upbeat sentences for a pet owner. Work in these keywords: {tags}."
)


class Product(BaseModel):
    name: str
    tags: List[str] = []


@description.post("/description", summary="Get a description for a product")
async def post_description(product: Product):
    try:
        completion = get_client().chat.completions.create(
            model=model_name(),
            messages=[{"role": "user", "content": PROMPT.format(name=product.name, tags=", ".join(product.tags))}],
            max_tokens=200,
            temperature=0.7,
        )
    except Exception as exc:  # surface upstream errors to store-admin
        raise HTTPException(status_code=502, detail=str(exc))
    text = completion.choices[0].message.content.strip()
    return {"description": text}
