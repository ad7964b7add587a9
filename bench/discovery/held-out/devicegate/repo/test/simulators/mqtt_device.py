"""Simulated MQTT device publishing telemetry and subscribing to commands (developer tool)."""
import json
import os
import random
import time

import paho.mqtt.client as mqtt

HOST = os.getenv("MQTT_ADAPTER_HOST", "localhost")
PORT = int(os.getenv("MQTT_ADAPTER_PORT", "1883"))


def on_command(client, userdata, msg):
    print(f"command received on {msg.topic}: {msg.payload!r}")


client = mqtt.Client(client_id="sensor2")
client.username_pw_set("sensor2@DEFAULT_TENANT", "hono-secret")
client.on_message = on_command
client.connect(HOST, PORT)
client.subscribe("command///req/#", qos=1)
client.loop_start()
while True:
    client.publish("telemetry", json.dumps({"humidity": random.randint(20, 80)}), qos=0)
    time.sleep(5)
