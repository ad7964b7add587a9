import logging
import time
import uuid
from typing import Optional

from flask_login import current_user  # type: ignore

from configs import yard_config
from core.rag.index_processor.constant.index_type import IndexType
from extensions.ext_database import db
from extensions.ext_redis import redis_client
from models.account import Account
from models.dataset import Dataset, Document
from tasks.document_indexing_task import document_indexing_task

logger = logging.getLogger(__name__)


class DocumentService:
    @staticmethod
    def save_document_with_dataset_id(
        dataset: Dataset,
        knowledge_config: dict,
        account: Account,
        dataset_process_rule: Optional[dict] = None,
        created_from: str = "web",
    ):
        # check doc_form
        DatasetService.check_doc_form(dataset, knowledge_config.get("doc_form", IndexType.PARAGRAPH_INDEX))

        batch = time.strftime("%Y%m%d%H%M%S") + str(100000 + uuid.uuid4().int % 900000)
        lock_name = "add_document_lock_dataset_id_{}".format(dataset.id)
        documents = []
        with redis_client.lock(lock_name, timeout=600):
            position = DocumentService.get_documents_position(dataset.id)
            for file_id in knowledge_config["data_source"]["info_list"].get("file_ids", []):
                document = Document(
                    tenant_id=dataset.tenant_id,
                    dataset_id=dataset.id,
                    position=position,
                    data_source_type="upload_file",
                    batch=batch,
                    created_from=created_from,
                    created_by=account.id,
                    doc_form=knowledge_config.get("doc_form", IndexType.PARAGRAPH_INDEX),
                )
                db.session.add(document)
                documents.append(document)
                position += 1
            db.session.commit()

            # trigger async task
            document_ids = [document.id for document in documents]
            if document_ids:
                document_indexing_task.delay(dataset.id, document_ids)

        return documents, batch

    @staticmethod
    def get_documents_position(dataset_id: str) -> int:
        document = Document.query.filter_by(dataset_id=dataset_id).order_by(Document.position.desc()).first()
        if document:
            return document.position + 1
        else:
            return 1


class DatasetService:
    @staticmethod
    def check_doc_form(dataset: Dataset, doc_form: str):
        if dataset.doc_form and doc_form != dataset.doc_form:
            raise ValueError("doc_form is different from the dataset doc_form.")
