import { defineCheck } from "../define.js";
import { cidrKind, parseCidr } from "../net.js";
import { ev, fail, msg, notApplicable, pass, req } from "../result.js";
import type { Check, Evidence } from "../types.js";
import { inService, withOptions } from "./addon-settings.js";

export const hostAddonFileShareExposure: Check = defineCheck({
  id: "host-addon-file-share-exposure",
  category: "host",
  severity: "high",
  learnMoreUrl: "https://github.com/home-assistant/addons/blob/master/samba/DOCS.md",
  fixPath: "/hassio/addon/core_samba/info",
  needs: ["addon_settings"],
  evaluate(facts) {
    const addons = req(facts.addon_settings).addons;
    const samba = withOptions(addons, "samba").filter((s) => inService(s.addon));
    const ftp = withOptions(addons, "ftp").filter((f) => inService(f.addon));
    if (samba.length === 0 && ftp.length === 0) return notApplicable("host-addon-file-share-exposure.none");
    const bad: Evidence[] = [];
    let first = "";
    for (const { addon, options } of samba) {
      const who = { addon: addon.slug, name: addon.name };
      // allow_hosts networks are allow-listed by the backend (they parse as networks): no secret.
      const open = options.allow_hosts.filter((n) => {
        const c = parseCidr(n);
        return c !== null && cidrKind(c) === "public";
      });
      for (const network of open) bad.push(ev("host-addon-file-share-exposure.samba_public", { ...who, network }));
      if (options.compatibility_mode) bad.push(ev("host-addon-file-share-exposure.samba_smb1", who));
      if (open.length > 0 || options.compatibility_mode) first ||= addon.slug;
    }
    for (const { addon, options } of ftp) {
      if (options.ssl) continue;
      first ||= addon.slug;
      const where = options.port === null ? "" : msg("host-addon-file-share-exposure.on_port", { port: options.port });
      bad.push(ev("host-addon-file-share-exposure.ftp_plain", { addon: addon.slug, name: addon.name, where }));
    }
    if (bad.length === 0) return pass(ev("host-addon-file-share-exposure.local_only", { count: samba.length + ftp.length }));
    return fail(bad, { placeholders: { count: String(bad.length), addon: first } });
  },
});
