import os
import aiofiles
import uvicorn
from contextlib import asynccontextmanager
from fastapi import FastAPI, File, Form, UploadFile, HTTPException, status, Request
from fastapi.middleware.cors import CORSMiddleware
from langchain.text_splitter import RecursiveCharacterTextSplitter
from langchain_community.document_loaders import TextLoader, PyPDFLoader, CSVLoader, Docx2txtLoader

from models import DocumentResponse, QueryRequestBody, StoreDocument
from middleware import security_middleware
from psql import PSQLDatabase, ensure_custom_id_index_on_embedding, pg_health_check
from config import (
    logger,
    debug_mode,
    RAG_HOST,
    RAG_PORT,
    CHUNK_SIZE,
    CHUNK_OVERLAP,
    vector_store,
    RAG_UPLOAD_DIR,
    known_source_ext,
    PDF_EXTRACT_IMAGES,
    VECTOR_DB_TYPE,
    VectorDBType,
)


@asynccontextmanager
async def lifespan(app: FastAPI):
    if VECTOR_DB_TYPE == VectorDBType.PGVECTOR:
        await PSQLDatabase.get_pool()
        await ensure_custom_id_index_on_embedding()
    yield
    await PSQLDatabase.close_pool()


app = FastAPI(lifespan=lifespan, debug=debug_mode)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.middleware("http")(security_middleware)


@app.get("/ids")
async def get_all_ids():
    ids = await vector_store.get_all_ids()
    return list(set(ids))


@app.get("/health")
async def health_check():
    if VECTOR_DB_TYPE == VectorDBType.PGVECTOR and not await pg_health_check():
        return {"status": "DOWN"}, 503
    return {"status": "UP"}


@app.get("/documents", response_model=list[DocumentResponse])
async def get_documents_by_ids(ids: list[str]):
    documents = await vector_store.get_documents_by_ids(ids)
    if not documents:
        raise HTTPException(status_code=404, detail="One or more IDs not found")
    return documents


@app.delete("/documents")
async def delete_documents(document_ids: list[str]):
    await vector_store.delete(ids=document_ids)
    return {"message": f"Documents for {len(document_ids)} files deleted successfully"}


@app.post("/query")
async def query_embeddings_by_file_id(body: QueryRequestBody, request: Request):
    embedding = vector_store.embedding_function.embed_query(body.query)
    documents = await vector_store.asimilarity_search_with_score_by_vector(
        embedding, k=body.k, filter={"file_id": body.file_id}
    )
    return documents


def get_loader(filename: str, file_content_type: str, filepath: str):
    file_ext = filename.split(".")[-1].lower()
    known_type = True
    if file_ext == "pdf":
        loader = PyPDFLoader(filepath, extract_images=PDF_EXTRACT_IMAGES)
    elif file_ext == "csv":
        loader = CSVLoader(filepath)
    elif file_ext == "docx":
        loader = Docx2txtLoader(filepath)
    elif file_ext in known_source_ext or (file_content_type and file_content_type.startswith("text/")):
        loader = TextLoader(filepath, autodetect_encoding=True)
    else:
        loader = TextLoader(filepath, autodetect_encoding=True)
        known_type = False
    return loader, known_type


async def store_data_in_vector_db(data, file_id: str, user_id: str = ""):
    text_splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    documents = text_splitter.split_documents(data)
    for doc in documents:
        doc.metadata.update({"file_id": file_id, "user_id": user_id, "digest": ""})
    ids = await vector_store.aadd_documents(documents, ids=[file_id] * len(documents))
    return {"message": "Documents added successfully", "ids": ids}


@app.post("/embed")
async def embed_file(request: Request, file_id: str = Form(...), file: UploadFile = File(...)):
    user_id = request.state.user.get("id") if hasattr(request.state, "user") else "public"
    temp_base_path = os.path.join(RAG_UPLOAD_DIR, user_id)
    os.makedirs(temp_base_path, exist_ok=True)
    temp_file_path = os.path.join(temp_base_path, file.filename)

    try:
        async with aiofiles.open(temp_file_path, "wb") as temp_file:
            while content := await file.read(64 * 1024):
                await temp_file.write(content)

        loader, known_type = get_loader(file.filename, file.content_type, temp_file_path)
        data = loader.load()
        result = await store_data_in_vector_db(data, file_id, user_id)
        if not result:
            raise HTTPException(status_code=status.HTTP_500_INTERNAL_SERVER_ERROR, detail="Failed to process/store the file data.")
    except Exception as e:
        logger.error(f"Error during file processing: {e}")
        raise HTTPException(status_code=status.HTTP_400_BAD_REQUEST, detail=f"Error during file processing: {e}")
    finally:
        os.remove(temp_file_path)

    return {"status": True, "message": "File processed successfully.", "file_id": file_id, "filename": file.filename, "known_type": known_type}


if __name__ == "__main__":
    uvicorn.run(app, host=RAG_HOST, port=RAG_PORT, log_config=None)
