export { expectNoValue, reasonText, run, texts } from "../accounts/run.js";
