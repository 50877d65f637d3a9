/** Entry point of `ha-security-scorecard` (dist/cli.js; rollup adds the shebang). */
import { version } from "../../package.json";
import { nodeDeps } from "./node-deps.js";
import { runCli } from "./run.js";

runCli(process.argv.slice(2), nodeDeps(version)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // runCli reports its own failures; this is the last guard: one line, no stack.
    process.stderr.write("ha-security-scorecard: unexpected error\n");
    process.exitCode = 2;
  },
);
