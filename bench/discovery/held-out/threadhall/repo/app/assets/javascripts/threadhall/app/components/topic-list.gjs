import Component from "@glimmer/component";
import { LinkTo } from "@ember/routing";

export default class TopicList extends Component {
  get sortedTopics() {
    return [...(this.args.topics || [])].sort((a, b) => b.bumped_at.localeCompare(a.bumped_at));
  }

  <template>
    <table class="topic-list">
      <thead><tr><th>Topic</th><th>Replies</th><th>Activity</th></tr></thead>
      <tbody>
        {{#each this.sortedTopics as |t|}}
          <tr class="topic-list-item">
            <td><LinkTo @route="topic" @model={{t.id}}>{{t.title}}</LinkTo></td>
            <td>{{t.posts_count}}</td>
            <td>{{t.bumped_at}}</td>
          </tr>
        {{/each}}
      </tbody>
    </table>
  </template>
}
