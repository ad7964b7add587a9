const { Server } = require("socket.io");
const http = require("node:http");
const { get_conf, get_redis_subscriber } = require("./node_utils");
const conf = get_conf();

let port = conf.socketio_port || 9000;
const server = http.createServer();
let io = new Server(server, {
	cors: { origin: true, credentials: true },
	cleanupEmptyChildNamespaces: true,
});

const authenticate = require("./realtime/middlewares/authenticate");
const realtime = io.of(/^\/.*$/);
realtime.use(authenticate);

realtime.on("connection", function (socket) {
	socket.join("all");
	if (socket.user !== "Guest") socket.join("user:" + socket.user);
	socket.on("doctype_subscribe", (doctype) => socket.join("doctype:" + doctype));
	socket.on("doc_subscribe", (doctype, docname) => socket.join("doc:" + doctype + "/" + docname));
});

// Events published by Frappe python code via frappe.publish_realtime
const subscriber = get_redis_subscriber();
(async () => {
	await subscriber.connect();
	subscriber.subscribe("events", (message) => {
		message = JSON.parse(message);
		let namespace = "/" + message.namespace;
		if (message.room) {
			io.of(namespace).to(message.room).emit(message.event, message.message);
		} else {
			realtime.emit(message.event, message.message);
		}
	});
})();

server.listen(port, () => {
	console.log("Realtime service listening on: ", port);
});
