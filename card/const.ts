/** The card's names in one place: its custom elements and its Lovelace type. */
export const CARD_TAG = "security-scorecard-card";
export const CHECK_TAG = "security-scorecard-check";
export const EDITOR_TAG = "security-scorecard-card-editor";
export const DECIDE_TAG = "security-scorecard-decide";
/** The sidebar panel (card/panel.ts); the integration's panel.py names the same element. */
export const PANEL_TAG = "security-scorecard-panel";
export const CARD_TYPE = `custom:${CARD_TAG}`;
