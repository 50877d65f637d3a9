import { fail, pass, req } from "../result.js";
import type { Check } from "../types.js";
import { cappedPlaces, literalsWhere } from "./outline.js";

const urlsWithQueryKey = literalsWhere((f) => f.url_credential_query);

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
    const found = urlsWithQueryKey(req(facts.outline));
    if (found.length === 0) return pass();
    return fail(cappedPlaces(found, () => "is a URL with a credential in its query string"), { placeholders: { count: String(found.length) } });
  },
};
