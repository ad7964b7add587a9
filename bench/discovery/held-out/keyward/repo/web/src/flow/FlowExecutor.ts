import { DEFAULT_CONFIG } from "@keyward/common/api/config";
import { EVENT_FLOW_ADVANCE } from "@keyward/common/constants";
import { AKElement } from "@keyward/elements/Base";

import { msg } from "@lit/localize";
import { CSSResult, TemplateResult, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";

import {
    ChallengeTypes,
    FlowChallengeResponseRequest,
    FlowErrorChallenge,
    FlowsApi,
    ResponseError,
} from "@goauthentik/api";

@customElement("ak-flow-executor")
export class FlowExecutor extends AKElement {
    @property()
    flowSlug: string = window.location.pathname.split("/")[3];

    @state()
    challenge?: ChallengeTypes;

    @property({ type: Boolean })
    loading = false;

    static get styles(): CSSResult[] {
        return [css`:host { display: block; }`];
    }

    async submit(payload?: FlowChallengeResponseRequest): Promise<boolean> {
        if (!payload) return Promise.reject();
        if (!this.challenge) return Promise.reject();
        payload.component = this.challenge.component;
        this.loading = true;
        try {
            const challenge = await new FlowsApi(DEFAULT_CONFIG).flowsExecutorSolve({
                flowSlug: this.flowSlug,
                query: window.location.search.substring(1),
                flowChallengeResponseRequest: payload,
            });
            this.dispatchEvent(new CustomEvent(EVENT_FLOW_ADVANCE, { bubbles: true, composed: true }));
            this.challenge = challenge;
            return !this.challenge.responseErrors;
        } catch (exc: unknown) {
            this.errorMessage(exc as Error | ResponseError);
            return false;
        } finally {
            this.loading = false;
        }
    }

    async firstUpdated(): Promise<void> {
        this.loading = true;
        try {
            this.challenge = await new FlowsApi(DEFAULT_CONFIG).flowsExecutorGet({
                flowSlug: this.flowSlug,
                query: window.location.search.substring(1),
            });
        } catch (exc: unknown) {
            this.errorMessage(exc as Error | ResponseError);
        } finally {
            this.loading = false;
        }
    }

    errorMessage(error: Error | ResponseError): void {
        const challenge: FlowErrorChallenge = {
            component: "ak-stage-flow-error",
            error: error.message,
            requestId: "",
        };
        this.challenge = challenge as ChallengeTypes;
    }

    render(): TemplateResult {
        if (!this.challenge) {
            return html`<ak-empty-state loading header=${msg("Loading")}></ak-empty-state>`;
        }
        return html`<ak-flow-stage .challenge=${this.challenge} .host=${this}></ak-flow-stage>${nothing}`;
    }
}
