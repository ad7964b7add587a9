"""Static assets (images, PDFs) stored in MongoDB GridFS."""
import gridfs

from xmodule.modulestore.mongo_connection import connect_to_mongodb


class MongoContentStore:
    def __init__(self, host, db, port=27017, bucket="fs", **kwargs):
        self._db = connect_to_mongodb(db, host, port=port, **kwargs)
        self.fs = gridfs.GridFS(self._db, bucket)
        self.fs_files = self._db[bucket + ".files"]

    def save(self, content):
        with self.fs.new_file(_id=content.location, filename=content.name,
                              content_type=content.content_type) as fp:
            fp.write(content.data)
        return content

    def find(self, location):
        return self.fs.get(location)
