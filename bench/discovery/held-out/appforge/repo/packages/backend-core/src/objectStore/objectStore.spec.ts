jest.mock("aws-sdk")
import { upload, getPresignedUrl } from "./objectStore"
import fs from "fs"

jest.spyOn(fs, "createReadStream").mockReturnValue("stream" as any)

describe("objectStore", () => {
  it("uploads to the sanitised bucket", async () => {
    const result = await upload({ bucket: "App_Assets", filename: "logo.svg", path: "/tmp/logo.svg" })
    expect(result).toEqual(expect.objectContaining({ Location: "http://minio.test/bucket/key" }))
  })

  it("rewrites presigned urls to go via the proxy", () => {
    const url = getPresignedUrl("attachments", "a.png")
    expect(url.startsWith("/files/signed/")).toBe(true)
  })
})
