import Route from "@ember/routing/route";
import { service } from "@ember/service";

export default class TopicRoute extends Route {
  @service store;
  @service messageBus;

  model(params) {
    return this.store.find("topic", params.id);
  }

  setupController(controller, model) {
    super.setupController(controller, model);
    this.messageBus.subscribe(`/topic/${model.id}`, (data) => {
      if (data.type === "created" || data.type === "revised") {
        this.refresh();
      }
    });
  }
}
