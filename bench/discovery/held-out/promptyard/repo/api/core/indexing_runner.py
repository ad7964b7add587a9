import logging
import time
from typing import Optional

from configs import yard_config
from core.rag.datasource.vdb.vector_factory import Vector
from core.rag.extractor.entity.extract_setting import ExtractSetting
from core.rag.extractor.notion_extractor import NotionExtractor
from core.rag.models.document import Document
from core.rag.splitter.fixed_text_splitter import FixedRecursiveCharacterTextSplitter
from extensions.ext_database import db
from extensions.ext_redis import redis_client
from extensions.ext_storage import storage
from models.dataset import Dataset
from models.dataset import Document as DatasetDocument
from models.model import UploadFile


class DocumentIsPausedError(Exception):
    pass


class IndexingRunner:
    def run(self, dataset_documents: list[DatasetDocument]):
        """Run the indexing process."""
        for dataset_document in dataset_documents:
            try:
                dataset = Dataset.query.filter_by(id=dataset_document.dataset_id).first()
                if not dataset:
                    raise ValueError("no dataset found")

                # extract
                text_docs = self._extract(dataset_document)

                # transform
                documents = self._transform(text_docs, dataset_document)

                # load: embed + write into the vector store
                self._load(dataset=dataset, documents=documents, dataset_document=dataset_document)
            except DocumentIsPausedError:
                raise DocumentIsPausedError("Document paused, document id: {}".format(dataset_document.id))
            except Exception as e:
                logging.exception("consume document failed")
                dataset_document.indexing_status = "error"
                dataset_document.error = str(e)
                db.session.commit()

    def _extract(self, dataset_document: DatasetDocument) -> list[Document]:
        data_source_info = dataset_document.data_source_info_dict
        if dataset_document.data_source_type == "upload_file":
            file_detail = db.session.query(UploadFile).filter(UploadFile.id == data_source_info["upload_file_id"]).one_or_none()
            if not file_detail:
                raise ValueError("no upload file found")
            content = storage.load(file_detail.key).decode("utf-8", errors="ignore")
            return [Document(page_content=content, metadata={"source": file_detail.name})]
        elif dataset_document.data_source_type == "notion_import":
            extractor = NotionExtractor(
                notion_workspace_id=data_source_info["notion_workspace_id"],
                notion_obj_id=data_source_info["notion_page_id"],
                notion_page_type=data_source_info["type"],
                document_model=dataset_document,
                tenant_id=dataset_document.tenant_id,
            )
            return extractor.extract()
        raise ValueError(f"unsupported data source {dataset_document.data_source_type}")

    def _transform(self, text_docs: list[Document], dataset_document: DatasetDocument) -> list[Document]:
        splitter = FixedRecursiveCharacterTextSplitter.from_encoder(
            chunk_size=yard_config.INDEXING_MAX_SEGMENTATION_TOKENS_LENGTH, chunk_overlap=50
        )
        return splitter.split_documents(text_docs)

    def _load(self, dataset: Dataset, documents: list[Document], dataset_document: DatasetDocument) -> None:
        indexing_start_at = time.perf_counter()
        self._check_document_paused_status(dataset_document.id)
        vector = Vector(dataset)
        vector.create(documents)
        dataset_document.indexing_status = "completed"
        dataset_document.indexing_latency = time.perf_counter() - indexing_start_at
        db.session.commit()

    @staticmethod
    def _check_document_paused_status(document_id: str):
        indexing_cache_key = "document_{}_is_paused".format(document_id)
        result = redis_client.get(indexing_cache_key)
        if result:
            raise DocumentIsPausedError()
