from documents.models import Document, Tag
from documents.tasks import bulk_update_documents, empty_trash


def add_tag(doc_ids: list[int], tag: int):
    tag_obj = Tag.objects.get(pk=tag)
    for doc in Document.objects.filter(pk__in=doc_ids):
        doc.tags.add(tag_obj)
    bulk_update_documents.delay(document_ids=doc_ids)
    return "OK"


def remove_tag(doc_ids: list[int], tag: int):
    for doc in Document.objects.filter(pk__in=doc_ids):
        doc.tags.remove(tag)
    bulk_update_documents.delay(document_ids=doc_ids)
    return "OK"


def delete(doc_ids: list[int]):
    empty_trash.delay(doc_ids=doc_ids)
    return "OK"
