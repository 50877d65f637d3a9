/**
 * `security-scorecard-panel`: the full scorecard as a sidebar panel (the integration
 * registers it when the owner turns the option on; custom_components/.../panel.py).
 *
 * Home Assistant's custom panel loader imports the card's module and creates this element
 * with `hass`, `narrow`, `route` and `panel`. It holds one card (full layout) under a
 * toolbar with the frontend's own menu button, which opens the sidebar on a phone.
 * A plain element, not Lit: it only forwards `hass`, and it is part of what every page loads.
 */
import { CARD_TAG, CARD_TYPE, PANEL_TAG } from "./const.js";
import { defineElement } from "./define.js";
import { languageOf, localizer } from "./localize.js";
import type { HomeAssistant } from "./types.js";

interface HassElement extends HTMLElement {
  hass?: HomeAssistant;
  narrow?: boolean;
  setConfig?: (config: unknown) => void;
}

const STYLE = `
  :host { display: block; min-height: 100%; background: var(--primary-background-color); }
  .toolbar {
    display: flex; align-items: center; gap: 8px; height: var(--header-height, 56px);
    padding: 0 12px; box-sizing: border-box; font-size: 20px;
    color: var(--app-header-text-color, var(--text-primary-color, #fff));
    background: var(--app-header-background-color, var(--primary-color, #03a9f4));
  }
  h1 { margin: 0; font-size: inherit; font-weight: 400; }
  .content { max-width: 960px; margin: 0 auto; padding: 16px; box-sizing: border-box; }
  @media (max-width: 600px) { .content { padding: 8px; } }
`;

export class SecurityScorecardPanel extends HTMLElement {
  private card: HassElement | undefined;
  private menu: HassElement | undefined;
  private heading: HTMLHeadingElement | undefined;
  private _hass: HomeAssistant | undefined;
  private _narrow = false;

  set hass(hass: HomeAssistant | undefined) {
    this._hass = hass;
    this.sync();
  }

  get hass(): HomeAssistant | undefined {
    return this._hass;
  }

  set narrow(narrow: boolean) {
    this._narrow = narrow;
    this.sync();
  }

  get narrow(): boolean {
    return this._narrow;
  }

  connectedCallback(): void {
    if (this.card !== undefined) return;
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    const toolbar = document.createElement("div");
    toolbar.className = "toolbar";
    this.menu = document.createElement("ha-menu-button") as HassElement;
    this.heading = document.createElement("h1");
    toolbar.append(this.menu, this.heading);
    const content = document.createElement("div");
    content.className = "content";
    this.card = document.createElement(CARD_TAG) as HassElement;
    this.card.setConfig?.({ type: CARD_TYPE });
    content.append(this.card);
    root.append(style, toolbar, content);
    this.sync();
  }

  private sync(): void {
    const hass = this._hass;
    if (this.card === undefined || hass === undefined) return;
    if (this.heading !== undefined) this.heading.textContent = localizer(languageOf(hass))("card.name");
    if (this.menu !== undefined) {
      this.menu.hass = hass;
      this.menu.narrow = this._narrow;
    }
    this.card.hass = hass;
  }
}

defineElement(PANEL_TAG, SecurityScorecardPanel);
