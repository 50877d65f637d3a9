import { describe } from "vitest";
import { secretsUrlQueryKey } from "../../../../src/checks/secrets/secrets-url-query-key.js";
import { featureCheckSuite } from "./feature-suite.js";

describe("secrets-url-query-key", () => featureCheckSuite(secretsUrlQueryKey, { url: true, url_credential_query: true }, ["sensor", 0, "resource"], "is a URL with a credential in its query string"));
