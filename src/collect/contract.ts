/**
 * The facts/subscribe wire contract this code speaks (custom_components/security_scorecard/
 * const.py CONTRACT_VERSION; docs/architecture.md "Contract version"): sent with
 * `security_scorecard/facts` and `/subscribe`, checked in every answer. Its own module, free
 * of imports, so the card's shell can hold a subscription without loading the engine.
 */
export const CONTRACT_VERSION = 2;
