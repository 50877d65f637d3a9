import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { capped, literalStrings, placeEvidence } from "./outline.js";

export const secretsUrlQueryKey: Check = {
  id: "secrets-url-query-key",
  category: "secrets",
  title: "URLs in YAML carry no API key or token in the query string",
  severity: "high",
  why: "A literal `?api_key=…` or `?token=…` in a URL is a credential in plain text; query strings also end up in proxy and server logs.",
  fix: "Store the complete URL in secrets.yaml and reference it with `!secret` (for `rest` and `command_line` the `resource` accepts `!secret`).",
  learnMoreUrl: "https://www.home-assistant.io/docs/configuration/secrets/",
  needs: ["outline"],
  evaluate(facts) {
    const found = [];
    for (const loc of literalStrings(req(facts.outline))) {
      if (loc.features.url_credential_query) found.push(placeEvidence(loc, "is a URL with a credential in its query string"));
    }
    if (found.length === 0) return pass();
    return fail(capped(found), { placeholders: { count: String(found.length) } });
  },
};
