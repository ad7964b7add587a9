import Component from "@glimmer/component";
import { tracked } from "@glimmer/tracking";
import { action } from "@ember/object";
import { on } from "@ember/modifier";

export default class AiHelperButton extends Component {
  @tracked suggestion = null;

  @action
  async proofread() {
    const response = await fetch("/threadhall-ai/ai-helper/suggest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ mode: "proofread", text: this.args.text }),
    });
    const json = await response.json();
    this.suggestion = json.suggestion;
  }

  <template>
    <button class="ai-helper" {{on "click" this.proofread}}>✨ Proofread</button>
    {{#if this.suggestion}}<pre class="ai-suggestion">{{this.suggestion}}</pre>{{/if}}
  </template>
}
