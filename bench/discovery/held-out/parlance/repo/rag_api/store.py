from typing import Any, Optional
from sqlalchemy import delete
from langchain_core.documents import Document
from langchain_community.vectorstores.pgvector import PGVector
from langchain_mongodb import MongoDBAtlasVectorSearch
from langchain_core.runnables.config import run_in_executor


class ExtendedPgVector(PGVector):
    def get_all_ids(self) -> list[str]:
        with self.session_maker() as session:
            results = session.query(self.EmbeddingStore.custom_id).all()
            return [result[0] for result in results if result[0] is not None]

    def get_documents_by_ids(self, ids: list[str]) -> list[Document]:
        with self.session_maker() as session:
            results = session.query(self.EmbeddingStore).filter(self.EmbeddingStore.custom_id.in_(ids)).all()
            return [Document(page_content=r.document, metadata=r.cmetadata or {}) for r in results if r.custom_id in ids]

    def _delete_multiple(self, ids: Optional[list[str]] = None, collection_only: bool = False) -> None:
        with self.session_maker() as session:
            if ids is not None:
                stmt = delete(self.EmbeddingStore)
                if collection_only:
                    collection = self.get_collection(session)
                    stmt = stmt.where(self.EmbeddingStore.collection_id == collection.uuid)
                stmt = stmt.where(self.EmbeddingStore.custom_id.in_(ids))
                session.execute(stmt)
            session.commit()


class AsyncPgVector(ExtendedPgVector):
    async def get_all_ids(self) -> list[str]:
        return await run_in_executor(None, super().get_all_ids)

    async def get_documents_by_ids(self, ids: list[str]) -> list[Document]:
        return await run_in_executor(None, super().get_documents_by_ids, ids)

    async def delete(self, ids: Optional[list[str]] = None, collection_only: bool = False) -> None:
        await run_in_executor(None, self._delete_multiple, ids, collection_only)

    async def asimilarity_search_with_score_by_vector(self, embedding, k: int = 4, filter: Optional[Any] = None):
        return await run_in_executor(None, self.similarity_search_with_score_by_vector, embedding, k, filter)


class AtlasMongoVector(MongoDBAtlasVectorSearch):
    def get_all_ids(self) -> list[str]:
        return self._collection.distinct("file_id")

    def delete(self, ids: Optional[list[str]] = None) -> None:
        self._collection.delete_many({"file_id": {"$in": ids}})
