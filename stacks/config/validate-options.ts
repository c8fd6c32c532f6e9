/** Checks of the optional parts of an environment: edge (WAF), Shield, Parameter Store, Aviatrix. */
import ipaddr from "ipaddr.js";
import { isInt, parseCidr } from "./checks.ts";
import { EDGE_DEFAULTS, edgeSettings, RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM } from "./edge.ts";
import type { EnvironmentConfig } from "./types.ts";

const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** AWS Shield's pattern for EmergencyContact.PhoneNumber: E.164. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** URI path prefix as a WAF byte match inspects it (after URL-decoding). */
const PATH_PREFIX = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,199}$/;
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
/** Container environment the estate sets itself (per color, or from the service contract). */
const ESTATE_OWNED_VARIABLES = ["SERVICE_COLOR", "PORT", "DRAIN_SECONDS"];
const SECRET_LOOKING = /secret|password|passwd|token|api_?key|private_?key|credential/i;

/** WAF, Shield, Parameter Store and Aviatrix settings of one environment. */
export function checkEdgeAndServices(
  env: EnvironmentConfig,
  problem: (field: string, reason: string) => void,
): void {
  if (typeof env.accountSettingsOwner !== "boolean") {
    problem("accountSettingsOwner", `${JSON.stringify(env.accountSettingsOwner)} must be true or false`);
  }

  const edge = edgeSettings(env);
  const perIp = "requests per 5 minutes per IP";
  if (!isInt(edge.rateLimit)) problem("edge.rateLimit", `${edge.rateLimit} is not a whole number`);
  else if (edge.rateLimit > RATE_LIMIT_CEILING) {
    problem(
      "edge.rateLimit",
      `${edge.rateLimit} is above the ceiling of ${RATE_LIMIT_CEILING} ${perIp} (stacks/config/edge.ts says why)`,
    );
  } else if (edge.rateLimit < RATE_LIMIT_MINIMUM) {
    problem(
      "edge.rateLimit",
      `${edge.rateLimit} is below AWS WAF's minimum of ${RATE_LIMIT_MINIMUM} ${perIp}`,
    );
  }
  const tight = edge.sensitivePathRateLimit;
  if (!isInt(tight) || tight < RATE_LIMIT_MINIMUM) {
    problem("edge.sensitivePathRateLimit", `${tight} is not a whole number >= ${RATE_LIMIT_MINIMUM}`);
  } else if (isInt(edge.rateLimit) && tight > edge.rateLimit) {
    problem(
      "edge.sensitivePathRateLimit",
      `${tight} is looser than edge.rateLimit ${edge.rateLimit}; the sensitive paths get the tighter limit`,
    );
  }
  const paths = Array.isArray(edge.sensitivePaths) ? edge.sensitivePaths : [];
  // Each path is a byte match with three text transformations, 32 WCUs. With 8 the web ACL
  // costs about 1,450 of the 1,500 WCUs its base price includes, leaving room for a rule an
  // operator adds during an incident.
  if (!Array.isArray(edge.sensitivePaths) || paths.length > 8) {
    problem("edge.sensitivePaths", "must be a list of at most 8 path prefixes (32 WAF capacity units each)");
  }
  paths.forEach((path, i) => {
    if (typeof path !== "string" || !PATH_PREFIX.test(path)) {
      problem(`edge.sensitivePaths[${i}]`, `${JSON.stringify(path)} is not a URL path starting with "/"`);
    } else if (paths.findIndex((p) => String(p).toLowerCase() === path.toLowerCase()) !== i) {
      problem(`edge.sensitivePaths[${i}]`, `"${path}" is listed twice (paths match case-insensitively)`);
    }
  });
  const countries = Array.isArray(edge.geoBlockCountries) ? edge.geoBlockCountries : [];
  if (!Array.isArray(edge.geoBlockCountries)) problem("edge.geoBlockCountries", "must be a list");
  countries.forEach((code, i) => {
    if (typeof code !== "string" || !/^[A-Z]{2}$/.test(code)) {
      problem(`edge.geoBlockCountries[${i}]`, `${JSON.stringify(code)} is not an ISO 3166-1 alpha-2 code`);
    } else if (countries.indexOf(code) !== i) {
      problem(`edge.geoBlockCountries[${i}]`, `"${code}" is listed twice`);
    }
  });
  if (!isInt(edge.blockedRequestsAlarmThreshold) || edge.blockedRequestsAlarmThreshold < 1) {
    problem(
      "edge.blockedRequestsAlarmThreshold",
      `${edge.blockedRequestsAlarmThreshold} must be a whole number >= 1 (default ${EDGE_DEFAULTS.blockedRequestsAlarmThreshold})`,
    );
  }

  checkShield(env, problem);
  checkServiceParameters(env, problem);
  checkAviatrix(env, problem);
}

function checkShield(env: EnvironmentConfig, problem: (field: string, reason: string) => void): void {
  const shield = env.shield;
  if (env.features?.shieldAdvanced && !shield) {
    problem(
      "shield",
      "missing: Shield Advanced is on and the Shield Response Team needs emergency contacts (shield.emergencyContacts)",
    );
    return;
  }
  if (!shield) return;
  const contacts = Array.isArray(shield.emergencyContacts) ? shield.emergencyContacts : [];
  if (contacts.length === 0) {
    if (env.features?.shieldAdvanced) {
      problem(
        "shield.emergencyContacts",
        "empty: Shield Advanced is on and needs at least one contact with an email address",
      );
    }
  } else if (contacts.length > 10) {
    problem("shield.emergencyContacts", `${contacts.length} contacts; AWS Shield accepts at most 10`);
  }
  contacts.forEach((c, i) => {
    const field = `shield.emergencyContacts[${i}]`;
    if (typeof c?.email !== "string" || !EMAIL.test(c.email) || c.email.length > 150) {
      problem(`${field}.email`, `${JSON.stringify(c?.email)} is not an email address`);
    }
    if (c?.phone !== undefined && (typeof c.phone !== "string" || !E164.test(c.phone))) {
      problem(`${field}.phone`, `${JSON.stringify(c.phone)} is not an E.164 phone number (+15555550100)`);
    }
    if (
      c?.notes !== undefined &&
      (typeof c.notes !== "string" || !/^[\w\s.\-,:/()+@]{0,1024}$/.test(c.notes))
    ) {
      problem(`${field}.notes`, "must be at most 1024 letters, digits, spaces and .-,:/()+@");
    }
  });
  if (typeof shield.proactiveEngagement !== "boolean") {
    problem(
      "shield.proactiveEngagement",
      `${JSON.stringify(shield.proactiveEngagement)} must be true or false`,
    );
  } else if (shield.proactiveEngagement && !contacts.some((c) => typeof c?.phone === "string")) {
    problem(
      "shield.proactiveEngagement",
      "needs at least one emergency contact with a phone number (AWS calls during proactive engagement)",
    );
  }
  if (typeof shield.drtAccess !== "boolean") {
    problem("shield.drtAccess", `${JSON.stringify(shield.drtAccess)} must be true or false`);
  }
  if (shield.automaticResponse !== undefined && !["block", "count"].includes(shield.automaticResponse)) {
    problem(
      "shield.automaticResponse",
      `${JSON.stringify(shield.automaticResponse)} must be "block" or "count"`,
    );
  }
}

function checkServiceParameters(
  env: EnvironmentConfig,
  problem: (field: string, reason: string) => void,
): void {
  const params = env.serviceParameters;
  if (!params) return;
  const seen = new Set<string>();
  const checkName = (field: string, name: string) => {
    if (!ENV_NAME.test(name)) {
      problem(field, `"${name}" is not an environment variable name (A-Z, 0-9, _; starts with a letter)`);
    } else if (ESTATE_OWNED_VARIABLES.includes(name)) {
      problem(field, `"${name}" is set by the estate itself and cannot come from Parameter Store`);
    } else if (seen.has(name)) {
      problem(field, `"${name}" is both a setting and a secret`);
    }
    seen.add(name);
  };
  for (const [name, value] of Object.entries(params.settings ?? {})) {
    const field = `serviceParameters.settings.${name}`;
    checkName(field, name);
    if (SECRET_LOOKING.test(name)) {
      problem(
        field,
        "looks like a secret: list it in serviceParameters.secrets so its value never sits in code",
      );
    }
    if (typeof value !== "string" || value.length === 0 || value.length > 4096) {
      problem(field, "value must be 1..4096 characters (a standard-tier parameter)");
    }
  }
  (Array.isArray(params.secrets) ? params.secrets : []).forEach((name, i) => {
    checkName(`serviceParameters.secrets[${i}]`, String(name));
  });
}

function checkAviatrix(env: EnvironmentConfig, problem: (field: string, reason: string) => void): void {
  const avx = env.aviatrix;
  if (env.features?.aviatrixPlaceholders && !avx) {
    problem(
      "aviatrix",
      "missing: the Aviatrix placeholders need aviatrix.controllerAccountId, controllerCidr and controllerEndpoint",
    );
    return;
  }
  if (!avx) return;
  if (!avx.controllerAccountId) {
    problem(
      "aviatrix.controllerAccountId",
      "missing: the controller's account is the only one trusted to assume aviatrix-role-app",
    );
  } else if (!/^\d{12}$/.test(avx.controllerAccountId)) {
    problem("aviatrix.controllerAccountId", `"${avx.controllerAccountId}" is not a 12-digit account id`);
  }
  const cidr = parseCidr(avx.controllerCidr);
  if (typeof cidr === "string") problem("aviatrix.controllerCidr", cidr);
  else if (cidr[0].kind() !== "ipv4" || cidr[1] < 16) {
    problem(
      "aviatrix.controllerCidr",
      `"${avx.controllerCidr}" must be an IPv4 block of /16 or narrower: it is what may reach the gateways on 443`,
    );
  }
  const endpoint = avx.controllerEndpoint;
  if (
    typeof endpoint !== "string" ||
    !(DNS_NAME.test(endpoint) || ipaddr.IPv4.isValidFourPartDecimal(endpoint))
  ) {
    problem("aviatrix.controllerEndpoint", `${JSON.stringify(endpoint)} is not a host name or IPv4 address`);
  }
}
