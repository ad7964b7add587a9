import Service from "@ember/service";

export default class StoreService extends Service {
  async find(type, id) {
    const path = type === "topic" ? `/t/${id}.json` : `/${type}s/${id}.json`;
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      throw new Error(`failed to load ${type} ${id}`);
    }
    return response.json();
  }

  async createPost(data) {
    const token = document.querySelector("meta[name=csrf-token]")?.content;
    const response = await fetch("/posts.json", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(data),
    });
    return response.json();
  }
}
