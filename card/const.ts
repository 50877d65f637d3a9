/** The card's names in one place: its custom elements and its Lovelace type. */
export const CARD_TAG = "security-scorecard-card";
export const CHECK_TAG = "security-scorecard-check";
export const EDITOR_TAG = "security-scorecard-card-editor";
export const DECIDE_TAG = "security-scorecard-decide";
export const CARD_TYPE = `custom:${CARD_TAG}`;
