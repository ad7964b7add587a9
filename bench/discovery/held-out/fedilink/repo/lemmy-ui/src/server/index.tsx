import express from "express";
import path from "path";
import process from "process";
import CatchAllHandler from "./handlers/catch-all-handler";
import ManifestHandler from "./handlers/manifest-handler";

const server = express();

const [hostname, port] = process.env["LEMMY_UI_HOST"]
  ? process.env["LEMMY_UI_HOST"].split(":")
  : ["0.0.0.0", "1234"];

server.use(express.json());
server.use(express.urlencoded({ extended: false }));
server.use("/static", express.static(path.resolve("./dist"), { maxAge: 24 * 60 * 60 * 1000 }));

server.get("/robots.txt", (_req, res) => {
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.send("User-Agent: *\nDisallow: /login\nDisallow: /settings\nDisallow: /create_community\nDisallow: /create_post");
});
server.get("/.well-known/security.txt", (_req, res) => {
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.send("Contact: mailto:security@join-lemmy.org\n");
});
server.get("/manifest.webmanifest", ManifestHandler);
server.get("/*", CatchAllHandler);

const listener = server.listen(Number(port), hostname, () => {
  console.log(`Lemmy-ui v${process.env.npm_package_version} started listening on http://${hostname}:${port}`);
});

const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
for (const [signal, value] of Object.entries(signals)) {
  process.on(signal, () => {
    console.info(`Received ${signal}, exiting`);
    listener.close(() => process.exit(128 + value));
  });
}
