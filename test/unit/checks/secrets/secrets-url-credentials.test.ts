import { describe } from "vitest";
import { secretsUrlCredentials } from "../../../../src/checks/secrets/secrets-url-credentials.js";
import { featureCheckSuite } from "./feature-suite.js";

describe("secrets-url-credentials", () => featureCheckSuite(secretsUrlCredentials, { url: true, url_credentials: true }, ["camera", 0, "still_image_url"], "is a URL with an embedded password"));
