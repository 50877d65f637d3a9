/**
 * Defines the card's custom elements once Home Assistant's own element registry is in place.
 *
 * Home Assistant's frontend (app.js) installs the scoped-custom-element-registry polyfill,
 * which replaces `window.customElements`; an element defined on the browser's registry
 * before that is unknown to the new one, so Lovelace's `customElements.get()` misses it and
 * shows "Custom element doesn't exist" for good. index.html imports extra modules (this
 * card, registered by the integration) in parallel with app.js, so on a slow device the
 * card's module can run first. Waiting for `<home-assistant>` to be defined puts the card
 * after the swap; pages without that element (a test page, a cast receiver) define at once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const define = (): void => {
    if (!customElements.get(tag)) customElements.define(tag, element);
  };
  if (document.querySelector("home-assistant") !== null && !customElements.get("home-assistant")) {
    // `customElements` is read again when this runs: by then it is Home Assistant's registry.
    void customElements.whenDefined("home-assistant").then(define);
  } else {
    define();
  }
}
