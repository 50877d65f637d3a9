import { describe } from "vitest";
import { secretsCommandCredentials } from "../../../../src/checks/secrets/secrets-command-credentials.js";
import { featureCheckSuite } from "./feature-suite.js";

describe("secrets-command-credentials", () => featureCheckSuite(secretsCommandCredentials, { command_credentials: true }, ["shell_command", "backup"], "is a command with a credential on its command line"));
