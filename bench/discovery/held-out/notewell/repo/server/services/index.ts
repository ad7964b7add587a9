import admin from "./admin";
import collaboration from "./collaboration";
import web from "./web";
import websockets from "./websockets";
import worker from "./worker";

export default {
  websockets,
  collaboration,
  admin,
  web,
  worker,
};
