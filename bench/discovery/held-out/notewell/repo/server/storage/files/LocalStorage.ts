import { createReadStream, existsSync } from "fs";
import { Readable } from "stream";
import fs from "fs-extra";
import invariant from "invariant";
import JWT from "jsonwebtoken";
import env from "@server/env";
import BaseStorage from "./BaseStorage";

/** Stores attachments on the local disk of the container. Only used when FILE_STORAGE=local. */
export default class LocalStorage extends BaseStorage {
  public async getPresignedPost(key: string, acl: string, maxUploadSize: number, contentType = "image") {
    return Promise.resolve({
      url: this.getUrlForKey(key),
      fields: { key, acl, maxUploadSize: String(maxUploadSize), contentType },
    });
  }

  public getUploadUrl() {
    return "/api/files.create";
  }

  public getUrlForKey(key: string): string {
    return `/api/files.get?key=${key}`;
  }

  public store = async ({ body, key }: { body: string | Buffer | Uint8Array | Readable; key: string }) => {
    const filePath = this.getFilePath(key);
    await fs.mkdir(filePath.substring(0, filePath.lastIndexOf("/")), { recursive: true });
    await fs.writeFile(filePath, body as Buffer);
    return this.getUrlForKey(key);
  };

  public async deleteFile(key: string) {
    const filePath = this.getFilePath(key);
    if (existsSync(filePath)) {
      await fs.unlink(filePath);
    }
  }

  public getSignedUrl = async (key: string, expiresIn = 60) => {
    const sig = JWT.sign({ key, type: "attachment" }, env.SECRET_KEY, { expiresIn });
    return Promise.resolve(`${env.URL}/api/files.get?sig=${sig}`);
  };

  public async getFileStream(key: string) {
    return createReadStream(this.getFilePath(key));
  }

  private getFilePath(key: string) {
    invariant(env.FILE_STORAGE_LOCAL_ROOT_DIR, "FILE_STORAGE_LOCAL_ROOT_DIR is required");
    return `${env.FILE_STORAGE_LOCAL_ROOT_DIR}/${key}`;
  }
}
