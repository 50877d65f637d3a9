export { expectNoValue, run, texts } from "../accounts/run.js";
