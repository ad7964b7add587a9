from typing import Optional
from langchain_core.embeddings import Embeddings
from langchain_community.vectorstores.pgvector import PGVector
from pymongo import MongoClient

from store import AsyncPgVector, ExtendedPgVector, AtlasMongoVector


def get_vector_store(
    connection_string: str,
    embeddings: Embeddings,
    collection_name: str,
    mode: str = "sync",
    search_index: Optional[str] = None,
):
    if mode == "sync":
        return ExtendedPgVector(
            connection_string=connection_string,
            embedding_function=embeddings,
            collection_name=collection_name,
        )
    elif mode == "async":
        return AsyncPgVector(
            connection_string=connection_string,
            embedding_function=embeddings,
            collection_name=collection_name,
        )
    elif mode == "atlas-mongo":
        mongo_db = MongoClient(connection_string).get_database()
        mong_collection = mongo_db[collection_name]
        return AtlasMongoVector(collection=mong_collection, embedding=embeddings, index_name=search_index)
    else:
        raise ValueError("Invalid mode specified. Choose 'sync', 'async' or 'atlas-mongo'.")


__all__ = ["get_vector_store", "PGVector"]
