import axios from "axios"

const config = window.APP_CONFIG || {}

function apiBaseUrl() {
  if (config.CALCULATE_API_BASE_URL) {
    // On OpenShift, ui-super-heroes-<ns>.apps... -> rest-fights-<ns>.apps...
    return window.location.protocol + "//" + window.location.host.replace("ui-super-heroes", "rest-fights")
  }
  return config.API_BASE_URL || "http://localhost:8082"
}

const http = axios.create({ baseURL: `${apiBaseUrl()}/api/fights` })

export async function getRandomFighters() {
  const response = await http.get("/randomfighters")
  return response.data
}

export async function getRandomLocation() {
  const response = await http.get("/randomlocation")
  return response.data
}

export async function getFights() {
  const response = await http.get("")
  return response.data
}

export async function startFight(fighters, location) {
  const response = await http.post("", { hero: fighters.hero, villain: fighters.villain, location })
  return response.data
}

export async function narrateFight(fight) {
  const response = await http.post("/narrate", fight, { headers: { Accept: "text/plain" } })
  return response.data
}

export async function generateImage(narration) {
  const response = await http.post("/narrate/image", narration, { headers: { "Content-Type": "text/plain" } })
  return response.data
}
