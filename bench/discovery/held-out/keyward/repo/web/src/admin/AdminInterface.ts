import { DEFAULT_CONFIG } from "@keyward/common/api/config";
import { WebsocketClient } from "@keyward/common/ws";
import { Interface } from "@keyward/elements/Interface";

import { html, TemplateResult } from "lit";
import { customElement, state } from "lit/decorators.js";

import { AdminApi, SessionUser, CoreApi, Version } from "@goauthentik/api";

@customElement("ak-interface-admin")
export class AdminInterface extends Interface {
    @state()
    user?: SessionUser;

    @state()
    version?: Version;

    ws: WebsocketClient;

    constructor() {
        super();
        this.ws = new WebsocketClient();
    }

    async firstUpdated(): Promise<void> {
        this.version = await new AdminApi(DEFAULT_CONFIG).adminVersionRetrieve();
        this.user = await new CoreApi(DEFAULT_CONFIG).coreUsersMeRetrieve();
        if (!this.user.user.isSuperuser && this.user.user.pk > 0) {
            window.location.assign("/if/user/");
        }
    }

    render(): TemplateResult {
        return html`<ak-locale-context>
            <div class="pf-c-page">
                <ak-sidebar class="pf-c-page__sidebar"></ak-sidebar>
                <main class="pf-c-page__main"><ak-router-outlet></ak-router-outlet></main>
            </div>
        </ak-locale-context>`;
    }
}
