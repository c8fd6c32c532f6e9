#!/usr/bin/env node
import { createRequire as __securecloudRequire } from "node:module";

const require = __securecloudRequire(import.meta.url);
var A7 = Object.defineProperty;
var a = (e, t, r) => () => {
  if (r) throw r[0];
  try {
    return (e && (t = e((e = 0))), t);
  } catch (o) {
    throw ((r = [o]), o);
  }
};
var Xt = (e, t) => {
  for (var r in t) A7(e, r, { get: t[r], enumerable: !0 });
};
function vc(e) {
  return e === "blue" || e === "green";
}
function Ho(e) {
  return e === "blue" ? "green" : "blue";
}
function Ln(e) {
  return e instanceof M
    ? `error: ${e.what}: ${e.why}`
    : `error: ${
        (e instanceof Error ? e.message : String(e)).split(`
`)[0]
      }`;
}
var yo,
  bi,
  mO,
  Vo,
  M,
  Fr = a(() => {
    (yo = {
      color: "securecloud:color",
      rollbackAlarm: "securecloud:rollback-alarm",
      severity: "securecloud:severity",
      role: "securecloud:role",
      rollout: {
        state: "securecloud:rollout:state",
        from: "securecloud:rollout:from",
        to: "securecloud:rollout:to",
        step: "securecloud:rollout:step",
        steps: "securecloud:rollout:steps",
        runId: "securecloud:rollout:run-id",
        startedAt: "securecloud:rollout:started-at",
        updatedAt: "securecloud:rollout:updated-at",
        reason: "securecloud:rollout:reason",
        actor: "securecloud:rollout:actor",
        weights: "securecloud:rollout:weights",
        blueTargetGroup: "securecloud:rollout:blue-target-group",
        greenTargetGroup: "securecloud:rollout:green-target-group",
        stickiness: "securecloud:rollout:stickiness",
      },
    }),
      (bi = ["blue", "green"]);
    (mO = ["shifting", "complete", "rolled-back", "failed"]),
      (Vo = { ok: 0, findings: 1, usage: 2 }),
      (M = class extends Error {
        what;
        why;
        constructor(t, r) {
          super(`${t}: ${r}`), (this.name = "UsageError"), (this.what = t), (this.why = r);
        }
      });
  });
var Xl,
  Zt,
  dO = a(() => {
    (Xl = { warningEmitted: !1 }),
      (Zt = (e) => {
        if (e && !Xl.warningEmitted) {
          if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === "true") {
            Xl.warningEmitted = !0;
            return;
          }
          const t = parseInt(e.substring(1, e.indexOf("."))),
            r = 22;
          t < r &&
            ((Xl.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${e}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      });
  });
function ue(e, t, r) {
  return (e.$source || (e.$source = {}), (e.$source[t] = r), e);
}
var fO = a(() => {});
function jo(e, t, r) {
  e.__aws_sdk_context
    ? e.__aws_sdk_context.features || (e.__aws_sdk_context.features = {})
    : (e.__aws_sdk_context = { features: {} }),
    (e.__aws_sdk_context.features[t] = r);
}
var gO = a(() => {});
var T7,
  Zr,
  hO = a(() => {
    (T7 = () =>
      typeof process == "object" && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === "true"),
      (Zr = (e, t) => {
        if (T7() && typeof e?.handle != "function") return t;
      });
  });
var ws,
  ZE = a(() => {
    ws = (e) =>
      (typeof ArrayBuffer == "function" && e instanceof ArrayBuffer) ||
      Object.prototype.toString.call(e) === "[object ArrayBuffer]";
  });
var Pi,
  Zl,
  Oi = a(() => {
    ZE();
    (Pi = (e, t = 0, r = e.byteLength - t) => {
      if (!ws(e))
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof e} (${e})`);
      return Buffer.from(e, t, r);
    }),
      (Zl = (e, t) => {
        if (typeof e != "string")
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof e} (${e})`,
          );
        return t ? Buffer.from(e, t) : Buffer.from(e);
      });
  });
var v7,
  Ze,
  SO = a(() => {
    Oi();
    (v7 = /^[A-Za-z0-9+/]*={0,2}$/),
      (Ze = (e) => {
        if ((e.length * 3) % 4 !== 0) throw new TypeError("Incorrect padding on base64 string.");
        if (!v7.exec(e)) throw new TypeError("Invalid base64 string.");
        const t = Zl(e, "base64");
        return new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
      });
  });
var $e,
  eu = a(() => {
    Oi();
    $e = (e) => {
      const t = Zl(e, "utf8");
      return new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var He,
  _O = a(() => {
    Oi();
    eu();
    He = (e) => {
      let t;
      if (
        (typeof e == "string" ? (t = $e(e)) : (t = e),
        typeof t != "object" || typeof t.byteOffset != "number" || typeof t.byteLength != "number")
      )
        throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
      return Pi(t.buffer, t.byteOffset, t.byteLength).toString("base64");
    };
  });
function xO(e, t, r, o) {
  return class tu extends Uint8Array {
    static fromString(s, i = "utf-8") {
      if (typeof s == "string") return i === "base64" ? tu.mutate(o(s)) : tu.mutate(t(s));
      throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(s) {
      return (Object.setPrototypeOf(s, tu.prototype), s);
    }
    transformToString(s = "utf-8") {
      return s === "base64" ? r(this) : e(this);
    }
  };
}
var EO = a(() => {});
var Ne,
  yO = a(() => {
    Oi();
    Ne = (e) => {
      if (typeof e == "string") return e;
      if (typeof e != "object" || typeof e.byteOffset != "number" || typeof e.byteLength != "number")
        throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
      return Pi(e.buffer, e.byteOffset, e.byteLength).toString("utf8");
    };
  });
function CO(e) {
  return typeof crypto < "u" && typeof crypto.randomUUID == "function"
    ? () => crypto.randomUUID()
    : () => {
        const t = new Uint8Array(16);
        return (
          e(t),
          (t[6] = (t[6] & 15) | 64),
          (t[8] = (t[8] & 63) | 128),
          $t[t[0]] +
            $t[t[1]] +
            $t[t[2]] +
            $t[t[3]] +
            "-" +
            $t[t[4]] +
            $t[t[5]] +
            "-" +
            $t[t[6]] +
            $t[t[7]] +
            "-" +
            $t[t[8]] +
            $t[t[9]] +
            "-" +
            $t[t[10]] +
            $t[t[11]] +
            $t[t[12]] +
            $t[t[13]] +
            $t[t[14]] +
            $t[t[15]]
        );
      };
}
var $t,
  RO = a(() => {
    $t = Array.from({ length: 256 }, (e, t) => t.toString(16).padStart(2, "0"));
  });
var Is,
  AO = a(() => {
    ((e) => {
      (e.HTTP = "http"), (e.HTTPS = "https");
    })(Is || (Is = {}));
  });
var dn,
  TO = a(() => {
    ((e) => {
      (e.MD5 = "md5"), (e.CRC32 = "crc32"), (e.CRC32C = "crc32c"), (e.SHA1 = "sha1"), (e.SHA256 = "sha256");
    })(dn || (dn = {}));
  });
var vO = a(() => {
  TO();
});
var Co,
  DO = a(() => {
    Co = "__smithy_context";
  });
var Wo,
  wO = a(() => {
    ((e) => {
      (e.PROFILE = "profile"), (e.SSO_SESSION = "sso-session"), (e.SERVICES = "services");
    })(Wo || (Wo = {}));
  });
var zo = a(() => {
  AO();
  vO();
  DO();
  wO();
});
var Me,
  IO = a(() => {
    zo();
    Me = (e) => e[Co] || (e[Co] = {});
  });
function z(e, t) {
  return Object.hasOwn(e, t);
}
var e0 = a(() => {});
function D7(e) {
  return Object.keys(e).reduce((t, r) => {
    const o = e[r];
    return { ...t, [r]: Array.isArray(o) ? [...o] : o };
  }, {});
}
var me,
  bO = a(() => {
    me = class e {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(t) {
        (this.method = t.method || "GET"),
          (this.hostname = t.hostname || "localhost"),
          (this.port = t.port),
          (this.query = t.query || {}),
          (this.headers = t.headers || {}),
          (this.body = t.body),
          (this.protocol = t.protocol
            ? t.protocol.slice(-1) !== ":"
              ? `${t.protocol}:`
              : t.protocol
            : "https:"),
          (this.path = t.path ? (t.path.charAt(0) !== "/" ? `/${t.path}` : t.path) : "/"),
          (this.username = t.username),
          (this.password = t.password),
          (this.fragment = t.fragment);
      }
      static clone(t) {
        const r = new e({ ...t, headers: { ...t.headers } });
        return (r.query && (r.query = D7(r.query)), r);
      }
      static isInstance(t) {
        if (!t) return !1;
        const r = t;
        return (
          "method" in r &&
          "protocol" in r &&
          "hostname" in r &&
          "path" in r &&
          typeof r.query == "object" &&
          typeof r.headers == "object"
        );
      }
      clone() {
        return e.clone(this);
      }
    };
  });
var er,
  PO = a(() => {
    er = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(t) {
        (this.statusCode = t.statusCode),
          (this.reason = t.reason),
          (this.headers = t.headers || {}),
          (this.body = t.body);
      }
      static isInstance(t) {
        if (!t) return !1;
        const r = t;
        return typeof r.statusCode == "number" && typeof r.headers == "object";
      }
    };
  });
var w7,
  qo,
  OO = a(() => {
    (w7 = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (qo = (e, t = !1) => {
        if (!t) return w7.test(e);
        const r = e.split(".");
        for (const o of r) if (!qo(o)) return !1;
        return !0;
      });
  });
function t0(e) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(e);
}
var NO = a(() => {});
var de,
  $O = a(() => {
    de = (e) => {
      if (typeof e == "function") return e;
      const t = Promise.resolve(e);
      return () => t;
    };
  });
function MO(e) {
  const t = {};
  if (((e = e.replace(/^\?/, "")), e))
    for (const r of e.split("&")) {
      let [o, n = null] = r.split("=");
      (o = decodeURIComponent(o)),
        n && (n = decodeURIComponent(n)),
        o in t ? (Array.isArray(t[o]) ? t[o].push(n) : (t[o] = [t[o], n])) : (t[o] = n);
    }
  return t;
}
var LO = a(() => {});
var qe,
  r0 = a(() => {
    LO();
    qe = (e) => {
      if (typeof e == "string") return qe(new URL(e));
      let { hostname: t, pathname: r, port: o, protocol: n, search: s } = e,
        i;
      return (
        s && (i = MO(s)), { hostname: t, port: o ? parseInt(o) : void 0, protocol: n, path: r, query: i }
      );
    };
  });
var kn,
  kO = a(() => {
    e0();
    r0();
    kn = (e) => {
      if (typeof e == "object") {
        if ("url" in e) {
          const t = qe(e.url);
          if (e.headers) {
            t.headers = {};
            for (const r in e.headers)
              z(e.headers, r) && (t.headers[r.toLowerCase()] = e.headers[r].join(", "));
          }
          return t;
        }
        return e;
      }
      return qe(e);
    };
  });
var Ie = a(() => {
  IO();
  e0();
  bO();
  PO();
  OO();
  NO();
  $O();
  r0();
  kO();
});
var o0,
  I7,
  UO,
  b7,
  FO,
  GO,
  BO,
  P7,
  HO,
  VO,
  O7,
  ru,
  Ni,
  jO,
  N7,
  $7,
  WO = a(() => {
    (o0 = (e) => {
      if (e != null) {
        if (typeof e == "string") {
          const t = parseFloat(e);
          if (!Number.isNaN(t))
            return (String(t) !== String(e) && $7.warn(N7(`Expected number but observed string: ${e}`)), t);
        }
        if (typeof e == "number") return e;
        throw new TypeError(`Expected number, got ${typeof e}: ${e}`);
      }
    }),
      (I7 = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (UO = (e) => {
        const t = o0(e);
        if (t !== void 0 && !Number.isNaN(t) && t !== 1 / 0 && t !== -1 / 0 && Math.abs(t) > I7)
          throw new TypeError(`Expected 32-bit float, got ${e}`);
        return t;
      }),
      (b7 = (e) => {
        if (e != null) {
          if (Number.isInteger(e) && !Number.isNaN(e)) return e;
          throw new TypeError(`Expected integer, got ${typeof e}: ${e}`);
        }
      }),
      (FO = (e) => BO(e, 16)),
      (GO = (e) => BO(e, 8)),
      (BO = (e, t) => {
        const r = b7(e);
        if (r !== void 0 && P7(r, t) !== r) throw new TypeError(`Expected ${t}-bit integer, got ${e}`);
        return r;
      }),
      (P7 = (e, t) => {
        switch (t) {
          case 32:
            return Int32Array.of(e)[0];
          case 16:
            return Int16Array.of(e)[0];
          case 8:
            return Int8Array.of(e)[0];
        }
      }),
      (HO = (e) => o0(typeof e == "string" ? ru(e) : e)),
      (VO = (e) => UO(typeof e == "string" ? ru(e) : e)),
      (O7 = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (ru = (e) => {
        const t = e.match(O7);
        if (t === null || t[0].length !== e.length)
          throw new TypeError("Expected real number, got implicit NaN");
        return parseFloat(e);
      }),
      (Ni = (e) => FO(typeof e == "string" ? ru(e) : e)),
      (jO = (e) => GO(typeof e == "string" ? ru(e) : e)),
      (N7 = (e) =>
        String(new TypeError(e).stack || e)
          .split(`
`)
          .slice(0, 5)
          .filter((t) => !t.includes("stackTraceWarning"))
          .join(`
`)),
      ($7 = { warn: console.warn });
  });
function bs(e) {
  const t = e.getUTCFullYear(),
    r = e.getUTCMonth(),
    o = e.getUTCDay(),
    n = e.getUTCDate(),
    s = e.getUTCHours(),
    i = e.getUTCMinutes(),
    c = e.getUTCSeconds(),
    p = n < 10 ? `0${n}` : `${n}`,
    u = s < 10 ? `0${s}` : `${s}`,
    m = i < 10 ? `0${i}` : `${i}`,
    d = c < 10 ? `0${c}` : `${c}`;
  return `${M7[o]}, ${p} ${s0[r]} ${t} ${u}:${m}:${d} GMT`;
}
var M7,
  s0,
  L7,
  i0,
  k7,
  a0,
  U7,
  F7,
  G7,
  wc,
  c0,
  Dc,
  B7,
  H7,
  V7,
  n0,
  j7,
  W7,
  z7,
  Ko,
  q7,
  K7,
  $i,
  zO = a(() => {
    WO();
    (M7 = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
      (s0 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
    (L7 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (i0 = (e) => {
        if (e == null) return;
        if (typeof e != "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
        const t = L7.exec(e);
        if (!t) throw new TypeError("Invalid RFC-3339 date-time value");
        const [r, o, n, s, i, c, p, u] = t,
          m = Ni($i(o)),
          d = Ko(n, "month", 1, 12),
          f = Ko(s, "day", 1, 31);
        return Dc(m, d, f, { hours: i, minutes: c, seconds: p, fractionalMilliseconds: u });
      }),
      (k7 = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (a0 = (e) => {
        if (e == null) return;
        if (typeof e != "string") throw new TypeError("RFC-3339 date-times must be expressed as strings");
        const t = k7.exec(e);
        if (!t) throw new TypeError("Invalid RFC-3339 date-time value");
        const [r, o, n, s, i, c, p, u, m] = t,
          d = Ni($i(o)),
          f = Ko(n, "month", 1, 12),
          S = Ko(s, "day", 1, 31),
          _ = Dc(d, f, S, { hours: i, minutes: c, seconds: p, fractionalMilliseconds: u });
        return (m.toUpperCase() != "Z" && _.setTime(_.getTime() - K7(m)), _);
      }),
      (U7 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (F7 = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (G7 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (wc = (e) => {
        if (e == null) return;
        if (typeof e != "string") throw new TypeError("RFC-7231 date-times must be expressed as strings");
        let t = U7.exec(e);
        if (t) {
          const [r, o, n, s, i, c, p, u] = t;
          return Dc(Ni($i(s)), n0(n), Ko(o, "day", 1, 31), {
            hours: i,
            minutes: c,
            seconds: p,
            fractionalMilliseconds: u,
          });
        }
        if (((t = F7.exec(e)), t)) {
          const [r, o, n, s, i, c, p, u] = t;
          return V7(
            Dc(B7(s), n0(n), Ko(o, "day", 1, 31), {
              hours: i,
              minutes: c,
              seconds: p,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((t = G7.exec(e)), t)) {
          const [r, o, n, s, i, c, p, u] = t;
          return Dc(Ni($i(u)), n0(o), Ko(n.trimLeft(), "day", 1, 31), {
            hours: s,
            minutes: i,
            seconds: c,
            fractionalMilliseconds: p,
          });
        }
        throw new TypeError("Invalid RFC-7231 date-time value");
      }),
      (c0 = (e) => {
        if (e == null) return;
        let t;
        if (typeof e == "number") t = e;
        else if (typeof e == "string") t = HO(e);
        else if (typeof e == "object" && e.tag === 1) t = e.value;
        else
          throw new TypeError(
            "Epoch timestamps must be expressed as floating point numbers or their string representation",
          );
        if (Number.isNaN(t) || t === 1 / 0 || t === -1 / 0)
          throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
        return new Date(Math.round(t * 1e3));
      }),
      (Dc = (e, t, r, o) => {
        const n = t - 1;
        return (
          W7(e, n, r),
          new Date(
            Date.UTC(
              e,
              n,
              r,
              Ko(o.hours, "hour", 0, 23),
              Ko(o.minutes, "minute", 0, 59),
              Ko(o.seconds, "seconds", 0, 60),
              q7(o.fractionalMilliseconds),
            ),
          )
        );
      }),
      (B7 = (e) => {
        const t = new Date().getUTCFullYear(),
          r = Math.floor(t / 100) * 100 + Ni($i(e));
        return r < t ? r + 100 : r;
      }),
      (H7 = 50 * 365 * 24 * 60 * 60 * 1e3),
      (V7 = (e) =>
        e.getTime() - new Date().getTime() > H7
          ? new Date(
              Date.UTC(
                e.getUTCFullYear() - 100,
                e.getUTCMonth(),
                e.getUTCDate(),
                e.getUTCHours(),
                e.getUTCMinutes(),
                e.getUTCSeconds(),
                e.getUTCMilliseconds(),
              ),
            )
          : e),
      (n0 = (e) => {
        const t = s0.indexOf(e);
        if (t < 0) throw new TypeError(`Invalid month: ${e}`);
        return t + 1;
      }),
      (j7 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (W7 = (e, t, r) => {
        let o = j7[t];
        if ((t === 1 && z7(e) && (o = 29), r > o))
          throw new TypeError(`Invalid day for ${s0[t]} in ${e}: ${r}`);
      }),
      (z7 = (e) => e % 4 === 0 && (e % 100 !== 0 || e % 400 === 0)),
      (Ko = (e, t, r, o) => {
        const n = jO($i(e));
        if (n < r || n > o) throw new TypeError(`${t} must be between ${r} and ${o}, inclusive`);
        return n;
      }),
      (q7 = (e) => (e == null ? 0 : VO("0." + e) * 1e3)),
      (K7 = (e) => {
        let t = e[0],
          r = 1;
        if (t == "+") r = 1;
        else if (t == "-") r = -1;
        else throw new TypeError(`Offset direction, ${t}, must be "+" or "-"`);
        const o = Number(e.substring(1, 3)),
          n = Number(e.substring(4, 6));
        return r * (o * 60 + n) * 60 * 1e3;
      }),
      ($i = (e) => {
        let t = 0;
        for (; t < e.length - 1 && e.charAt(t) === "0"; ) t++;
        return t === 0 ? e : e.slice(t);
      });
  });
var tr,
  qO = a(() => {
    tr = (t) =>
      Object.assign(new String(t), {
        deserializeJSON() {
          return JSON.parse(String(t));
        },
        toString() {
          return String(t);
        },
        toJSON() {
          return String(t);
        },
      });
    tr.from = (e) =>
      e && typeof e == "object" && (e instanceof tr || "deserializeJSON" in e)
        ? e
        : typeof e == "string" || Object.getPrototypeOf(e) === String.prototype
          ? tr(String(e))
          : tr(JSON.stringify(e));
    tr.fromObject = tr.from;
  });
function p0(e) {
  return (
    (e.includes(",") || e.includes('"')) && (e = `"${e.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`), e
  );
}
var KO = a(() => {});
function fn(e, t, r) {
  const o = Number(e);
  if (o < t || o > r) throw new Error(`Value ${o} out of range [${t}, ${r}]`);
}
var l0,
  u0,
  m0,
  JO,
  YO,
  J7,
  Y7,
  Q7,
  X7,
  Z7,
  eQ,
  d0,
  f0,
  g0,
  QO = a(() => {
    (l0 = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?"),
      (u0 = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
      (m0 = "(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"),
      (JO = "(\\d?\\d)"),
      (YO = "(\\d{4})"),
      (J7 = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/)),
      (Y7 =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (Q7 = new RegExp(`^${l0}, ${JO} ${u0} ${YO} ${m0} GMT$`)),
      (X7 = new RegExp(`^${l0}, ${JO}-${u0}-(\\d\\d) ${m0} GMT$`)),
      (Z7 = new RegExp(`^${l0} ${u0} ( [1-9]|\\d\\d) ${m0} ${YO}$`)),
      (eQ = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
      (d0 = (e) => {
        if (e == null) return;
        let t = NaN;
        if (typeof e == "number") t = e;
        else if (typeof e == "string") {
          if (!/^-?\d*\.?\d+$/.test(e)) throw new TypeError("parseEpochTimestamp - numeric string invalid.");
          t = Number.parseFloat(e);
        } else typeof e == "object" && e.tag === 1 && (t = e.value);
        if (isNaN(t) || Math.abs(t) === 1 / 0)
          throw new TypeError("Epoch timestamps must be valid finite numbers.");
        return new Date(Math.round(t * 1e3));
      }),
      (f0 = (e) => {
        if (e == null) return;
        if (typeof e != "string") throw new TypeError("RFC3339 timestamps must be strings");
        const t = J7.exec(e);
        if (!t) throw new TypeError(`Invalid RFC3339 timestamp format ${e}`);
        const [, r, o, n, s, i, c, , p, u] = t;
        fn(o, 1, 12), fn(n, 1, 31), fn(s, 0, 23), fn(i, 0, 59), fn(c, 0, 60);
        const m = new Date(
          Date.UTC(
            Number(r),
            Number(o) - 1,
            Number(n),
            Number(s),
            Number(i),
            Number(c),
            Number(p) ? Math.round(parseFloat(`0.${p}`) * 1e3) : 0,
          ),
        );
        if ((m.setUTCFullYear(Number(r)), u.toUpperCase() != "Z")) {
          const [, d, f, S] = /([+-])(\d\d):(\d\d)/.exec(u) || [void 0, "+", 0, 0],
            _ = d === "-" ? 1 : -1;
          m.setTime(m.getTime() + _ * (Number(f) * 60 * 60 * 1e3 + Number(S) * 60 * 1e3));
        }
        return m;
      }),
      (g0 = (e) => {
        if (e == null) return;
        if (typeof e != "string") throw new TypeError("RFC7231 timestamps must be strings.");
        if (Y7.test(e)) return new Date(e);
        let t, r, o, n, s, i, c, p;
        if (
          ((p = Q7.exec(e))
            ? ([, t, r, o, n, s, i, c] = p)
            : (p = X7.exec(e))
              ? (([, t, r, o, n, s, i, c] = p), (o = (Number(o) + 1900).toString()))
              : (p = Z7.exec(e)) && ([, r, t, n, s, i, c, o] = p),
          o && i)
        ) {
          const u = Date.UTC(
            Number(o),
            eQ.indexOf(r),
            Number(t),
            Number(n),
            Number(s),
            Number(i),
            c ? Math.round(parseFloat(`0.${c}`) * 1e3) : 0,
          );
          fn(t, 1, 31), fn(n, 0, 23), fn(s, 0, 59), fn(i, 0, 60);
          const m = new Date(u);
          return (m.setUTCFullYear(Number(o)), m);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${e}.`);
      });
  });
function h0(e, t, r) {
  if (r <= 0 || !Number.isInteger(r))
    throw new Error("Invalid number of delimiters (" + r + ") for splitEvery.");
  const o = e.split(t);
  if (r === 1) return o;
  let n = [],
    s = "";
  for (let i = 0; i < o.length; i++)
    s === "" ? (s = o[i]) : (s += t + o[i]), (i + 1) % r === 0 && (n.push(s), (s = ""));
  return (s !== "" && n.push(s), n);
}
var XO = a(() => {});
var Ic,
  ZO = a(() => {
    Ic = (e) => {
      let t = e.length,
        r = [],
        o = !1,
        n = !1,
        s = 0;
      for (let i = 0; i < t; ++i) {
        const c = e[i];
        switch (c) {
          case '"':
            n || (o = !o);
            break;
          case ",":
            o || (r.push(e.slice(s, i)), (s = i + 1));
            break;
          default:
        }
        n = c === "\\" && !n;
      }
      return (
        r.push(e.slice(s)),
        r.map((i) => {
          i = i.trim();
          const c = i.length;
          return c < 2
            ? i
            : i[0] === '"' && i[c - 1] === '"'
              ? ((i = i.slice(1, c - 1)), i.replace(/\\(["\\])/g, "$1"))
              : i.replace(/\\"/g, '"');
        })
      );
    };
  });
var eN,
  at,
  tN = a(() => {
    (eN = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (at = class e {
        string;
        type;
        constructor(t, r) {
          if (((this.string = t), (this.type = r), !eN.test(t)))
            throw new Error(
              `@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${t}"`,
            );
        }
        toString() {
          return this.string;
        }
        static [Symbol.hasInstance](t) {
          if (!t || typeof t != "object") return !1;
          const r = t;
          return e.prototype.isPrototypeOf(t) || (r.type === "bigDecimal" && eN.test(r.string));
        }
      });
  });
function bc(e) {
  if (e.length % 2 !== 0) throw new Error("Hex encoded strings must have an even number length");
  const t = new Uint8Array(e.length / 2);
  for (let r = 0; r < e.length; r += 2) {
    const o = e.slice(r, r + 2).toLowerCase();
    if (o in S0) t[r / 2] = S0[o];
    else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`);
  }
  return t;
}
function Ve(e) {
  let t = "";
  for (let r = 0; r < e.byteLength; r++) t += rN[e[r]];
  return t;
}
var rN,
  S0,
  _0 = a(() => {
    (rN = {}), (S0 = {});
    for (let e = 0; e < 256; e++) {
      let t = e.toString(16).toLowerCase();
      t.length === 1 && (t = `0${t}`), (rN[e] = t), (S0[t] = e);
    }
  });
import { lstatSync as oQ, fstatSync as rQ, ReadStream as tQ } from "node:fs";
var rr,
  oN = a(() => {
    rr = (e) => {
      if (!e) return 0;
      if (typeof e == "string") return Buffer.byteLength(e);
      if (typeof e.byteLength == "number") return e.byteLength;
      if (typeof e.size == "number") return e.size;
      if (typeof e.start == "number" && typeof e.end == "number") return e.end + 1 - e.start;
      if (e instanceof tQ) {
        if (e.path != null) return oQ(e.path).size;
        if (typeof e.fd == "number") return rQ(e.fd).size;
      }
      throw new Error(`Body Length computation failed for ${e}`);
    };
  });
var Mt,
  nN = a(() => {
    eu();
    Mt = (e) =>
      e instanceof Uint8Array
        ? e
        : typeof e == "string"
          ? $e(e)
          : ArrayBuffer.isView(e)
            ? new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(e);
  });
function ou(e, t) {
  if (t === void 0) {
    t = 0;
    for (const n of e) t += n.byteLength;
  }
  let r = new Uint8Array(t),
    o = 0;
  for (const n of e) r.set(n, o), (o += n.byteLength);
  return r;
}
var x0 = a(() => {});
var Lt,
  Pc = a(() => {
    Lt = class e extends Error {
      name = "ProviderError";
      tryNextLink;
      constructor(t, r = !0) {
        let o,
          n = !0;
        typeof r == "boolean"
          ? ((o = void 0), (n = r))
          : r != null && typeof r == "object" && ((o = r.logger), (n = r.tryNextLink ?? !0)),
          super(t),
          (this.tryNextLink = n),
          Object.setPrototypeOf(this, e.prototype),
          o?.debug?.(`@smithy/property-provider ${n ? "->" : "(!)"} ${t}`);
      }
      static from(t, r = !0) {
        return Object.assign(new this(t.message, r), t);
      }
    };
  });
var U,
  nu = a(() => {
    Pc();
    U = class e extends Lt {
      name = "CredentialsProviderError";
      constructor(t, r = !0) {
        super(t, r), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var eo,
  sN = a(() => {
    Pc();
    eo = class e extends Lt {
      name = "TokenProviderError";
      constructor(t, r = !0) {
        super(t, r), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var Ps,
  E0 = a(() => {
    Pc();
    Ps =
      (...e) =>
      async () => {
        if (e.length === 0) throw new Lt("No providers in chain");
        let t;
        for (const r of e)
          try {
            return await r();
          } catch (o) {
            if (((t = o), o?.tryNextLink)) continue;
            throw o;
          }
        throw t;
      };
  });
var iN,
  aN = a(() => {
    iN = (e) => () => Promise.resolve(e);
  });
var su,
  y0 = a(() => {
    su = (e, t, r) => {
      let o,
        n,
        s,
        i = !1,
        c = async () => {
          n || (n = e());
          try {
            (o = await n), (s = !0), (i = !1);
          } finally {
            n = void 0;
          }
          return o;
        };
      return t === void 0
        ? async (p) => ((!s || p?.forceRefresh) && (o = await c()), o)
        : async (p) => (
            (!s || p?.forceRefresh) && (o = await c()),
            i ? o : r && !r(o) ? ((i = !0), o) : (t(o) && (await c()), o)
          );
    };
  });
var kt,
  iu = a(() => {
    kt = (e, t, r) => {
      if (t in e) {
        if (e[t] === "true") return !0;
        if (e[t] === "false") return !1;
        throw new Error(`Cannot load ${r} "${t}". Expected "true" or "false", got ${e[t]}.`);
      }
    };
  });
var au,
  cN = a(() => {
    au = (e, t, r) => {
      if (!(t in e)) return;
      const o = parseInt(e[t], 10);
      if (Number.isNaN(o)) throw new TypeError(`Cannot load ${r} '${t}'. Expected number, got '${e[t]}'.`);
      return o;
    };
  });
var et,
  cu = a(() => {
    ((e) => {
      (e.ENV = "env"), (e.CONFIG = "shared config entry");
    })(et || (et = {}));
  });
import { homedir as nQ } from "node:os";
import { sep as sQ } from "node:path";
var C0,
  iQ,
  Un,
  Oc = a(() => {
    (C0 = {}),
      (iQ = () => (process && process.geteuid ? `${process.geteuid()}` : "DEFAULT")),
      (Un = () => {
        const { HOME: e, USERPROFILE: t, HOMEPATH: r, HOMEDRIVE: o = `C:${sQ}` } = process.env;
        if (e) return e;
        if (t) return t;
        if (r) return `${o}${r}`;
        const n = iQ();
        return (C0[n] || (C0[n] = nQ()), C0[n]);
      });
  });
var pu,
  pN,
  or,
  R0 = a(() => {
    (pu = "AWS_PROFILE"), (pN = "default"), (or = (e) => e.profile || process.env[pu] || pN);
  });
import { createHash as aQ } from "node:crypto";
import { join as cQ } from "node:path";
var Nc,
  A0 = a(() => {
    Oc();
    Nc = (e) => {
      const r = aQ("sha1").update(e).digest("hex");
      return cQ(Un(), ".aws", "sso", "cache", `${r}.json`);
    };
  });
import { readFile as pQ } from "node:fs/promises";
var $c,
  Mc,
  T0 = a(() => {
    A0();
    ($c = {}),
      (Mc = async (e) => {
        if ($c[e]) return $c[e];
        const t = Nc(e),
          r = await pQ(t, "utf8");
        return JSON.parse(r);
      });
  });
var lN,
  uN = a(() => {
    zo();
    lN = (e) =>
      Object.entries(e)
        .filter(([t]) => {
          const r = t.indexOf(".");
          return r === -1 ? !1 : Object.values(Wo).includes(t.substring(0, r));
        })
        .reduce(
          (t, [r, o]) => {
            const n = r.indexOf("."),
              s = r.substring(0, n) === Wo.PROFILE ? r.substring(n + 1) : r;
            return ((t[s] = o), t);
          },
          { ...(e.default && { default: e.default }) },
        );
  });
import { join as lQ } from "node:path";
var uQ,
  lu,
  v0 = a(() => {
    Oc();
    (uQ = "AWS_CONFIG_FILE"), (lu = () => process.env[uQ] || lQ(Un(), ".aws", "config"));
  });
import { join as mQ } from "node:path";
var dQ,
  mN,
  dN = a(() => {
    Oc();
    (dQ = "AWS_SHARED_CREDENTIALS_FILE"), (mN = () => process.env[dQ] || mQ(Un(), ".aws", "credentials"));
  });
var fQ,
  gQ,
  Lc,
  D0 = a(() => {
    zo();
    (fQ = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (gQ = ["__proto__", "profile __proto__"]),
      (Lc = (e) => {
        let t = {},
          r,
          o;
        for (const n of e.split(/\r?\n/)) {
          const s = n.split(/(^|\s)[;#]/)[0].trim();
          if (s[0] === "[" && s[s.length - 1] === "]") {
            (r = void 0), (o = void 0);
            const c = s.substring(1, s.length - 1),
              p = fQ.exec(c);
            if (p) {
              const [, u, , m] = p;
              Object.values(Wo).includes(u) && (r = [u, m].join("."));
            } else r = c;
            if (gQ.includes(c)) throw new Error(`Found invalid profile name "${c}"`);
          } else if (r) {
            const c = s.indexOf("=");
            if (![0, -1].includes(c)) {
              const [p, u] = [s.substring(0, c).trim(), s.substring(c + 1).trim()];
              if (u === "") o = p;
              else {
                o && n.trimStart() === n && (o = void 0), (t[r] = t[r] || {});
                const m = o ? [o, p].join(".") : p;
                t[r][m] = u;
              }
            }
          }
        }
        return t;
      });
  });
import { readFile as hQ } from "node:fs/promises";
var w0,
  kc,
  Uc,
  uu = a(() => {
    (w0 = {}),
      (kc = {}),
      (Uc = (e, t) =>
        kc[e] !== void 0 ? kc[e] : ((!w0[e] || t?.ignoreCache) && (w0[e] = hQ(e, "utf8")), w0[e]));
  });
import { join as fN } from "node:path";
var gN,
  mu,
  I0 = a(() => {
    uN();
    v0();
    dN();
    Oc();
    D0();
    uu();
    (gN = () => ({})),
      (mu = async (e = {}) => {
        let { filepath: t = mN(), configFilepath: r = lu() } = e,
          o = Un(),
          n = "~/",
          s = t;
        t.startsWith(n) && (s = fN(o, t.slice(2)));
        let i = r;
        r.startsWith(n) && (i = fN(o, r.slice(2)));
        const c = await Promise.all([
          Uc(i, { ignoreCache: e.ignoreCache }).then(Lc).then(lN).catch(gN),
          Uc(s, { ignoreCache: e.ignoreCache }).then(Lc).catch(gN),
        ]);
        return { configFile: c[0], credentialsFile: c[1] };
      });
  });
var hN,
  SN = a(() => {
    zo();
    hN = (e) =>
      Object.entries(e)
        .filter(([t]) => t.startsWith(Wo.SSO_SESSION + "."))
        .reduce((t, [r, o]) => ({ ...t, [r.substring(r.indexOf(".") + 1)]: o }), {});
  });
var SQ,
  Fc,
  _N = a(() => {
    v0();
    SN();
    D0();
    uu();
    (SQ = () => ({})),
      (Fc = async (e = {}) =>
        Uc(e.configFilepath ?? lu())
          .then(Lc)
          .then(hN)
          .catch(SQ));
  });
var xN,
  EN = a(() => {
    xN = (...e) => {
      const t = {};
      for (const r of e)
        for (const [o, n] of Object.entries(r)) t[o] !== void 0 ? Object.assign(t[o], n) : (t[o] = n);
      return t;
    };
  });
var Ro,
  yN = a(() => {
    I0();
    EN();
    Ro = async (e) => {
      const t = await mu(e);
      return xN(t.configFile, t.credentialsFile);
    };
  });
var Gc,
  CN = a(() => {
    T0();
    uu();
    Gc = {
      getFileRecord() {
        return kc;
      },
      interceptFile(e, t) {
        kc[e] = Promise.resolve(t);
      },
      getTokenRecord() {
        return $c;
      },
      interceptToken(e, t) {
        $c[e] = t;
      },
    };
  });
function du(e) {
  try {
    const t = new Set(Array.from(e.match(/([A-Z_]){3,}/g) ?? []));
    return (t.delete("CONFIG"), t.delete("CONFIG_PREFIX_SEPARATOR"), t.delete("ENV"), [...t].join(", "));
  } catch {
    return e;
  }
}
var b0 = a(() => {});
var RN,
  AN = a(() => {
    nu();
    b0();
    RN = (e, t) => async () => {
      try {
        const r = e(process.env, t);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new U(r.message || `Not found in ENV: ${du(e.toString())}`, { logger: t?.logger });
      }
    };
  });
var TN,
  vN = a(() => {
    nu();
    R0();
    I0();
    b0();
    TN =
      (e, { preferredFile: t = "config", ...r } = {}) =>
      async () => {
        const o = or(r),
          { configFile: n, credentialsFile: s } = await mu(r),
          i = s[o] || {},
          c = n[o] || {},
          p = t === "config" ? { ...i, ...c } : { ...c, ...i };
        try {
          const m = e(p, t === "config" ? n : s);
          if (m === void 0) throw new Error();
          return m;
        } catch (u) {
          throw new U(u.message || `Not found in config files w/ profile [${o}]: ${du(e.toString())}`, {
            logger: r.logger,
          });
        }
      };
  });
var _Q,
  DN,
  wN = a(() => {
    aN();
    (_Q = (e) => typeof e == "function"), (DN = (e) => (_Q(e) ? async () => await e() : iN(e)));
  });
var k,
  P0 = a(() => {
    E0();
    y0();
    AN();
    vN();
    wN();
    k = ({ environmentVariableSelector: e, configFileSelector: t, default: r }, o = {}) => {
      const { signingName: n, logger: s } = o;
      return su(Ps(RN(e, { signingName: n, logger: s }), TN(t, o), DN(r)));
    };
  });
var IN,
  bN,
  nr,
  PN = a(() => {
    iu();
    cu();
    (IN = "AWS_USE_DUALSTACK_ENDPOINT"),
      (bN = "use_dualstack_endpoint"),
      (nr = {
        environmentVariableSelector: (e) => kt(e, IN, et.ENV),
        configFileSelector: (e) => kt(e, bN, et.CONFIG),
        default: !1,
      });
  });
var ON,
  NN,
  sr,
  $N = a(() => {
    iu();
    cu();
    (ON = "AWS_USE_FIPS_ENDPOINT"),
      (NN = "use_fips_endpoint"),
      (sr = {
        environmentVariableSelector: (e) => kt(e, ON, et.ENV),
        configFileSelector: (e) => kt(e, NN, et.CONFIG),
        default: !1,
      });
  });
var Ns,
  Fn,
  Mi,
  MN,
  LN,
  O0 = a(() => {
    (Ns = (e, t) => {
      const r = [];
      if ((e && r.push(e), t)) for (const o of t) r.push(o);
      return r;
    }),
      (Fn = (e, t) => `${e || "anonymous"}${t && t.length > 0 ? ` (a.k.a. ${t.join(",")})` : ""}`),
      (Mi = () => {
        let e = [],
          t = [],
          r = !1,
          o = new Set(),
          n = (d) =>
            d.sort(
              (f, S) => MN[S.step] - MN[f.step] || LN[S.priority || "normal"] - LN[f.priority || "normal"],
            ),
          s = (d) => {
            let f = !1,
              S = (_) => {
                const C = Ns(_.name, _.aliases);
                if (C.includes(d)) {
                  f = !0;
                  for (const R of C) o.delete(R);
                  return !1;
                }
                return !0;
              };
            return ((e = e.filter(S)), (t = t.filter(S)), f);
          },
          i = (d) => {
            let f = !1,
              S = (_) => {
                if (_.middleware === d) {
                  f = !0;
                  for (const C of Ns(_.name, _.aliases)) o.delete(C);
                  return !1;
                }
                return !0;
              };
            return ((e = e.filter(S)), (t = t.filter(S)), f);
          },
          c = (d) => (
            e.forEach((f) => {
              d.add(f.middleware, { ...f });
            }),
            t.forEach((f) => {
              d.addRelativeTo(f.middleware, { ...f });
            }),
            d.identifyOnResolve?.(m.identifyOnResolve()),
            d
          ),
          p = (d) => {
            const f = [];
            return (
              d.before.forEach((S) => {
                S.before.length === 0 && S.after.length === 0 ? f.push(S) : f.push(...p(S));
              }),
              f.push(d),
              d.after.reverse().forEach((S) => {
                S.before.length === 0 && S.after.length === 0 ? f.push(S) : f.push(...p(S));
              }),
              f
            );
          },
          u = (d = !1) => {
            const f = [],
              S = [],
              _ = {};
            return (
              e.forEach((R) => {
                const A = { ...R, before: [], after: [] };
                for (const T of Ns(A.name, A.aliases)) _[T] = A;
                f.push(A);
              }),
              t.forEach((R) => {
                const A = { ...R, before: [], after: [] };
                for (const T of Ns(A.name, A.aliases)) _[T] = A;
                S.push(A);
              }),
              S.forEach((R) => {
                if (R.toMiddleware) {
                  const A = _[R.toMiddleware];
                  if (A === void 0) {
                    if (d) return;
                    throw new Error(
                      `${R.toMiddleware} is not found when adding ${Fn(R.name, R.aliases)} middleware ${R.relation} ${R.toMiddleware}`,
                    );
                  }
                  R.relation === "after" && A.after.push(R), R.relation === "before" && A.before.push(R);
                }
              }),
              n(f)
                .map(p)
                .reduce((R, A) => (R.push(...A), R), [])
            );
          },
          m = {
            add: (d, f = {}) => {
              const { name: S, override: _, aliases: C } = f,
                R = { step: "initialize", priority: "normal", middleware: d, ...f },
                A = Ns(S, C);
              if (A.length > 0) {
                if (A.some((T) => o.has(T))) {
                  if (!_) throw new Error(`Duplicate middleware name '${Fn(S, C)}'`);
                  for (const T of A) {
                    const F = e.findIndex((ne) => ne.name === T || ne.aliases?.some((Se) => Se === T));
                    if (F === -1) continue;
                    const H = e[F];
                    if (H.step !== R.step || R.priority !== H.priority)
                      throw new Error(
                        `"${Fn(H.name, H.aliases)}" middleware with ${H.priority} priority in ${H.step} step cannot be overridden by "${Fn(S, C)}" middleware with ${R.priority} priority in ${R.step} step.`,
                      );
                    e.splice(F, 1);
                  }
                }
                for (const T of A) o.add(T);
              }
              e.push(R);
            },
            addRelativeTo: (d, f) => {
              const { name: S, override: _, aliases: C } = f,
                R = { middleware: d, ...f },
                A = Ns(S, C);
              if (A.length > 0) {
                if (A.some((T) => o.has(T))) {
                  if (!_) throw new Error(`Duplicate middleware name '${Fn(S, C)}'`);
                  for (const T of A) {
                    const F = t.findIndex((ne) => ne.name === T || ne.aliases?.some((Se) => Se === T));
                    if (F === -1) continue;
                    const H = t[F];
                    if (H.toMiddleware !== R.toMiddleware || H.relation !== R.relation)
                      throw new Error(
                        `"${Fn(H.name, H.aliases)}" middleware ${H.relation} "${H.toMiddleware}" middleware cannot be overridden by "${Fn(S, C)}" middleware ${R.relation} "${R.toMiddleware}" middleware.`,
                      );
                    t.splice(F, 1);
                  }
                }
                for (const T of A) o.add(T);
              }
              t.push(R);
            },
            clone: () => c(Mi()),
            use: (d) => {
              d.applyToStack(m);
            },
            remove: (d) => (typeof d == "string" ? s(d) : i(d)),
            removeByTag: (d) => {
              let f = !1,
                S = (_) => {
                  const { tags: C, name: R, aliases: A } = _;
                  if (C && C.includes(d)) {
                    const T = Ns(R, A);
                    for (const F of T) o.delete(F);
                    return ((f = !0), !1);
                  }
                  return !0;
                };
              return ((e = e.filter(S)), (t = t.filter(S)), f);
            },
            concat: (d) => {
              const f = c(Mi());
              return (
                f.use(d),
                f.identifyOnResolve(r || f.identifyOnResolve() || (d.identifyOnResolve?.() ?? !1)),
                f
              );
            },
            applyToStack: c,
            identify: () =>
              u(!0).map((d) => {
                const f = d.step ?? d.relation + " " + d.toMiddleware;
                return Fn(d.name, d.aliases) + " - " + f;
              }),
            identifyOnResolve(d) {
              return (typeof d == "boolean" && (r = d), r);
            },
            resolve: (d, f) => {
              for (const S of u()
                .map((_) => _.middleware)
                .reverse())
                d = S(d, f);
              return (r && console.log(m.identify()), d);
            },
          };
        return m;
      }),
      (MN = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (LN = { high: 3, normal: 2, low: 1 });
  });
var Li,
  N0 = a(() => {
    Li = () => {
      const e = new WeakSet();
      return (t, r) => {
        if (typeof r == "object" && r !== null) {
          if (e.has(r)) return "[Circular]";
          e.add(r);
        }
        return r;
      };
    };
  });
var kN,
  UN = a(() => {
    kN = (e) => new Promise((t) => setTimeout(t, e * 1e3));
  });
var $0,
  $,
  pe,
  fu = a(() => {
    N0();
    $0 = { minDelay: 2, maxDelay: 120 };
    ((e) => {
      (e.ABORTED = "ABORTED"),
        (e.FAILURE = "FAILURE"),
        (e.SUCCESS = "SUCCESS"),
        (e.RETRY = "RETRY"),
        (e.TIMEOUT = "TIMEOUT");
    })($ || ($ = {}));
    pe = (e) => {
      if (e.state === $.ABORTED) {
        const t = new Error(`${JSON.stringify({ ...e, reason: "Request was aborted" }, Li())}`);
        throw ((t.name = "AbortError"), t);
      } else if (e.state === $.TIMEOUT) {
        const t = new Error(`${JSON.stringify({ ...e, reason: "Waiter has timed out" }, Li())}`);
        throw ((t.name = "TimeoutError"), t);
      } else if (e.state !== $.SUCCESS) throw new Error(`${JSON.stringify(e, Li())}`);
      return e;
    };
  });
var FN,
  xQ,
  EQ,
  yQ,
  CQ,
  GN = a(() => {
    N0();
    UN();
    fu();
    (FN = async (
      { minDelay: e, maxDelay: t, maxWaitTime: r, abortController: o, client: n, abortSignal: s },
      i,
      c,
    ) => {
      let p = {},
        [u, m] = [e * 1e3, t * 1e3],
        d = 0,
        f = Date.now() + r * 1e3,
        S = Date.now() + 6e4,
        _ = !1;
      for (;;) {
        if (d > 0) {
          const A = yQ(u, m, d, f);
          if (o?.signal?.aborted || s?.aborted) {
            const T = "AbortController signal aborted.";
            return ((p[T] |= 0), (p[T] += 1), { state: $.ABORTED, observedResponses: p });
          }
          if (Date.now() + A > f) return { state: $.TIMEOUT, observedResponses: p };
          await kN(A / 1e3);
        }
        const { state: C, reason: R } = await c(n, i);
        if (R) {
          const A = EQ(R);
          (p[A] |= 0), (p[A] += 1);
        }
        if (C !== $.RETRY) return { state: C, reason: R, final: R, observedResponses: p };
        (d += 1), !_ && Date.now() >= S && (xQ(p, n), (_ = !0));
      }
    }),
      (xQ = (e = {}, t) => {
        let r = Object.keys(e),
          o = 0,
          n = 0;
        for (const c of r) {
          const p = e[c] | 0;
          (o = Math.max(p, o)), c.startsWith("403:") && (n += p);
        }
        const s = t?.config?.logger,
          i = typeof s?.warn == "function" && !s.constructor?.name?.includes?.("NoOpLogger") ? s : console;
        (n >= 3 || r[r.length - 1]?.startsWith("403:")) &&
          i.warn("@smithy/util-waiter WARN - 403 status code encountered during waiter polling.");
      }),
      (EQ = (e) => {
        const t = e?.$response?.statusCode ?? e?.$metadata?.httpStatusCode;
        return e?.$responseBodyText
          ? `${t ? t + ": " : ""}Deserialization error for body: ${e.$responseBodyText}`
          : t
            ? e?.$response || e?.message
              ? `${t ?? "Unknown"}: ${e?.message}`
              : `${t}: OK`
            : String(e?.message ?? JSON.stringify(e, Li()) ?? "Unknown");
      }),
      (yQ = (e, t, r, o) => {
        const n = Math.log(t / e) / Math.log(2) + 1;
        if (r > n) return t;
        const s = e * 2 ** (r - 1),
          i = Math.min(s, t),
          c = CQ(e, i);
        if (Date.now() + c > o) {
          const p = o - Date.now();
          return Math.max(0, p - 500);
        }
        return c;
      }),
      (CQ = (e, t) => e + Math.random() * (t - e));
  });
var BN,
  HN = a(() => {
    BN = (e) => {
      if (e.maxWaitTime <= 0) throw new Error("WaiterConfiguration.maxWaitTime must be greater than 0");
      if (e.minDelay <= 0) throw new Error("WaiterConfiguration.minDelay must be greater than 0");
      if (e.maxDelay <= 0) throw new Error("WaiterConfiguration.maxDelay must be greater than 0");
      if (e.maxWaitTime <= e.minDelay)
        throw new Error(
          `WaiterConfiguration.maxWaitTime [${e.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${e.minDelay}] for this waiter`,
        );
      if (e.maxDelay < e.minDelay)
        throw new Error(
          `WaiterConfiguration.maxDelay [${e.maxDelay}] must be greater than WaiterConfiguration.minDelay [${e.minDelay}] for this waiter`,
        );
    };
  });
var VN,
  le,
  jN = a(() => {
    GN();
    HN();
    fu();
    (VN = (e) => {
      let t,
        r = new Promise((o) => {
          (t = () => o({ state: $.ABORTED })),
            typeof e.addEventListener == "function" ? e.addEventListener("abort", t) : (e.onabort = t);
        });
      return {
        clearListener() {
          typeof e.removeEventListener == "function" && e.removeEventListener("abort", t);
        },
        aborted: r,
      };
    }),
      (le = async (e, t, r) => {
        const o = { ...$0, ...e };
        BN(o);
        const n = [FN(o, t, r)],
          s = [];
        if (e.abortSignal) {
          const { aborted: i, clearListener: c } = VN(e.abortSignal);
          s.push(c), n.push(i);
        }
        if (e.abortController?.signal) {
          const { aborted: i, clearListener: c } = VN(e.abortController.signal);
          s.push(c), n.push(i);
        }
        return Promise.race(n).then((i) => {
          for (const c of s) c();
          return i;
        });
      });
  });
var rt,
  WN = a(() => {
    O0();
    rt = class {
      config;
      middlewareStack = Mi();
      initConfig;
      handlers;
      constructor(t) {
        this.config = t;
        const { protocol: r, protocolSettings: o } = t;
        o && typeof r == "function" && (t.protocol = new r(o));
      }
      send(t, r, o) {
        let n = typeof r != "function" ? r : void 0,
          s = typeof r == "function" ? r : o,
          i = n === void 0 && this.config.cacheMiddleware === !0,
          c;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          const p = this.handlers;
          p.has(t.constructor)
            ? (c = p.get(t.constructor))
            : ((c = t.resolveMiddleware(this.middlewareStack, this.config, n)), p.set(t.constructor, c));
        } else delete this.handlers, (c = t.resolveMiddleware(this.middlewareStack, this.config, n));
        if (s)
          c(t)
            .then(
              (p) => s(null, p.output),
              (p) => s(p),
            )
            .catch(() => {});
        else return c(t).then((p) => p.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.(), delete this.handlers;
      }
    };
  });
var gn,
  M0 = a(() => {
    gn = (e) => (typeof e == "function" ? e() : e);
  });
var gu,
  L0 = a(() => {
    gu = (e, t, r, o, n) => ({ name: t, namespace: e, traits: r, input: o, output: n });
  });
var zN,
  k0,
  qN = a(() => {
    Ie();
    L0();
    (zN = (e) => (t, r) => async (o) => {
      const { response: n } = await t(o),
        { operationSchema: s } = Me(r),
        [, i, c, p, u, m] = s ?? [];
      try {
        const d = await e.protocol.deserializeResponse(gu(i, c, p, u, m), { ...e, ...r }, n);
        return { response: n, output: d };
      } catch (d) {
        if (
          (Object.defineProperty(d, "$response", {
            value: n,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !("$metadata" in d))
        ) {
          const f =
            "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
          try {
            d.message +=
              `
  ` + f;
          } catch {
            !r.logger || r.logger?.constructor?.name === "NoOpLogger" ? console.warn(f) : r.logger?.warn?.(f);
          }
          typeof d.$responseBodyText < "u" && d.$response && (d.$response.body = d.$responseBodyText);
          try {
            if (er.isInstance(n)) {
              const { headers: S = {}, statusCode: _ } = n,
                C = Object.entries(S);
              d.$metadata = {
                httpStatusCode: _,
                requestId: k0(/^x-[\w-]+-request-?id$/, C),
                extendedRequestId: k0(/^x-[\w-]+-id-2$/, C),
                cfId: k0(/^x-[\w-]+-cf-id$/, C),
              };
            }
          } catch {}
        }
        throw d;
      }
    }),
      (k0 = (e, t) => (t.find(([r]) => r.match(e)) || [void 0, void 0])[1]);
  });
var KN,
  JN = a(() => {
    Ie();
    L0();
    KN = (e) => (t, r) => async (o) => {
      const { operationSchema: n } = Me(r),
        [, s, i, c, p, u] = n ?? [],
        m = r.endpointV2 ? async () => kn(r.endpointV2) : e.endpoint,
        d = await e.protocol.serializeRequest(gu(s, i, c, p, u), o.input, { ...e, ...r, endpoint: m });
      return t({ ...o, request: d });
    };
  });
function ir(e) {
  return {
    applyToStack: (t) => {
      t.add(KN(e), QN), t.add(zN(e), YN), e.protocol.setSerdeContext(e);
    },
  };
}
var YN,
  QN,
  XN = a(() => {
    qN();
    JN();
    (YN = { name: "deserializerMiddleware", step: "deserialize", tags: ["DESERIALIZER"], override: !0 }),
      (QN = { name: "serializerMiddleware", step: "serialize", tags: ["SERIALIZER"], override: !0 });
  });
function Gn(e) {
  if (typeof e == "object") return e;
  if (((e = e | 0), hu[e])) return hu[e];
  let t = {},
    r = 0;
  for (const o of [
    "httpLabel",
    "idempotent",
    "idempotencyToken",
    "sensitive",
    "httpPayload",
    "httpResponseCode",
    "httpQueryParams",
  ])
    ((e >> r++) & 1) === 1 && (t[o] = 1);
  return (hu[e] = t);
}
var hu,
  U0 = a(() => {
    hu = [];
  });
function Hc(e, t) {
  if (e instanceof ce) return Object.assign(e, { memberName: t, _isMemberSchema: !0 });
  const r = ce;
  return new r(e, t);
}
var Bc,
  Su,
  _u,
  ce,
  F0,
  ZN,
  e$ = a(() => {
    M0();
    U0();
    (Bc = { it: Symbol.for("@smithy/nor-struct-it"), ns: Symbol.for("@smithy/ns") }),
      (Su = []),
      (_u = {}),
      (ce = class e {
        ref;
        memberName;
        static symbol = Symbol.for("@smithy/nor");
        symbol = e.symbol;
        name;
        schema;
        _isMemberSchema;
        traits;
        memberTraits;
        normalizedTraits;
        constructor(t, r) {
          (this.ref = t), (this.memberName = r);
          let o = [],
            n = t,
            s = t;
          for (this._isMemberSchema = !1; F0(n); )
            o.push(n[1]), (n = n[0]), (s = gn(n)), (this._isMemberSchema = !0);
          if (o.length > 0) {
            this.memberTraits = {};
            for (let i = o.length - 1; i >= 0; --i) {
              const c = o[i];
              Object.assign(this.memberTraits, Gn(c));
            }
          } else this.memberTraits = 0;
          if (s instanceof e) {
            const i = this.memberTraits;
            Object.assign(this, s),
              (this.memberTraits = Object.assign({}, i, s.getMemberTraits(), this.getMemberTraits())),
              (this.normalizedTraits = void 0),
              (this.memberName = r ?? s.memberName);
            return;
          }
          if (
            ((this.schema = gn(s)),
            ZN(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`), (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(s)), (this.traits = 0)),
            this._isMemberSchema && !r)
          )
            throw new Error(
              `@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`,
            );
        }
        static [Symbol.hasInstance](t) {
          const r = this.prototype.isPrototypeOf(t);
          return !r && typeof t == "object" && t !== null ? t.symbol === this.symbol : r;
        }
        static of(t) {
          const r = typeof t == "function" || (typeof t == "object" && t !== null);
          if (typeof t == "number") {
            if (Su[t]) return Su[t];
          } else if (typeof t == "string") {
            if (_u[t]) return _u[t];
          } else if (r && t[Bc.ns]) return t[Bc.ns];
          const o = gn(t);
          if (o instanceof e) return o;
          if (F0(o)) {
            const [s, i] = o;
            if (s instanceof e) return (Object.assign(s.getMergedTraits(), Gn(i)), s);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(t, null, 2)}.`,
            );
          }
          const n = new e(o);
          return r
            ? (t[Bc.ns] = n)
            : typeof o == "string"
              ? (_u[o] = n)
              : typeof o == "number"
                ? (Su[o] = n)
                : n;
        }
        getSchema() {
          const t = this.schema;
          return Array.isArray(t) && t[0] === 0 ? t[4] : t;
        }
        getName(t = !1) {
          const { name: r } = this;
          return !t && r && r.includes("#") ? r.split("#")[1] : r || void 0;
        }
        getMemberName() {
          return this.memberName;
        }
        isMemberSchema() {
          return this._isMemberSchema;
        }
        isListSchema() {
          const t = this.getSchema();
          return typeof t == "number" ? t >= 64 && t < 128 : t[0] === 1;
        }
        isMapSchema() {
          const t = this.getSchema();
          return typeof t == "number" ? t >= 128 && t <= 255 : t[0] === 2;
        }
        isStructSchema() {
          const t = this.getSchema();
          if (typeof t != "object") return !1;
          const r = t[0];
          return r === 3 || r === -3 || r === 4;
        }
        isUnionSchema() {
          const t = this.getSchema();
          return typeof t != "object" ? !1 : t[0] === 4;
        }
        isBlobSchema() {
          const t = this.getSchema();
          return t === 21 || t === 42;
        }
        isTimestampSchema() {
          const t = this.getSchema();
          return typeof t == "number" && t >= 4 && t <= 7;
        }
        isUnitSchema() {
          return this.getSchema() === "unit";
        }
        isDocumentSchema() {
          return this.getSchema() === 15;
        }
        isStringSchema() {
          return this.getSchema() === 0;
        }
        isBooleanSchema() {
          return this.getSchema() === 2;
        }
        isNumericSchema() {
          return this.getSchema() === 1;
        }
        isBigIntegerSchema() {
          return this.getSchema() === 17;
        }
        isBigDecimalSchema() {
          return this.getSchema() === 19;
        }
        isStreaming() {
          const { streaming: t } = this.getMergedTraits();
          return !!t || this.getSchema() === 42;
        }
        isIdempotencyToken() {
          return !!this.getMergedTraits().idempotencyToken;
        }
        getMergedTraits() {
          return (
            this.normalizedTraits ??
            (this.normalizedTraits = { ...this.getOwnTraits(), ...this.getMemberTraits() })
          );
        }
        getMemberTraits() {
          return Gn(this.memberTraits);
        }
        getOwnTraits() {
          return Gn(this.traits);
        }
        getKeySchema() {
          const [t, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!t && !r)
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
          const o = this.getSchema(),
            n = t ? 15 : (o[4] ?? 0);
          return Hc([n, 0], "key");
        }
        getValueSchema() {
          const t = this.getSchema(),
            [r, o, n] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()],
            s =
              typeof t == "number"
                ? 63 & t
                : t && typeof t == "object" && (o || n)
                  ? t[3 + t[0]]
                  : r
                    ? 15
                    : void 0;
          if (s != null) return Hc([s, 0], o ? "value" : "member");
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(t) {
          const r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(t)) {
            const o = r[4].indexOf(t),
              n = r[5][o];
            return Hc(F0(n) ? n : [n, 0], t);
          }
          if (this.isDocumentSchema()) return Hc([15, 0], t);
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${t}.`);
        }
        getMemberSchemas() {
          const t = {};
          try {
            for (const [r, o] of this.structIterator()) t[r] = o;
          } catch {}
          return t;
        }
        getEventStreamMember() {
          if (this.isStructSchema()) {
            for (const [t, r] of this.structIterator()) if (r.isStreaming() && r.isStructSchema()) return t;
          }
          return "";
        }
        *structIterator() {
          if (this.isUnitSchema()) return;
          if (!this.isStructSchema())
            throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
          let t = this.getSchema(),
            r = t[4].length,
            o = t[Bc.it];
          if (o && r === o.length) {
            yield* o;
            return;
          }
          o = Array(r);
          for (let n = 0; n < r; ++n) {
            const s = t[4][n],
              i = Hc([t[5][n], 0], s);
            yield (o[n] = [s, i]);
          }
          t[Bc.it] = o;
        }
      });
    (F0 = (e) => Array.isArray(e) && e.length === 2), (ZN = (e) => Array.isArray(e) && e.length >= 5);
  });
var Te,
  t$ = a(() => {
    Te = class e {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(t, r = new Map(), o = new Map()) {
        (this.namespace = t),
          (this.schemas = r),
          (this.exceptions = o),
          e.registries.has(t) || e.registries.set(t, this);
      }
      static for(t) {
        return e.registries.get(t) ?? new e(t);
      }
      copyFrom(t) {
        const { schemas: r, exceptions: o } = this;
        for (const [n, s] of t.schemas) r.has(n) || r.set(n, s);
        for (const [n, s] of t.exceptions) o.has(n) || o.set(n, s);
      }
      register(t, r) {
        const o = this.normalizeShapeId(t);
        for (const n of [this, e.for(o.split("#")[0])]) n.schemas.has(o) || n.schemas.set(o, r);
      }
      getSchema(t) {
        const r = this.normalizeShapeId(t);
        if (!this.schemas.has(r)) {
          if (!t.includes("#")) {
            const o = "#" + t,
              n = [];
            for (const [s, i] of this.schemas.entries()) s.endsWith(o) && n.push(i);
            if (n.length === 1) return n[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(t, r) {
        const o = t,
          n = o[1],
          s = n + "#" + o[2];
        r.hasOwnProperty?.("shapeId") || (r.shapeId = s);
        for (const i of [this, e.for(n)])
          !i.schemas.has(s) && !i.exceptions.has(o) && (i.schemas.set(s, o), i.exceptions.set(o, r));
      }
      getErrorCtor(t) {
        const r = t;
        return this.exceptions.has(r) ? this.exceptions.get(r) : e.for(r[1]).exceptions.get(r);
      }
      getBaseException() {
        for (const t of this.exceptions.keys())
          if (Array.isArray(t)) {
            const [, r, o] = t,
              n = r + "#" + o;
            if (n.startsWith("smithy.ts.sdk.synthetic.") && n.endsWith("ServiceException")) return t;
          }
      }
      find(t) {
        for (const r of this.schemas.values()) if (t(r)) return r;
      }
      clear() {
        this.schemas.clear(), this.exceptions.clear();
      }
      normalizeShapeId(t) {
        return t.includes("#") ? t : this.namespace + "#" + t;
      }
    };
  });
var be = a(() => {
  M0();
  XN();
  e$();
  U0();
  t$();
});
function ki(e, t) {
  if (t == null) return t;
  const r = ce.of(e);
  if (r.getMergedTraits().sensitive) return G0;
  if (r.isListSchema()) {
    const o = r.getValueSchema();
    if (o.getMergedTraits().sensitive) return G0;
    if (Array.isArray(t)) return t.map((n) => ki(o, n));
  } else if (r.isMapSchema()) {
    const o = r.getValueSchema();
    if (r.getKeySchema().getMergedTraits().sensitive || o.getMergedTraits().sensitive) return G0;
    if (typeof t == "object") return Object.fromEntries(Object.entries(t).map(([n, s]) => [n, ki(o, s)]));
  } else if (r.isStructSchema() && typeof t == "object") {
    const o = t,
      n = {};
    for (const [s, i] of r.structIterator()) o[s] != null && (n[s] = ki(i, o[s]));
    return n;
  }
  return t;
}
var G0,
  r$ = a(() => {
    be();
    G0 = "***SensitiveInformation***";
  });
var o$,
  mo,
  B0,
  H0 = a(() => {
    zo();
    O0();
    r$();
    be();
    (o$ = Symbol.for("@smithy/op-event-stream")),
      (mo = class {
        middlewareStack = Mi();
        schema;
        static classBuilder() {
          return new B0();
        }
        resolveMiddlewareWithContext(
          t,
          r,
          o,
          {
            middlewareFn: n,
            clientName: s,
            commandName: i,
            inputFilterSensitiveLog: c,
            outputFilterSensitiveLog: p,
            smithyContext: u,
            additionalContext: m,
            CommandCtor: d,
          },
        ) {
          for (const ne of n.bind(this)(d, t, r, o)) this.middlewareStack.use(ne);
          let f = t.concat(this.middlewareStack),
            { logger: S } = r,
            _ = m[Co],
            C = {
              logger: S,
              clientName: s,
              commandName: i,
              inputFilterSensitiveLog: c,
              outputFilterSensitiveLog: p,
              ...m,
              [Co]: {
                ..._,
                commandInstance: this,
                ...u,
                ...(o?.metricsRecorder === void 0 ? {} : { metricsRecorder: o.metricsRecorder }),
                ...(o?.abortSignal === void 0 ? {} : { abortSignal: o.abortSignal }),
              },
            },
            { requestHandler: R } = r,
            A = o ?? {};
          A.metricsRecorder && ((A = { ...A }), delete A.metricsRecorder);
          let T,
            F = this.schema,
            H = F?.[o$];
          if (H !== void 0) T = H;
          else if (F && Array.isArray(F) && F[0] === 9) {
            const [, , , , ne, Se] = F;
            T = F[o$] = !!(ce.of(ne).getEventStreamMember() || ce.of(Se).getEventStreamMember());
          }
          return (T && (A = { isEventStream: T, ...A }), f.resolve((ne) => R.handle(ne.request, A), C));
        }
      }),
      (B0 = class {
        _init = () => {};
        _ep = {};
        _middlewareFn = () => [];
        _commandName = "";
        _clientName = "";
        _additionalContext = {};
        _smithyContext = {};
        _inputFilterSensitiveLog = void 0;
        _outputFilterSensitiveLog = void 0;
        _serializer = null;
        _deserializer = null;
        _operationSchema;
        init(t) {
          this._init = t;
        }
        ep(t) {
          return ((this._ep = t), this);
        }
        m(t) {
          return ((this._middlewareFn = t), this);
        }
        s(t, r, o = {}) {
          return ((this._smithyContext = { service: t, operation: r, ...o }), this);
        }
        c(t = {}) {
          return ((this._additionalContext = t), this);
        }
        n(t, r) {
          return ((this._clientName = t), (this._commandName = r), this);
        }
        f(t = (o) => o, r = (o) => o) {
          return ((this._inputFilterSensitiveLog = t), (this._outputFilterSensitiveLog = r), this);
        }
        ser(t) {
          return ((this._serializer = t), this);
        }
        de(t) {
          return ((this._deserializer = t), this);
        }
        sc(t) {
          return ((this._operationSchema = t), (this._smithyContext.operationSchema = t), this);
        }
        build() {
          let t = this,
            r;
          return (r = class extends mo {
            input;
            static getEndpointParameterInstructions() {
              return t._ep;
            }
            constructor(...[o]) {
              super(), (this.input = o ?? {}), t._init(this), (this.schema = t._operationSchema);
            }
            resolveMiddleware(o, n, s) {
              const i = t._operationSchema,
                c = i?.[4] ?? i?.input,
                p = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(o, n, s, {
                CommandCtor: r,
                middlewareFn: t._middlewareFn,
                clientName: t._clientName,
                commandName: t._commandName,
                inputFilterSensitiveLog: t._inputFilterSensitiveLog ?? (i ? ki.bind(null, c) : (u) => u),
                outputFilterSensitiveLog: t._outputFilterSensitiveLog ?? (i ? ki.bind(null, p) : (u) => u),
                smithyContext: t._smithyContext,
                additionalContext: t._additionalContext,
              });
            }
            serialize = t._serializer;
            deserialize = t._deserializer;
          });
        }
      });
  });
var ar,
  n$ = a(() => {
    ar = (e, t, r) => {
      for (const [s, i] of Object.entries(e)) {
        const c = async function (u, m, d) {
            const f = new i(u);
            if (typeof m == "function") this.send(f, m);
            else if (typeof d == "function") {
              if (typeof m != "object") throw new Error(`Expected http options but got ${typeof m}`);
              this.send(f, m || {}, d);
            } else return this.send(f, m);
          },
          p = (s[0].toLowerCase() + s.slice(1)).replace(/Command$/, "");
        t.prototype[p] = c;
      }
      const { paginators: o = {}, waiters: n = {} } = r ?? {};
      for (const [s, i] of Object.entries(o))
        t.prototype[s] === void 0 &&
          (t.prototype[s] = function (c = {}, p, ...u) {
            return i({ ...p, client: this }, c, ...u);
          });
      for (const [s, i] of Object.entries(n))
        t.prototype[s] === void 0 &&
          (t.prototype[s] = async function (c = {}, p, ...u) {
            let m = p;
            return (typeof p == "number" && (m = { maxWaitTime: p }), i({ ...m, client: this }, c, ...u));
          });
    };
  });
var yt,
  xu,
  s$ = a(() => {
    (yt = class e extends Error {
      static shapeId = "smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(t) {
        super(t.message),
          Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype),
          (this.name = t.name),
          (this.$fault = t.$fault),
          (this.$metadata = t.$metadata);
      }
      static isInstance(t) {
        if (!t) return !1;
        const r = t;
        return (
          e.prototype.isPrototypeOf(r) ||
          (!!r.$fault && !!r.$metadata && (r.$fault === "client" || r.$fault === "server"))
        );
      }
      static [Symbol.hasInstance](t) {
        if (!t) return !1;
        const r = t;
        if (this === e) return e.isInstance(t);
        if (e.isInstance(t)) {
          if (this.prototype.isPrototypeOf(t)) return !0;
          let o = Object.hasOwn(this, "shapeId") ? this.shapeId : void 0,
            n = !1;
          if (o) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const c = i.constructor,
                p = c !== e && Object.hasOwn(c, "shapeId") ? c?.shapeId : void 0;
              if (p && ((n = !0), p === o)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (o && n) return !1;
          const s = this.name;
          if (s && s.length >= 6) {
            if (r.name === s) return !0;
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const c = i.constructor?.name;
              if (c && c !== "Error" && c === s) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
        }
        return !1;
      }
    }),
      (xu = (e, t = {}) => {
        Object.entries(t)
          .filter(([, o]) => o !== void 0)
          .forEach(([o, n]) => {
            (e[o] == null || e[o] === "") && (e[o] = n);
          });
        const r = e.message || e.Message || "UnknownError";
        return ((e.message = r), delete e.Message, e);
      });
  });
var cr,
  i$ = a(() => {
    cr = (e) => {
      switch (e) {
        case "standard":
          return { retryMode: "standard", connectionTimeout: 3100 };
        case "in-region":
          return { retryMode: "standard", connectionTimeout: 1100 };
        case "cross-region":
          return { retryMode: "standard", connectionTimeout: 3100 };
        case "mobile":
          return { retryMode: "standard", connectionTimeout: 3e4 };
        default:
          return {};
      }
    };
  });
var a$,
  pr,
  c$ = a(() => {
    (a$ = !1),
      (pr = (e) => {
        e && !a$ && parseInt(e.substring(1, e.indexOf("."))) < 16 && (a$ = !0);
      });
  });
var p$,
  l$,
  u$,
  m$ = a(() => {
    Ie();
    zo();
    (p$ = Object.values(dn)),
      (l$ = (e) => {
        const t = [];
        for (const r in dn) {
          if (!z(dn, r)) continue;
          const o = dn[r];
          e[o] !== void 0 && t.push({ algorithmId: () => o, checksumConstructor: () => e[o] });
        }
        for (const [r, o] of Object.entries(e.checksumAlgorithms ?? {}))
          t.push({ algorithmId: () => r, checksumConstructor: () => o });
        return {
          addChecksumAlgorithm(r) {
            e.checksumAlgorithms = e.checksumAlgorithms ?? {};
            const o = r.algorithmId(),
              n = r.checksumConstructor();
            p$.includes(o) ? (e.checksumAlgorithms[o.toUpperCase()] = n) : (e.checksumAlgorithms[o] = n),
              t.push(r);
          },
          checksumAlgorithms() {
            return t;
          },
        };
      }),
      (u$ = (e) => {
        const t = {};
        return (
          e.checksumAlgorithms().forEach((r) => {
            const o = r.algorithmId();
            p$.includes(o) && (t[o] = r.checksumConstructor());
          }),
          t
        );
      });
  });
var d$,
  f$,
  g$ = a(() => {
    (d$ = (e) => ({
      setRetryStrategy(t) {
        e.retryStrategy = t;
      },
      retryStrategy() {
        return e.retryStrategy;
      },
    })),
      (f$ = (e) => {
        const t = {};
        return ((t.retryStrategy = e.retryStrategy()), t);
      });
  });
var lr,
  ur,
  h$ = a(() => {
    m$();
    g$();
    (lr = (e) => Object.assign(l$(e), d$(e))), (ur = (e) => Object.assign(u$(e), f$(e)));
  });
var Eu,
  S$ = a(() => {
    Ie();
    Eu = (e) => {
      const t = "#text";
      for (const r in e)
        z(e, r) &&
          (e[r][t] !== void 0
            ? (e[r] = e[r][t])
            : typeof e[r] == "object" && e[r] !== null && (e[r] = Eu(e[r])));
      return e;
    };
  });
var ct,
  _$ = a(() => {
    ct = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function mr(e, t, r, o) {
  return (s, i, c, p, u = {}) => {
    const m = Object.assign({}, e, s);
    return mo
      .classBuilder()
      .ep(m)
      .m(function (d, f, S, _) {
        const C = i.call(this, d, f, S, _);
        return (C.unshift(o(S, d.getEndpointParameterInstructions())), C);
      })
      .s(t, c, u)
      .n(r, c.charAt(0).toUpperCase() + c.slice(1) + "Command")
      .sc(p)
      .build();
  };
}
var x$ = a(() => {
  H0();
});
var L = a(() => {
  Ie();
  Ie();
  jN();
  fu();
  WN();
  H0();
  n$();
  i$();
  c$();
  s$();
  h$();
  S$();
  _$();
  x$();
});
var E$,
  V0,
  j0,
  y$,
  C$,
  R$,
  A$,
  T$,
  v$,
  W0 = a(() => {
    (E$ = "AWS_EXECUTION_ENV"),
      (V0 = "AWS_REGION"),
      (j0 = "AWS_DEFAULT_REGION"),
      (y$ = "AWS_EC2_METADATA_DISABLED"),
      (C$ = ["in-region", "cross-region", "mobile", "standard", "legacy"]),
      (R$ = "/latest/meta-data/placement/region"),
      (A$ = "/latest/api/token"),
      (T$ = "x-aws-ec2-metadata-token"),
      (v$ = "x-aws-ec2-metadata-token-ttl-seconds");
  });
var D$,
  RQ,
  b$,
  yu,
  w$,
  AQ,
  I$,
  z0 = a(() => {
    W0();
    (D$ = 1e3),
      (RQ = 6e4),
      (b$ = 0),
      (yu = async () => {
        if (!process.env[y$] && !(Date.now() < b$))
          try {
            const e = AQ(),
              t = (await I$({ ...e, path: A$, method: "PUT", headers: { [v$]: "21600" } })).toString();
            return (
              (await I$({ ...e, path: R$, method: "GET", headers: { [T$]: t } })).toString().trim() || w$()
            );
          } catch {
            return w$();
          }
      }),
      (w$ = () => {
        b$ = Date.now() + RQ;
      }),
      (AQ = () => {
        const e = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (e) {
          const t = new URL(e);
          return { hostname: t.hostname.replace(/^\[(.+)]$/, "$1"), port: t.port ? Number(t.port) : void 0 };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6"
          ? { hostname: "fd00:ec2::254" }
          : { hostname: "169.254.169.254" };
      }),
      (I$ = async (e) => {
        const { request: t } = await import("node:http");
        return new Promise((r, o) => {
          const n = t({
            hostname: e.hostname,
            port: e.port,
            path: e.path,
            method: e.method,
            headers: e.headers,
            timeout: D$,
            signal: AbortSignal.timeout(D$),
          });
          n.on("error", (s) => {
            o(s), n.destroy();
          }),
            n.on("timeout", () => {
              o(new Error("TimeoutError from instance metadata service")), n.destroy();
            }),
            n.on("response", (s) => {
              const { statusCode: i = 400 } = s;
              if (i < 200 || i >= 300) {
                o(
                  Object.assign(new Error("Error response received from instance metadata service"), {
                    statusCode: i,
                  }),
                ),
                  n.destroy();
                return;
              }
              const c = [];
              s.on("data", (p) => c.push(p)),
                s.on("end", () => {
                  r(Buffer.concat(c)), n.destroy();
                });
            }),
            n.end();
        });
      });
  });
var P$,
  O$,
  pt,
  Ct,
  q0 = a(() => {
    z0();
    (P$ = "AWS_REGION"),
      (O$ = "region"),
      (pt = {
        environmentVariableSelector: (e) => e[P$],
        configFileSelector: (e) => e[O$],
        default: async () => {
          const e = await yu();
          if (e) return e;
          throw new Error("Region is missing");
        },
      }),
      (Ct = { preferredFile: "credentials" });
  });
var N$,
  $$,
  M$ = a(() => {
    Ie();
    (N$ = new Set()),
      ($$ = (e, t = qo) => {
        if (!N$.has(e) && !t(e))
          if (e === "*")
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else throw new Error(`Region not accepted: region="${e}" is not a valid hostname component.`);
        else N$.add(e);
      });
  });
var Cu,
  K0 = a(() => {
    Cu = (e) => typeof e == "string" && (e.startsWith("fips-") || e.endsWith("-fips"));
  });
var L$,
  k$ = a(() => {
    K0();
    L$ = (e) =>
      Cu(e)
        ? ["fips-aws-global", "aws-fips"].includes(e)
          ? "us-east-1"
          : e.replace(/fips-(dkr-|prod-)?|-fips/, "")
        : e;
  });
var dr,
  U$ = a(() => {
    M$();
    k$();
    K0();
    dr = (e) => {
      const { region: t, useFipsEndpoint: r } = e;
      if (!t) throw new Error("Region is missing");
      return Object.assign(e, {
        region: async () => {
          const o = typeof t == "function" ? await t() : t,
            n = L$(o);
          return ($$(n), n);
        },
        useFipsEndpoint: async () => {
          const o = typeof t == "string" ? t : await t();
          return Cu(o) ? !0 : typeof r != "function" ? Promise.resolve(!!r) : r();
        },
      });
    };
  });
var TQ,
  vQ,
  F$,
  G$ = a(() => {
    (TQ = "AWS_DEFAULTS_MODE"),
      (vQ = "defaults_mode"),
      (F$ = {
        environmentVariableSelector: (e) => e[TQ],
        configFileSelector: (e) => e[vQ],
        default: "legacy",
      });
  });
var fr,
  DQ,
  wQ,
  B$ = a(() => {
    q0();
    z0();
    P0();
    y0();
    W0();
    G$();
    (fr = ({ region: e = k(pt), defaultsMode: t = k(F$) } = {}) =>
      su(async () => {
        const r = typeof t == "function" ? await t() : t;
        switch (r?.toLowerCase()) {
          case "auto":
            return DQ(e);
          case "in-region":
          case "cross-region":
          case "mobile":
          case "standard":
          case "legacy":
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve("legacy");
          default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${C$.join(", ")}, got ${r}`);
        }
      })),
      (DQ = async (e) => {
        if (e) {
          const t = typeof e == "function" ? await e() : e,
            r = await wQ();
          return r ? (t === r ? "in-region" : "cross-region") : "standard";
        }
        return "standard";
      }),
      (wQ = async () =>
        process.env[E$] && (process.env[V0] || process.env[j0])
          ? (process.env[V0] ?? process.env[j0])
          : yu());
  });
var oe = a(() => {
  Pc();
  nu();
  sN();
  E0();
  iu();
  cN();
  cu();
  R0();
  A0();
  T0();
  _N();
  yN();
  CN();
  P0();
  PN();
  $N();
  q0();
  U$();
  B$();
});
var H$,
  V$,
  j$,
  W$ = a(() => {
    (H$ = "AWS_ENDPOINT_URL"),
      (V$ = "endpoint_url"),
      (j$ = (e) => ({
        environmentVariableSelector: (t) => {
          const r = e.split(" ").map((s) => s.toUpperCase()),
            o = t[[H$, ...r].join("_")];
          if (o) return o;
          const n = t[H$];
          if (n) return n;
        },
        configFileSelector: (t, r) => {
          if (t.services) {
            const n = ["services", t.services].join(".");
            if (!r || !r[n])
              throw new Error(
                `The services section "${t.services}" specified in the profile is not present in the shared configuration file.`,
              );
            const s = r[n],
              i = e.split(" ").map((p) => p.toLowerCase()),
              c = s[[i.join("_"), V$].join(".")];
            if (c) return c;
          }
          const o = t[V$];
          if (o) return o;
        },
        default: void 0,
      }));
  });
var IQ,
  bQ,
  z$,
  q$ = a(() => {
    oe();
    (IQ = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"),
      (bQ = "ignore_configured_endpoint_urls"),
      (z$ = {
        environmentVariableSelector: (e) => kt(e, IQ, et.ENV),
        configFileSelector: (e) => kt(e, bQ, et.CONFIG),
        default: !1,
      });
  });
var Vc,
  K$ = a(() => {
    oe();
    W$();
    q$();
    Vc = async (e) => {
      if (!(await k(z$)())) return k(j$(e ?? ""))();
    };
  });
var J0,
  PQ,
  OQ,
  NQ,
  J$,
  Y$,
  Q$ = a(() => {
    (J0 = async (e) => {
      const t = e?.Bucket || "";
      if (
        (typeof e.Bucket == "string" &&
          (e.Bucket = t.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"))),
        Y$(t))
      ) {
        if (e.ForcePathStyle === !0) throw new Error("Path-style addressing cannot be used with ARN buckets");
      } else
        (!J$(t) ||
          (t.indexOf(".") !== -1 && !String(e.Endpoint).startsWith("http:")) ||
          t.toLowerCase() !== t ||
          t.length < 3) &&
          (e.ForcePathStyle = !0);
      return (
        e.DisableMultiRegionAccessPoints && ((e.disableMultiRegionAccessPoints = !0), (e.DisableMRAP = !0)), e
      );
    }),
      (PQ = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (OQ = /(\d+\.){3}\d+/),
      (NQ = /\.\./),
      (J$ = (e) => PQ.test(e) && !OQ.test(e) && !NQ.test(e)),
      (Y$ = (e) => {
        const [t, r, o, , , n] = e.split(":"),
          s = t === "arn" && e.split(":").length >= 6,
          i = !!(s && r && o && n);
        if (s && !i) throw new Error(`Invalid ARN: ${e} was an invalid ARN.`);
        return i;
      });
  });
var X$ = a(() => {
  Q$();
});
var Z$,
  eM = a(() => {
    Z$ = (e, t, r, o = !1) => {
      const n = async () => {
        let s;
        return (
          o ? (s = r.clientContextParams?.[e] ?? r[e] ?? r[t]) : (s = r[e] ?? r[t]),
          typeof s == "function" ? s() : s
        );
      };
      return e === "credentialScope" || t === "CredentialScope"
        ? async () => {
            const s = typeof r.credentials == "function" ? await r.credentials() : r.credentials;
            return s?.credentialScope ?? s?.CredentialScope;
          }
        : e === "accountId" || t === "AccountId"
          ? async () => {
              const s = typeof r.credentials == "function" ? await r.credentials() : r.credentials;
              return s?.accountId ?? s?.AccountId;
            }
          : e === "endpoint" || t === "endpoint"
            ? async () => {
                if (r.isCustomEndpoint === !1) return;
                const s = await n();
                if (s && typeof s == "object") {
                  if ("url" in s) return s.url.href;
                  if ("hostname" in s) {
                    const { protocol: i, hostname: c, port: p, path: u } = s;
                    return `${i}//${c}${p ? ":" + p : ""}${u}`;
                  }
                }
                return s;
              }
            : n;
    };
  });
var Y0 = a(() => {
  Ie();
});
function Ru(e) {
  return async (t, r, o, n) => {
    if (!o.isCustomEndpoint && !o.ignoreConfiguredEndpointUrls) {
      let c;
      o.serviceConfiguredEndpoint ? (c = await o.serviceConfiguredEndpoint()) : (c = await e(o.serviceId)),
        c &&
          ((o.endpoint = () => Promise.resolve(kn(c))),
          (o.isCustomEndpoint = !0),
          n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${c}`));
    }
    const s = await Au(t, r, o);
    if (typeof o.endpointProvider != "function") throw new Error("config.endpointProvider is not set.");
    const i = o.endpointProvider(s, n);
    if (o.isCustomEndpoint && o.endpoint) {
      const c = await o.endpoint();
      if (c?.headers) {
        i.headers ??= {};
        for (const [p, u] of Object.entries(c.headers)) i.headers[p] = Array.isArray(u) ? u : [u];
      }
    }
    return i;
  };
}
var Au,
  Tu = a(() => {
    X$();
    eM();
    Y0();
    Au = async (e, t, r) => {
      const o = {},
        n = t?.getEndpointParameterInstructions?.() || {};
      for (const [s, i] of Object.entries(n))
        switch (i.type) {
          case "staticContextParams":
            o[s] = i.value;
            break;
          case "contextParams":
            o[s] = e[i.name];
            break;
          case "clientContextParams":
          case "builtInParams":
            o[s] = await Z$(i.name, s, r, i.type !== "builtInParams")();
            break;
          case "operationContextParams":
            o[s] = i.get(e);
            break;
          default:
            throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(i));
        }
      return (
        Object.keys(n).length === 0 && Object.assign(o, r),
        String(r.serviceId).toLowerCase() === "s3" && (await J0(o)),
        o
      );
    };
  });
function $Q(e, t, r) {
  e.__smithy_context
    ? e.__smithy_context.features || (e.__smithy_context.features = {})
    : (e.__smithy_context = { features: {} }),
    (e.__smithy_context.features[t] = r);
}
function vu(e) {
  const t = Ru(e);
  return ({ config: r, instructions: o }) =>
    (n, s) =>
    async (i) => {
      r.isCustomEndpoint && $Q(s, "ENDPOINT_OVERRIDE", "N");
      const c = await t(
        i.input,
        {
          getEndpointParameterInstructions() {
            return o;
          },
        },
        { ...r },
        s,
      );
      (s.endpointV2 = c), (s.authSchemes = c.properties?.authSchemes);
      const p = s.authSchemes?.[0];
      if (p) {
        (s.signing_region = p.signingRegion), (s.signing_service = p.signingName);
        const m = Me(s)?.selectedHttpAuthScheme?.httpAuthOption;
        m &&
          (m.signingProperties = Object.assign(
            m.signingProperties || {},
            {
              signing_region: p.signingRegion,
              signingRegion: p.signingRegion,
              signing_service: p.signingName,
              signingName: p.signingName,
              signingRegionSet: p.signingRegionSet,
            },
            p.properties,
          ));
      }
      return n({ ...i });
    };
}
var Q0 = a(() => {
  Ie();
  Tu();
});
function tM(e) {
  const t = vu(e);
  return (r, o) => ({
    applyToStack: (n) => {
      n.addRelativeTo(t({ config: r, instructions: o }), LQ);
    },
  });
}
var MQ,
  LQ,
  rM = a(() => {
    Q0();
    (MQ = { name: "serializerMiddleware", step: "serialize", tags: ["SERIALIZER"], override: !0 }),
      (LQ = {
        step: "serialize",
        tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
        name: "endpointV2Middleware",
        override: !0,
        relation: "before",
        toMiddleware: MQ.name,
      });
  });
function oM(e) {
  return (t) => {
    let r = t.tls ?? !0,
      { endpoint: o, useDualstackEndpoint: n, useFipsEndpoint: s } = t,
      i = o != null ? async () => kn(await de(o)()) : void 0,
      p = Object.assign(t, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!o,
        useDualstackEndpoint: de(n ?? !1),
        useFipsEndpoint: de(s ?? !1),
        ignoreConfiguredEndpointUrls: !!t.ignoreConfiguredEndpointUrls,
      }),
      u;
    return ((p.serviceConfiguredEndpoint = async () => (t.serviceId && !u && (u = e(t.serviceId)), u)), p);
  };
}
var nM = a(() => {
  Ie();
  Y0();
});
var Rt,
  sM = a(() => {
    Rt = class e {
      nodes;
      root;
      conditions;
      results;
      constructor(t, r, o, n) {
        (this.nodes = t), (this.root = r), (this.conditions = o), (this.results = n);
      }
      static from(t, r, o, n) {
        return new e(t, r, o, n);
      }
    };
  });
var At,
  iM = a(() => {
    At = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: t, params: r }) {
        (this.capacity = t ?? 50), r && (this.parameters = r);
      }
      get(t, r) {
        const o = this.hash(t);
        if (o === !1) return r();
        if (!this.data.has(o)) {
          if (this.data.size > this.capacity + 10) {
            let n = this.data.keys(),
              s = 0;
            for (;;) {
              const { value: i, done: c } = n.next();
              if ((this.data.delete(i), c || ++s > 10)) break;
            }
          }
          this.data.set(o, r());
        }
        return this.data.get(o);
      }
      size() {
        return this.data.size;
      }
      hash(t) {
        let r = "",
          { parameters: o } = this;
        if (o.length === 0) return !1;
        for (const n of o) {
          const s = t[n],
            i = s == null ? "\0" : String(s);
          if (i.includes("|;")) return !1;
          r += i + "|;";
        }
        return r;
      }
    };
  });
var Ke,
  aM = a(() => {
    Ke = class extends Error {
      constructor(t) {
        super(t), (this.name = "EndpointError");
      }
    };
  });
var hn = a(() => {
  aM();
});
var X0,
  cM = a(() => {
    X0 = "endpoints";
  });
function Ui(e) {
  return typeof e != "object" || e == null
    ? e
    : "ref" in e
      ? `$${Ui(e.ref)}`
      : "fn" in e
        ? `${e.fn}(${(e.argv || []).map(Ui).join(", ")})`
        : JSON.stringify(e, null, 2);
}
var pM = a(() => {});
var lM = a(() => {
  cM();
  pM();
});
var lt,
  Z0 = a(() => {
    lt = {};
  });
var ey,
  uM = a(() => {
    ey = (e, t) => e === t;
  });
function ty(...e) {
  for (const t of e) if (t != null) return t;
}
var mM = a(() => {});
var dM,
  fM = a(() => {
    hn();
    dM = (e) => {
      const t = e.split("."),
        r = [];
      for (const o of t) {
        const n = o.indexOf("[");
        if (n !== -1) {
          if (o.indexOf("]") !== o.length - 1) throw new Ke(`Path: '${e}' does not end with ']'`);
          const s = o.slice(n + 1, -1);
          if (Number.isNaN(parseInt(s))) throw new Ke(`Invalid array index: '${s}' in path: '${e}'`);
          n !== 0 && r.push(o.slice(0, n)), r.push(s);
        } else r.push(o);
      }
      return r;
    };
  });
var jc,
  gM = a(() => {
    hn();
    fM();
    jc = (e, t) =>
      dM(t).reduce((r, o) => {
        if (typeof r != "object") throw new Ke(`Index '${o}' in '${t}' not found in '${JSON.stringify(e)}'`);
        if (Array.isArray(r)) {
          const n = parseInt(o);
          return r[n < 0 ? r.length + n : n];
        }
        return r[o];
      }, e);
  });
var ry,
  hM = a(() => {
    ry = (e) => e != null;
  });
function oy(e, t, r) {
  return e ? t : r;
}
var SM = a(() => {});
var ny,
  _M = a(() => {
    ny = (e) => !e;
  });
var kQ,
  Fi,
  sy = a(() => {
    (kQ = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (Fi = (e) => kQ.test(e) || (e.startsWith("[") && e.endsWith("]")));
  });
var iy,
  ay,
  xM = a(() => {
    zo();
    sy();
    (iy = { [Is.HTTP]: 80, [Is.HTTPS]: 443 }),
      (ay = (e) => {
        const t = (() => {
          try {
            if (e instanceof URL) return e;
            if (typeof e == "object" && "hostname" in e) {
              const { hostname: f, port: S, protocol: _ = "", path: C = "", query: R = {} } = e,
                A = new URL(`${_}//${f}${S ? `:${S}` : ""}${C}`);
              return (
                (A.search = Object.entries(R)
                  .map(([T, F]) => `${T}=${F}`)
                  .join("&")),
                A
              );
            }
            return new URL(e);
          } catch {
            return null;
          }
        })();
        if (!t) return (console.error(`Unable to parse ${JSON.stringify(e)} as a whatwg URL.`), null);
        const r = t.href,
          { host: o, hostname: n, pathname: s, protocol: i, search: c } = t;
        if (c) return null;
        const p = i.slice(0, -1);
        if (!Object.values(Is).includes(p)) return null;
        const u = Fi(n),
          m = r.includes(`${o}:${iy[p]}`) || (typeof e == "string" && e.includes(`${o}:${iy[p]}`)),
          d = `${o}${m ? `:${iy[p]}` : ""}`;
        return { scheme: p, authority: d, path: s, normalizedPath: s.endsWith("/") ? s : `${s}/`, isIp: u };
      });
  });
function cy(e, t, r) {
  if (r === 1) return [e];
  if (e === "") return [""];
  const o = e.split(t);
  return r === 0 ? o : o.slice(0, r - 1).concat(o.slice(1).join(t));
}
var EM = a(() => {});
var py,
  yM = a(() => {
    py = (e, t) => e === t;
  });
var ly,
  CM = a(() => {
    ly = (e, t, r, o) =>
      e == null || t >= r || e.length < r || /[^\u0000-\u007f]/.test(e)
        ? null
        : o
          ? e.substring(e.length - r, e.length - t)
          : e.substring(t, r);
  });
var uy,
  RM = a(() => {
    uy = (e) =>
      encodeURIComponent(e).replace(/[!*'()]/g, (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var my = a(() => {
  uM();
  mM();
  gM();
  hM();
  Ie();
  SM();
  _M();
  xM();
  EM();
  yM();
  CM();
  RM();
});
var AM,
  TM = a(() => {
    my();
    AM = {
      booleanEquals: ey,
      coalesce: ty,
      getAttr: jc,
      isSet: ry,
      isValidHostLabel: qo,
      ite: oy,
      not: ny,
      parseURL: ay,
      split: cy,
      stringEquals: py,
      substring: ly,
      uriEncode: uy,
    };
  });
var Du,
  dy = a(() => {
    my();
    Du = (e, t) => {
      let r = [],
        { referenceRecord: o, endpointParams: n } = t,
        s = 0;
      for (; s < e.length; ) {
        const i = e.indexOf("{", s);
        if (i === -1) {
          r.push(e.slice(s));
          break;
        }
        r.push(e.slice(s, i));
        const c = e.indexOf("}", i);
        if (c === -1) {
          r.push(e.slice(i));
          break;
        }
        e[i + 1] === "{" && e[c + 1] === "}" && (r.push(e.slice(i + 1, c)), (s = c + 2));
        const p = e.substring(i + 1, c);
        if (p.includes("#")) {
          const [u, m] = p.split("#");
          r.push(jc(o[u] ?? n[u], m));
        } else r.push(o[p] ?? n[p]);
        s = c + 1;
      }
      return r.join("");
    };
  });
var vM,
  DM = a(() => {
    vM = ({ ref: e }, t) => t.referenceRecord[e] ?? t.endpointParams[e];
  });
var $s,
  wu,
  wM,
  Wc = a(() => {
    hn();
    Z0();
    TM();
    dy();
    DM();
    ($s = (e, t, r) => {
      if (typeof e == "string") return Du(e, r);
      if (e.fn) return wM.callFunction(e, r);
      if (e.ref) return vM(e, r);
      throw new Ke(`'${t}': ${String(e)} is not a string, function or reference.`);
    }),
      (wu = ({ fn: e, argv: t }, r) => {
        const o = Array(t.length);
        for (let i = 0; i < o.length; ++i) {
          const c = t[i];
          typeof c == "boolean" || typeof c == "number"
            ? (o[i] = c)
            : (o[i] = wM.evaluateExpression(c, "arg", r));
        }
        const n = e.indexOf(".");
        if (n !== -1) {
          const c = lt[e.slice(0, n)]?.[e.slice(n + 1)];
          if (typeof c == "function") return c(...o);
        }
        const s = AM[e];
        if (typeof s == "function") return s(...o);
        throw new Error(`function ${e} not loaded in endpointFunctions.`);
      }),
      (wM = { evaluateExpression: $s, callFunction: wu });
  });
var IM = a(() => {
  Wc();
});
var bM,
  PM = a(() => {
    lM();
    hn();
    IM();
    bM = (e, t) => {
      const { assign: r } = e;
      if (r && r in t.referenceRecord) throw new Ke(`'${r}' is already defined in Reference Record.`);
      const o = wu(e, t);
      t.logger?.debug?.(`${X0} evaluateCondition: ${Ui(e)} = ${Ui(o)}`);
      const n = o === "" ? !0 : !!o;
      return r != null ? { result: n, toAssign: { name: r, value: o } } : { result: n };
    };
  });
var OM,
  NM = a(() => {
    hn();
    Wc();
    OM = (e, t) =>
      Object.entries(e ?? {}).reduce(
        (r, [o, n]) => (
          (r[o] = n.map((s) => {
            const i = $s(s, "Header value entry", t);
            if (typeof i != "string") throw new Ke(`Header '${o}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var fy,
  $M,
  MM,
  LM = a(() => {
    hn();
    dy();
    (fy = (e, t) => Object.entries(e).reduce((r, [o, n]) => ((r[o] = MM.getEndpointProperty(n, t)), r), {})),
      ($M = (e, t) => {
        if (Array.isArray(e)) return e.map((r) => $M(r, t));
        switch (typeof e) {
          case "string":
            return Du(e, t);
          case "object":
            if (e === null) throw new Ke(`Unexpected endpoint property: ${e}`);
            return MM.getEndpointProperties(e, t);
          case "boolean":
            return e;
          default:
            throw new Ke(`Unexpected endpoint property type: ${typeof e}`);
        }
      }),
      (MM = { getEndpointProperty: $M, getEndpointProperties: fy });
  });
var kM,
  UM = a(() => {
    hn();
    Wc();
    kM = (e, t) => {
      const r = $s(e, "Endpoint URL", t);
      if (typeof r == "string")
        try {
          return new URL(r);
        } catch (o) {
          throw (console.error(`Failed to construct URL with ${r}`, o), o);
        }
      throw new Ke(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var gy,
  gr,
  FM = a(() => {
    hn();
    PM();
    Wc();
    NM();
    LM();
    UM();
    (gy = 1e8),
      (gr = (e, t) => {
        let { nodes: r, root: o, results: n, conditions: s } = e,
          i = o,
          c = {},
          p = { referenceRecord: c, endpointParams: t.endpointParams, logger: t.logger };
        for (; i !== 1 && i !== -1 && i < gy; ) {
          const u = 3 * (Math.abs(i) - 1),
            [m, d, f] = [r[u], r[u + 1], r[u + 2]],
            [S, _, C] = s[m],
            R = bM({ fn: S, assign: C, argv: _ }, p);
          if (R.toAssign) {
            const { name: A, value: T } = R.toAssign;
            c[A] = T;
          }
          i = i >= 0 === R.result ? d : f;
        }
        if (i >= gy) {
          const u = n[i - gy];
          if (u[0] === -1) {
            const [, S] = u;
            throw new Ke($s(S, "Error", p));
          }
          const [m, d, f] = u;
          return { url: kM(m, p), properties: fy(d, p), headers: OM(f ?? {}, p) };
        }
        throw new Ke("No matching endpoint.");
      });
  });
var yYe,
  Gr,
  CYe,
  Br,
  _e = a(() => {
    K$();
    Tu();
    Q0();
    rM();
    nM();
    sM();
    iM();
    FM();
    sy();
    Ie();
    Z0();
    Tu();
    (yYe = Ru(Vc)), (Gr = oM(Vc)), (CYe = vu(Vc)), (Br = tM(Vc));
  });
var zc,
  Iu,
  bu = a(() => {
    (zc = (e) =>
      typeof ReadableStream == "function" &&
      (e?.constructor?.name === ReadableStream.name || e instanceof ReadableStream)),
      (Iu = (e) => typeof Blob == "function" && (e?.constructor?.name === Blob.name || e instanceof Blob));
  });
var GM,
  BM = a(() => {
    GM = (e) => new TextEncoder().encode(e);
  });
var HM,
  NYe,
  VM,
  Pu,
  hy,
  jM,
  WM = a(() => {
    (HM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
      (NYe = Object.entries(HM).reduce((e, [t, r]) => ((e[r] = Number(t)), e), {})),
      (VM = HM.split("")),
      (Pu = 6),
      (hy = 8),
      (jM = 63);
  });
function zM(e) {
  let t;
  typeof e == "string" ? (t = GM(e)) : (t = e);
  const r = typeof t == "object" && typeof t.length == "number",
    o = typeof t == "object" && typeof t.byteOffset == "number" && typeof t.byteLength == "number";
  if (!r && !o)
    throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
  let n = "";
  for (let s = 0; s < t.length; s += 3) {
    let i = 0,
      c = 0;
    for (let u = s, m = Math.min(s + 3, t.length); u < m; u++) (i |= t[u] << ((m - u - 1) * hy)), (c += hy);
    const p = Math.ceil(c / Pu);
    i <<= p * Pu - c;
    for (let u = 1; u <= p; u++) {
      const m = (p - u) * Pu;
      n += VM[(i & (jM << m)) >> m];
    }
    n += "==".slice(0, 4 - p);
  }
  return n;
}
var qM = a(() => {
  BM();
  WM();
});
var KM,
  JM = a(() => {
    KM = (e) => {
      if (typeof e == "string") return e;
      if (typeof e != "object" || typeof e.byteOffset != "number" || typeof e.byteLength != "number")
        throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
      return new TextDecoder("utf-8").decode(e);
    };
  });
async function Sy(e) {
  return e.arrayBuffer().then((t) => new Uint8Array(t));
}
async function _y(e) {
  let t = [],
    r = e.getReader(),
    o = 0;
  for (;;) {
    const { done: n, value: s } = await r.read();
    if ((s && (t.push(s), (o += s.length)), n)) break;
  }
  return ou(t, o);
}
var YM,
  xy = a(() => {
    x0();
    bu();
    YM = async (e) => (Iu(e) ? Sy(e) : _y(e));
  });
var QM,
  ZM,
  XM,
  eL = a(() => {
    qM();
    _0();
    JM();
    xy();
    bu();
    (QM = "The stream has already been transformed."),
      (ZM = (e) => {
        if (!XM(e) && !zc(e)) {
          const n = e?.__proto__?.constructor?.name || e;
          throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`);
        }
        let t = !1,
          r = async () => {
            if (t) throw new Error(QM);
            return ((t = !0), await YM(e));
          },
          o = (n) => {
            if (typeof n.stream != "function")
              throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);
            return n.stream();
          };
        return Object.assign(e, {
          transformToByteArray: r,
          transformToString: async (n) => {
            const s = await r();
            if (n === "base64") return zM(s);
            if (n === "hex") return Ve(s);
            if (n === void 0 || n === "utf8" || n === "utf-8") return KM(s);
            if (typeof TextDecoder == "function") return new TextDecoder(n).decode(s);
            throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
          },
          transformToWebStream: () => {
            if (t) throw new Error(QM);
            if (((t = !0), XM(e))) return o(e);
            if (zc(e)) return e;
            throw new Error(`Cannot transform payload to web stream, got ${e}`);
          },
        });
      }),
      (XM = (e) => typeof Blob == "function" && e instanceof Blob);
  });
import { Writable as UQ } from "node:stream";
var dt,
  Ey,
  yy = a(() => {
    x0();
    xy();
    bu();
    (dt = (e) =>
      Iu(e)
        ? Sy(e)
        : zc(e)
          ? _y(e)
          : new Promise((t, r) => {
              const o = new Ey(),
                n = e;
              n.pipe(o),
                n.on("error", (s) => {
                  o.end(), r(s);
                }),
                o.on("error", r),
                o.on("finish", function () {
                  const s = ou(this.bufferedBytes);
                  t(s);
                });
            })),
      (Ey = class extends UQ {
        bufferedBytes = [];
        _write(t, r, o) {
          this.bufferedBytes.push(t), o();
        }
      });
  });
import { Readable as Cy } from "node:stream";
var tL,
  qc,
  rL = a(() => {
    Oi();
    eL();
    yy();
    (tL = "The stream has already been transformed."),
      (qc = (e) => {
        if (!(e instanceof Cy))
          try {
            return ZM(e);
          } catch {
            const n = e?.__proto__?.constructor?.name || e;
            throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`);
          }
        let t = !1,
          r = async () => {
            if (t) throw new Error(tL);
            return ((t = !0), await dt(e));
          };
        return Object.assign(e, {
          transformToByteArray: r,
          transformToString: async (o) => {
            const n = await r();
            return o === void 0 || Buffer.isEncoding(o)
              ? Pi(n.buffer, n.byteOffset, n.byteLength).toString(o)
              : new TextDecoder(o).decode(n);
          },
          transformToWebStream: () => {
            if (t) throw new Error(tL);
            if (e.readableFlowing !== null)
              throw new Error("The stream has been consumed by other callbacks.");
            if (typeof Cy.toWeb != "function")
              throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
            return ((t = !0), Cy.toWeb(e));
          },
        });
      });
  });
function Sn(e) {
  Object.defineProperty(e, "__proto__", { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var oL = a(() => {});
import { getRandomValues as FQ } from "node:crypto";
var Gi,
  GQ,
  Ry,
  Bi,
  X = a(() => {
    SO();
    _O();
    EO();
    eu();
    yO();
    RO();
    zO();
    qO();
    KO();
    QO();
    XO();
    ZO();
    tN();
    _0();
    oN();
    nN();
    ZE();
    rL();
    yy();
    Ie();
    oL();
    (Gi = class extends xO(Ne, $e, He, Ze) {}), (GQ = FQ), (Ry = CO(GQ)), (Bi = Ry);
  });
var Ut,
  Hi = a(() => {
    X();
    Ut = async (e = new Uint8Array(), t) => {
      if (e instanceof Uint8Array) return Gi.mutate(e);
      if (!e) return Gi.mutate(new Uint8Array());
      const r = t.streamCollector(e);
      return Gi.mutate(await r);
    };
  });
function Ms(e) {
  return /^[\w.~-]+$/.test(e)
    ? e
    : encodeURIComponent(e).replace(/[!'()*]/g, (t) => "%" + t.charCodeAt(0).toString(16).toUpperCase());
}
var Ay = a(() => {});
var sL,
  Tt,
  BQ,
  HQ,
  VQ,
  jQ,
  Ou,
  nL,
  Ls = a(() => {
    be();
    X();
    (sL = Symbol.for("@smithy/schema-x")),
      (Tt = class e extends ce {
        static identity = Symbol.for("@smithy/HttpBindingNormalizedSchema");
        identity = e.identity;
        bindings;
        constructor(t) {
          super(t);
        }
        static of(t) {
          const r = ce.of(t);
          if (r.identity === e.identity) return r;
          const o = r.isMemberSchema() ? r : r.getSchema(),
            n = typeof o == "object" && o !== null ? o : r;
          return (n[sL] ??= new e(r));
        }
        getHttpBindingLocation(t) {
          return t.httpPayload
            ? 36
            : t.httpLabel
              ? 33
              : t.httpHeader
                ? 38
                : typeof t.httpPrefixHeaders == "string"
                  ? 39
                  : t.httpQuery
                    ? 34
                    : t.httpQueryParams
                      ? 35
                      : t.httpResponseCode
                        ? 37
                        : 32;
        }
        getHttpBindingValue(t, r, o = !1) {
          let n = this.getSchema(),
            s = typeof n == "number" ? n & 255 : this.isListSchema() ? 64 : 255,
            i = t & 7,
            c = r.mediaType
              ? r.mediaType === "application/json" || r.mediaType.endsWith("+json")
                ? 2
                : 1
              : 0,
            p = r.streaming || s === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
            u = s >= 4 && s <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
            m =
              s |
              (c << 8) |
              ((r.idempotencyToken ? 1 : 0) << 10) |
              (p << 11) |
              ((r.sparse ? 1 : 0) << 13) |
              (u << 14) |
              ((r.hostLabel ? 1 : 0) << 17) |
              ((t === 36 && typeof n != "object" ? 1 : 0) << 18),
            d = s & 192,
            f = i & 2 && (d === 64 || (!o && i & 1)) ? this.getHttpBindingCollectionValue(t, r) : void 0,
            S = (f?.[1] ?? 0) & 255;
          return ((m |= (i >= 6 && (S === 4 || S === 6) ? 1 : 0) << 16), [this, m, f]);
        }
        getHttpBindingCollectionValue(t, r = this.getMergedTraits()) {
          const o = e.of(this.getValueSchema());
          return o.getHttpBindingValue(t, { ...o.getMergedTraits(), ...r }, !0);
        }
        getHttpBindings() {
          const t = this.getSchema();
          return typeof t != "object" || t === null ? jQ : (this.bindings ??= BQ(this));
        }
      }),
      (BQ = (e) => {
        const t = [],
          r = [],
          o = [],
          n = [],
          s = [],
          i = {},
          c = {},
          p = [],
          u = { headers: c, prefixHeaders: p },
          m = { request: { memberBindings: s, byName: i }, response: { bodyMemberNames: t, bindings: u } },
          { request: d, response: f } = m;
        for (const [S, _] of e.structIterator()) {
          const C = Tt.of(_),
            R = C.getMergedTraits(),
            A = C.getHttpBindingLocation(R),
            T = R.httpHeader?.toLowerCase() ?? R.httpPrefixHeaders?.toLowerCase() ?? R.httpQuery,
            F = C.getHttpBindingValue(A, R),
            H = [S, F, A, T];
          S === "__proto__" && Sn(i), (i[S] = H), (F[1] >> 10) & 1 && (d.hasIdempotency = !0), s.push(H);
          const ne = A & 7;
          if ((ne === 0 && (o.push(S), n.push(_)), (ne & 4) === 0)) t.push(S), r.push(_);
          else if ((ne & 6) === 4)
            if (ne & 1) u.statusCode = H;
            else {
              u.payload = H;
              const Se = F[1] & 255;
              d.contentTypeInstruction =
                R.mediaType ??
                (Se === 0 ? "text/plain" : Se === 21 || Se === 42 ? "application/octet-stream" : null);
            }
          else ne & 1 ? ((d.hasPrefixHeaders = !0), p.push(H)) : (T === "__proto__" && Sn(c), (c[T] = H));
        }
        return (
          d.contentTypeInstruction === void 0 && o.length && (d.contentTypeInstruction = null),
          (d.syntheticBodySchema = nL(e, o, n)),
          (f.syntheticBodySchema = nL(e, t, r)),
          m
        );
      }),
      (HQ = (e) => {
        let t = [],
          r = 0;
        for (const o of e.matchAll(/\{([^{}+]+)(\+)?\}/g))
          o.index > r && t.push([e.slice(r, o.index), 0]),
            t.push([o[1], o[2] ? 2 : 1]),
            (r = o.index + o[0].length);
        return (t.length && r < e.length && t.push([e.slice(r), 0]), t.length ? t : void 0);
      }),
      (VQ = (e) => {
        const { http: t, endpoint: r } = Gn(e.traits ?? {}),
          [o, n] = t?.[1].split("?") ?? [];
        return [t?.[0], o, n ? [...new URLSearchParams(n)] : [], o ? HQ(o) : void 0, r?.[0]];
      }),
      (jQ = {
        request: { memberBindings: [], byName: {} },
        response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
      }),
      (Ou = (e) => (e[sL] ??= VQ(e))),
      (nL = (e, t, r) => {
        if (!t.length) return;
        const o = e.getSchema(),
          n = [3, o[1], o[2], e.getMergedTraits(), t, r],
          s = o[6],
          i = s && t.reduce((c, p) => c + (o[4].indexOf(p) < s ? 1 : 0), 0);
        return (i && (n[6] = i), n);
      });
  });
var Jo,
  Kc = a(() => {
    Jo = class {
      serdeContext;
      setSerdeContext(t) {
        this.serdeContext = t;
      }
    };
  });
var iL,
  Ty,
  Nu,
  aL = a(() => {
    iL = new Uint32Array(256);
    for (let e = 0; e < 256; ++e) {
      let t = e;
      for (let r = 0; r < 8; ++r) t = t & 1 ? 3988292384 ^ (t >>> 1) : t >>> 1;
      iL[e] = t >>> 0;
    }
    (Ty = 4294967295),
      (Nu = class {
        digestLength = 4;
        checksum = Ty;
        update(t) {
          for (let r = 0; r < t.length; ++r)
            this.checksum = (this.checksum >>> 8) ^ iL[(this.checksum ^ t[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ Ty) >>> 0;
        }
        async digest() {
          const t = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, t, !1), r);
        }
        reset() {
          this.checksum = Ty;
        }
      });
  });
import * as vy from "node:zlib";
function WQ(e) {
  return class {
    digestLength = 4;
    value = 0;
    update(r) {
      this.value = e(r, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      const r = new Uint8Array(4);
      return (new DataView(r.buffer).setUint32(0, this.digestSync(), !1), r);
    }
    reset() {
      this.value = 0;
    }
  };
}
var cL,
  Vi,
  pL = a(() => {
    aL();
    (cL = typeof vy.crc32 == "function" ? vy.crc32 : void 0), (Vi = cL ? WQ(cL) : Nu);
  });
var vt,
  lL,
  zQ,
  $u,
  uL,
  qQ,
  mL = a(() => {
    X();
    (vt = 64),
      (lL = 32),
      (zQ = 2 ** 53 - 1),
      ($u = class e {
        digestLength = lL;
        state = Int32Array.from(uL);
        w;
        buffer = new Uint8Array(64);
        bufferLength = 0;
        bytesHashed = 0;
        finished = !1;
        inner;
        outer;
        constructor(t) {
          if (t) {
            const r = e.normalizeKey(t);
            (this.inner = new e()), (this.outer = new e());
            const { inner: o, outer: n } = this,
              s = new Uint8Array(vt * 2);
            for (let i = 0; i < vt; ++i) (s[i] = 54 ^ r[i]), (s[i + vt] = 92 ^ r[i]);
            o.update(s.subarray(0, vt)), n.update(s.subarray(vt));
          }
        }
        update(t) {
          if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
          if (this.inner) {
            this.inner.update(t);
            return;
          }
          let r = Mt(t),
            o = 0,
            { byteLength: n } = r;
          if (((this.bytesHashed += n), this.bytesHashed * 8 > zQ))
            throw new Error("Cannot hash more than 2^53 - 1 bits");
          for (; n > 0; )
            (this.buffer[this.bufferLength++] = r[o++]),
              n--,
              this.bufferLength === vt && (this.hashBuffer(), (this.bufferLength = 0));
        }
        async digest() {
          const { inner: t, outer: r } = this;
          if (t && r) {
            if (this.finished) throw new Error("Attempted to digest an already finished HMAC.");
            this.finished = !0;
            const o = t.digestSync();
            return (r.update(o), r.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          (this.state = Int32Array.from(uL)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0);
        }
        digestSync() {
          let t = this.state.slice(),
            r = this.buffer.slice(),
            o = this.bufferLength,
            n = this.bytesHashed * 8,
            s = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((s.setUint8(o++, 128), (o - 1) % vt >= vt - 8)) {
            for (let c = o; c < vt; ++c) s.setUint8(c, 0);
            this.hashBufferWith(t, r), (o = 0);
          }
          for (let c = o; c < vt - 8; ++c) s.setUint8(c, 0);
          s.setUint32(vt - 8, Math.floor(n / 4294967296), !1),
            s.setUint32(vt - 4, n, !1),
            this.hashBufferWith(t, r);
          const i = new Uint8Array(lL);
          for (let c = 0; c < 8; ++c)
            (i[c * 4] = (t[c] >>> 24) & 255),
              (i[c * 4 + 1] = (t[c] >>> 16) & 255),
              (i[c * 4 + 2] = (t[c] >>> 8) & 255),
              (i[c * 4 + 3] = (t[c] >>> 0) & 255);
          return i;
        }
        static normalizeKey(t) {
          const r = Mt(t);
          if (r.byteLength > vt) {
            const o = new e();
            o.update(r);
            const n = o.digestSync(),
              s = new Uint8Array(vt);
            return (s.set(n), s);
          }
          if (r.byteLength < vt) {
            const o = new Uint8Array(vt);
            return (o.set(r), o);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(t, r) {
          let o = (this.w ??= new Int32Array(64)),
            n = t[0],
            s = t[1],
            i = t[2],
            c = t[3],
            p = t[4],
            u = t[5],
            m = t[6],
            d = t[7];
          for (let f = 0; f < vt; ++f) {
            if (f < 16)
              o[f] =
                ((r[f * 4] & 255) << 24) |
                ((r[f * 4 + 1] & 255) << 16) |
                ((r[f * 4 + 2] & 255) << 8) |
                (r[f * 4 + 3] & 255);
            else {
              let C = o[f - 2],
                R = ((C >>> 17) | (C << 15)) ^ ((C >>> 19) | (C << 13)) ^ (C >>> 10);
              C = o[f - 15];
              const A = ((C >>> 7) | (C << 25)) ^ ((C >>> 18) | (C << 14)) ^ (C >>> 3);
              o[f] = ((R + o[f - 7]) | 0) + ((A + o[f - 16]) | 0);
            }
            const S =
                ((((((p >>> 6) | (p << 26)) ^ ((p >>> 11) | (p << 21)) ^ ((p >>> 25) | (p << 7))) +
                  ((p & u) ^ (~p & m))) |
                  0) +
                  ((d + ((qQ[f] + o[f]) | 0)) | 0)) |
                0,
              _ =
                ((((n >>> 2) | (n << 30)) ^ ((n >>> 13) | (n << 19)) ^ ((n >>> 22) | (n << 10))) +
                  ((n & s) ^ (n & i) ^ (s & i))) |
                0;
            (d = m), (m = u), (u = p), (p = (c + S) | 0), (c = i), (i = s), (s = n), (n = (S + _) | 0);
          }
          (t[0] += n),
            (t[1] += s),
            (t[2] += i),
            (t[3] += c),
            (t[4] += p),
            (t[5] += u),
            (t[6] += m),
            (t[7] += d);
        }
      }),
      (uL = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225,
      ])),
      (qQ = new Int32Array([
        1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221,
        3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580,
        3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986,
        2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895,
        666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037,
        2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
        430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222,
        2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
      ]));
  });
import { createHash as dL, createHmac as KQ } from "node:crypto";
function YQ() {
  return class {
    digestLength = 32;
    secret;
    hash;
    isHmac;
    finished = !1;
    constructor(t) {
      (this.secret = t), (this.isHmac = !!t), (this.hash = this.createHash());
    }
    update(t) {
      if (this.finished) throw new Error("Attempted to update an already finished hash.");
      this.hash.update(t);
    }
    async digest() {
      let t;
      return (
        this.isHmac ? ((this.finished = !0), (t = this.hash.digest())) : (t = this.hash.copy().digest()),
        new Uint8Array(t.buffer, t.byteOffset, t.byteLength)
      );
    }
    reset() {
      (this.hash = this.createHash()), (this.finished = !1);
    }
    createHash() {
      return this.secret ? KQ("sha256", QQ(this.secret)) : dL("sha256");
    }
  };
}
function QQ(e) {
  return typeof e == "string"
    ? e
    : ArrayBuffer.isView(e)
      ? Buffer.from(e.buffer, e.byteOffset, e.byteLength)
      : Buffer.from(e);
}
var JQ,
  Ft,
  fL = a(() => {
    mL();
    (JQ = (() => {
      try {
        return (dL("sha256"), !0);
      } catch {
        return !1;
      }
    })()),
      (Ft = JQ ? YQ() : $u);
  });
var Yo = a(() => {
  pL();
  fL();
});
function gL(e) {
  for (let t = 0; t < 8; t++) e[t] ^= 255;
  for (let t = 7; t > -1 && (e[t]++, e[t] === 0); t--);
}
var Bn,
  Dy = a(() => {
    X();
    Bn = class e {
      bytes;
      constructor(t) {
        if (((this.bytes = t), t.byteLength !== 8)) throw new Error("Int64 buffers must be exactly 8 bytes");
      }
      static fromNumber(t) {
        if (t > 9223372036854776e3 || t < -9223372036854776e3)
          throw new Error(`${t} is too large (or, if negative, too small) to represent as an Int64`);
        const r = new Uint8Array(8);
        for (let o = 7, n = Math.abs(Math.round(t)); o > -1 && n > 0; o--, n /= 256) r[o] = n;
        return (t < 0 && gL(r), new e(r));
      }
      valueOf() {
        const t = this.bytes.slice(0),
          r = t[0] & 128;
        return (r && gL(t), parseInt(Ve(t), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var ji,
  hL,
  SL,
  XQ,
  ZQ,
  eX,
  tX,
  rX,
  oX,
  nX,
  sX,
  iX,
  Mu,
  wy = a(() => {
    Ie();
    X();
    Dy();
    ji = class {
      toUtf8;
      fromUtf8;
      constructor(t, r) {
        (this.toUtf8 = t), (this.fromUtf8 = r);
      }
      format(t) {
        const r = [];
        for (const s in t) {
          if (!z(t, s)) continue;
          const i = this.fromUtf8(s);
          if (i.byteLength > 255)
            throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(t[s]));
        }
        let o = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          n = 0;
        for (const s of r) o.set(s, n), (n += s.byteLength);
        return o;
      }
      formatHeaderValue(t) {
        switch (t.type) {
          case "boolean":
            return Uint8Array.from([t.value ? 0 : 1]);
          case "byte":
            return Uint8Array.from([2, t.value]);
          case "short": {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, t.value, !1), new Uint8Array(r.buffer));
          }
          case "integer": {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, t.value, !1), new Uint8Array(o.buffer));
          }
          case "long": {
            const n = new Uint8Array(9);
            return ((n[0] = 5), n.set(t.value.bytes, 1), n);
          }
          case "binary": {
            if (t.value.byteLength > Mu)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${Mu} bytes: ${t.value.byteLength}`,
              );
            const s = new DataView(new ArrayBuffer(3 + t.value.byteLength));
            s.setUint8(0, 6), s.setUint16(1, t.value.byteLength, !1);
            const i = new Uint8Array(s.buffer);
            return (i.set(t.value, 3), i);
          }
          case "string": {
            const c = this.fromUtf8(t.value);
            if (c.byteLength > Mu)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${Mu} bytes: ${c.byteLength}`,
              );
            const p = new DataView(new ArrayBuffer(3 + c.byteLength));
            p.setUint8(0, 7), p.setUint16(1, c.byteLength, !1);
            const u = new Uint8Array(p.buffer);
            return (u.set(c, 3), u);
          }
          case "timestamp": {
            const m = new Uint8Array(9);
            return ((m[0] = 8), m.set(Bn.fromNumber(t.value.valueOf()).bytes, 1), m);
          }
          case "uuid": {
            if (!iX.test(t.value)) throw new Error(`Invalid UUID received: ${t.value}`);
            const d = new Uint8Array(17);
            return ((d[0] = 9), d.set(bc(t.value.replace(/-/g, "")), 1), d);
          }
        }
      }
      parse(t) {
        let r = {},
          o = 0;
        for (; o < t.byteLength; ) {
          const n = t.getUint8(o++),
            s = this.toUtf8(new Uint8Array(t.buffer, t.byteOffset + o, n));
          switch (((o += n), t.getUint8(o++))) {
            case 0:
              r[s] = { type: SL, value: !0 };
              break;
            case 1:
              r[s] = { type: SL, value: !1 };
              break;
            case 2:
              r[s] = { type: XQ, value: t.getInt8(o++) };
              break;
            case 3:
              (r[s] = { type: ZQ, value: t.getInt16(o, !1) }), (o += 2);
              break;
            case 4:
              (r[s] = { type: eX, value: t.getInt32(o, !1) }), (o += 4);
              break;
            case 5:
              (r[s] = { type: tX, value: new Bn(new Uint8Array(t.buffer, t.byteOffset + o, 8)) }), (o += 8);
              break;
            case 6: {
              const i = t.getUint16(o, !1);
              (o += 2), (r[s] = { type: rX, value: new Uint8Array(t.buffer, t.byteOffset + o, i) }), (o += i);
              break;
            }
            case 7: {
              const c = t.getUint16(o, !1);
              (o += 2),
                (r[s] = { type: oX, value: this.toUtf8(new Uint8Array(t.buffer, t.byteOffset + o, c)) }),
                (o += c);
              break;
            }
            case 8:
              (r[s] = {
                type: nX,
                value: new Date(new Bn(new Uint8Array(t.buffer, t.byteOffset + o, 8)).valueOf()),
              }),
                (o += 8);
              break;
            case 9: {
              const p = new Uint8Array(t.buffer, t.byteOffset + o, 16);
              (o += 16),
                (r[s] = {
                  type: sX,
                  value: `${Ve(p.subarray(0, 4))}-${Ve(p.subarray(4, 6))}-${Ve(p.subarray(6, 8))}-${Ve(p.subarray(8, 10))}-${Ve(p.subarray(10))}`,
                });
              break;
            }
            default:
              throw new Error("Unrecognized header type tag");
          }
        }
        return r;
      }
    };
    ((e) => {
      (e[(e.boolTrue = 0)] = "boolTrue"),
        (e[(e.boolFalse = 1)] = "boolFalse"),
        (e[(e.byte = 2)] = "byte"),
        (e[(e.short = 3)] = "short"),
        (e[(e.integer = 4)] = "integer"),
        (e[(e.long = 5)] = "long"),
        (e[(e.byteArray = 6)] = "byteArray"),
        (e[(e.string = 7)] = "string"),
        (e[(e.timestamp = 8)] = "timestamp"),
        (e[(e.uuid = 9)] = "uuid");
    })(hL || (hL = {}));
    (SL = "boolean"),
      (XQ = "byte"),
      (ZQ = "short"),
      (eX = "integer"),
      (tX = "long"),
      (rX = "binary"),
      (oX = "string"),
      (nX = "timestamp"),
      (sX = "uuid"),
      (iX = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (Mu = 32767);
  });
function xL({ byteLength: e, byteOffset: t, buffer: r }) {
  if (e < aX) throw new Error("Provided message too short to accommodate event stream message overhead");
  const o = new DataView(r, t, e),
    n = o.getUint32(0, !1);
  if (e !== n) throw new Error("Reported message length does not match received message length");
  const s = o.getUint32(_L, !1),
    i = o.getUint32(Hn, !1),
    c = o.getUint32(e - ks, !1),
    p = new Vi();
  if ((p.update(new Uint8Array(r, t, Hn)), i !== p.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${p.digestSync()})`,
    );
  if ((p.update(new Uint8Array(r, t + Hn, e - (Hn + ks))), c !== p.digestSync()))
    throw new Error(`The message checksum (${p.digestSync()}) did not match the expected value of ${c}`);
  return {
    headers: new DataView(r, t + Hn + ks, s),
    body: new Uint8Array(r, t + Hn + ks + s, n - s - (Hn + ks + ks)),
  };
}
var _L,
  Hn,
  ks,
  aX,
  EL = a(() => {
    Yo();
    (_L = 4), (Hn = _L * 2), (ks = 4), (aX = Hn + ks * 2);
  });
var Wi,
  Iy = a(() => {
    Yo();
    wy();
    EL();
    Wi = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(t, r) {
        (this.headerMarshaller = new ji(t, r)), (this.messageBuffer = []), (this.isEndOfStream = !1);
      }
      feed(t) {
        this.messageBuffer.push(this.decode(t));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        const t = this.messageBuffer.pop(),
          r = this.isEndOfStream;
        return {
          getMessage() {
            return t;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      getAvailableMessages() {
        const t = this.messageBuffer;
        this.messageBuffer = [];
        const r = this.isEndOfStream;
        return {
          getMessages() {
            return t;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      encode({ headers: t, body: r }) {
        const o = this.headerMarshaller.format(t),
          n = o.byteLength + r.byteLength + 16,
          s = new Uint8Array(n),
          i = new DataView(s.buffer, s.byteOffset, s.byteLength),
          c = new Vi();
        return (
          i.setUint32(0, n, !1),
          i.setUint32(4, o.byteLength, !1),
          c.update(s.subarray(0, 8)),
          i.setUint32(8, c.digestSync(), !1),
          s.set(o, 12),
          s.set(r, o.byteLength + 12),
          c.update(s.subarray(8, n - 4)),
          i.setUint32(n - 4, c.digestSync(), !1),
          s
        );
      }
      decode(t) {
        const { headers: r, body: o } = xL(t);
        return { headers: this.headerMarshaller.parse(r), body: o };
      }
      formatHeaders(t) {
        return this.headerMarshaller.format(t);
      }
    };
  });
var zi,
  by = a(() => {
    zi = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.inputStream) yield this.options.decoder.decode(t);
      }
    };
  });
var qi,
  Py = a(() => {
    qi = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.messageStream) yield this.options.encoder.encode(t);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  });
var Ki,
  Oy = a(() => {
    Ki = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.messageStream) {
          const r = await this.options.deserializer(t);
          r !== void 0 && (yield r);
        }
      }
    };
  });
var Ji,
  Ny = a(() => {
    Ji = class {
      options;
      constructor(t) {
        this.options = t;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const t of this.options.inputStream) yield this.options.serializer(t);
      }
    };
  });
function Lu(e) {
  let t = 0,
    r = 0,
    o = null,
    n = null,
    s = (c) => {
      if (typeof c != "number")
        throw new Error("Attempted to allocate an event message where size was not a number: " + c);
      (t = c), (r = 4), (o = new Uint8Array(c)), new DataView(o.buffer).setUint32(0, c, !1);
    },
    i = async function* () {
      const c = e[Symbol.asyncIterator]();
      for (;;) {
        const { value: p, done: u } = await c.next();
        if (u) {
          if (t)
            if (t === r) yield o;
            else throw new Error("Truncated event message received.");
          else return;
          return;
        }
        let m = p.length,
          d = 0;
        for (; d < m; ) {
          if (!o) {
            const S = m - d;
            n || (n = new Uint8Array(4));
            const _ = Math.min(4 - r, S);
            if ((n.set(p.slice(d, d + _), r), (r += _), (d += _), r < 4)) break;
            s(new DataView(n.buffer).getUint32(0, !1)), (n = null);
          }
          const f = Math.min(t - r, m - d);
          o.set(p.slice(d, d + f), r),
            (r += f),
            (d += f),
            t && t === r && (yield o, (o = null), (t = 0), (r = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var $y = a(() => {});
function yL(e, t) {
  const r = Jc(t.deserializer, t.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const o of e) {
        const n = t.eventStreamCodec.decode(o),
          s = await r(n);
        s !== void 0 && (yield s);
      }
    },
  };
}
function Jc(e, t) {
  return async (r) => {
    const { value: o } = r.headers[":message-type"];
    if (o === "error") {
      const n = new Error(r.headers[":error-message"].value || "UnknownError");
      throw ((n.name = r.headers[":error-code"].value), n);
    } else if (o === "exception") {
      const n = r.headers[":exception-type"].value,
        s = { [n]: r },
        i = await e(s);
      if (i.$unknown) {
        const c = new Error(t(r.body));
        throw ((c.name = n), c);
      }
      throw i[n];
    } else if (o === "event") {
      const n = { [r.headers[":event-type"].value]: r },
        s = await e(n);
      return s.$unknown ? void 0 : s;
    } else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`);
  };
}
var My = a(() => {});
var Us,
  CL,
  Ly = a(() => {
    Iy();
    by();
    Py();
    Oy();
    Ny();
    $y();
    My();
    (Us = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: t, utf8Decoder: r }) {
        (this.eventStreamCodec = new Wi(t, r)), (this.utfEncoder = t);
      }
      deserialize(t, r) {
        const o = Lu(t);
        return new Ki({
          messageStream: new zi({ inputStream: o, decoder: this.eventStreamCodec }),
          deserializer: Jc(r, this.utfEncoder),
        });
      }
      serialize(t, r) {
        return new qi({
          messageStream: new Ji({ inputStream: t, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (CL = (e) => new Us(e));
  });
import { Readable as cX } from "node:stream";
async function* pX(e) {
  let t = !1,
    r = !1,
    o = [];
  for (
    e.on("error", (n) => {
      if ((t || (t = !0), n)) throw n;
    }),
      e.on("data", (n) => {
        o.push(n);
      }),
      e.on("end", () => {
        t = !0;
      });
    !r;
  ) {
    const n = await new Promise((s) => setTimeout(() => s(o.shift()), 0));
    n && (yield n), (r = t && o.length === 0);
  }
}
var Yc,
  RL,
  AL = a(() => {
    Ly();
    (Yc = class {
      universalMarshaller;
      constructor({ utf8Encoder: t, utf8Decoder: r }) {
        this.universalMarshaller = new Us({ utf8Decoder: r, utf8Encoder: t });
      }
      deserialize(t, r) {
        const o = typeof t[Symbol.asyncIterator] == "function" ? t : pX(t);
        return this.universalMarshaller.deserialize(o, r);
      }
      serialize(t, r) {
        return cX.from(this.universalMarshaller.serialize(t, r));
      }
    }),
      (RL = (e) => new Yc(e));
  });
var TL,
  vL,
  DL = a(() => {
    (TL = (e) => ({
      [Symbol.asyncIterator]: async function* () {
        const t = e.getReader();
        try {
          for (;;) {
            const { done: r, value: o } = await t.read();
            if (r) return;
            yield o;
          }
        } finally {
          t.releaseLock();
        }
      },
    })),
      (vL = (e) => {
        const t = e[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            const { done: o, value: n } = await t.next();
            if (o) return r.close();
            r.enqueue(n);
          },
        });
      });
  });
var wL,
  IL = a(() => {
    wL = (e) => Object.assign(e, { eventStreamMarshaller: e.eventStreamSerdeProvider(e) });
  });
var ku,
  bL = a(() => {
    Ie();
    be();
    X();
    ku = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: t,
        serializer: r,
        deserializer: o,
        serdeContext: n,
        defaultContentType: s,
        compositeErrorRegistry: i,
      }) {
        (this.marshaller = t),
          (this.serializer = r),
          (this.deserializer = o),
          (this.serdeContext = n),
          (this.defaultContentType = s),
          (this.compositeErrorRegistry = i);
      }
      async serializeEventStream({
        eventStream: t,
        requestSchema: r,
        initialRequest: o,
        initialMessageType: n,
      }) {
        const s = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i),
          p = this.serializer,
          u = this.defaultContentType,
          m = Symbol("initialRequestMarker"),
          d = {
            async *[Symbol.asyncIterator]() {
              if (o) {
                const f = {
                  ":event-type": { type: "string", value: n ?? "initial-request" },
                  ":message-type": { type: "string", value: "event" },
                  ":content-type": { type: "string", value: u },
                };
                p.write(r, o);
                const S = p.flush();
                yield { [m]: !0, headers: f, body: S };
              }
              for await (const f of t) yield f;
            },
          };
        return s.serialize(d, (f) => {
          if (f[m]) return { headers: f.headers, body: f.body };
          let S = "";
          for (const F in f)
            if (z(f, F) && F !== "__type") {
              S = F;
              break;
            }
          const {
            additionalHeaders: _,
            body: C,
            eventType: R,
            explicitPayloadContentType: A,
          } = this.writeEventBody(S, c, f);
          return {
            headers: {
              ":event-type": { type: "string", value: R },
              ":message-type": { type: "string", value: "event" },
              ":content-type": { type: "string", value: A ?? u },
              ..._,
            },
            body: C,
          };
        });
      }
      async deserializeEventStream({
        response: t,
        responseSchema: r,
        initialResponseContainer: o,
        initialMessageType: n,
      }) {
        const s = this.marshaller,
          i = r.getEventStreamMember(),
          p = r.getMemberSchema(i).getMemberSchemas(),
          u = Symbol("initialResponseMarker"),
          m = s.deserialize(t.body, async (S) => {
            let _ = "";
            for (const R in S)
              if (z(S, R) && R !== "__type") {
                _ = R;
                break;
              }
            const C = S[_].body;
            if (_ === (n ?? "initial-response")) {
              const R = await this.deserializer.read(r, C);
              return (delete R[i], { [u]: !0, ...R });
            } else if (_ in p) {
              const R = p[_];
              if (R.isStructSchema()) {
                let A = {},
                  T = !1;
                for (const [F, H] of R.structIterator()) {
                  const { eventHeader: ne, eventPayload: Se } = H.getMergedTraits();
                  if (((T = T || !!(ne || Se)), Se))
                    H.isBlobSchema()
                      ? (A[F] = C)
                      : H.isStringSchema()
                        ? (A[F] = (this.serdeContext?.utf8Encoder ?? Ne)(C))
                        : H.isStructSchema() && (A[F] = await this.deserializer.read(H, C));
                  else if (ne) {
                    const Ee = S[_].headers[F]?.value;
                    Ee != null &&
                      (H.isNumericSchema()
                        ? Ee && typeof Ee == "object" && "bytes" in Ee
                          ? (A[F] = BigInt(Ee.toString()))
                          : (A[F] = Number(Ee))
                        : (A[F] = Ee));
                  }
                }
                return { [_]: await this.readEventMember(R, C, T, A) };
              }
              return { [_]: await this.deserializer.read(R, C) };
            } else return { $unknown: S };
          }),
          d = m[Symbol.asyncIterator](),
          f = await d.next();
        if (f.done) return m;
        if (f.value?.[u]) {
          if (!r)
            throw new Error(
              "@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.",
            );
          for (const S in f.value) z(f.value, S) && (o[S] = f.value[S]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (f?.value?.[u] || (yield f.value); ; ) {
              const { done: S, value: _ } = await d.next();
              if (S) break;
              yield _;
            }
          },
        };
      }
      async readEventMember(t, r, o, n) {
        let s,
          i = t.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          const p = i[1],
            u = Te.for(p);
          this.compositeErrorRegistry?.copyFrom(u), (s = (this.compositeErrorRegistry ?? u)?.getErrorCtor(i));
        }
        const c = o ? n : r.byteLength === 0 ? {} : await this.deserializer.read(t, r);
        if (s) {
          const p = c.message ?? c.Message ?? "Unknown",
            u = {},
            m = t.getMergedTraits().error;
          return (m && (u.$fault = m), Object.assign(new s({}), u, { message: p }, c));
        }
        return c;
      }
      writeEventBody(t, r, o) {
        let n = this.serializer,
          s = t,
          i = null,
          c,
          p = r.getSchema()[4].includes(t),
          u = {};
        if (p) {
          const f = r.getMemberSchema(t);
          if (f.isStructSchema()) {
            for (const [S, _] of f.structIterator()) {
              const { eventHeader: C, eventPayload: R } = _.getMergedTraits();
              if (R) i = S;
              else if (C) {
                let A = o[t][S],
                  T = "binary";
                _.isNumericSchema()
                  ? (-2) ** 31 <= A && A <= 2 ** 31 - 1
                    ? (T = "integer")
                    : (T = "long")
                  : _.isTimestampSchema()
                    ? (T = "timestamp")
                    : _.isStringSchema()
                      ? (T = "string")
                      : _.isBooleanSchema() && (T = "boolean"),
                  A != null && ((u[S] = { type: T, value: A }), delete o[t][S]);
              }
            }
            if (i !== null) {
              const S = f.getMemberSchema(i);
              S.isBlobSchema() ? (c = "application/octet-stream") : S.isStringSchema() && (c = "text/plain"),
                n.write(S, o[t][i]);
            } else n.write(f, o[t]);
          } else if (f.isUnitSchema()) n.write(f, {});
          else
            throw new Error(
              "@smithy/core/event-streams - non-struct member not supported in event stream union.",
            );
        } else {
          const [f, S] = o[t];
          (s = f), n.write(15, S);
        }
        const m = n.flush() ?? new Uint8Array();
        return {
          body: typeof m == "string" ? (this.serdeContext?.utf8Decoder ?? $e)(m) : m,
          eventType: s,
          explicitPayloadContentType: c,
          additionalHeaders: u,
        };
      }
    };
  });
var PL = {};
Xt(PL, {
  EventStreamCodec: () => Wi,
  EventStreamMarshaller: () => Yc,
  EventStreamSerde: () => ku,
  HeaderMarshaller: () => ji,
  Int64: () => Bn,
  MessageDecoderStream: () => zi,
  MessageEncoderStream: () => qi,
  SmithyMessageDecoderStream: () => Ki,
  SmithyMessageEncoderStream: () => Ji,
  UniversalEventStreamMarshaller: () => Us,
  eventStreamSerdeProvider: () => RL,
  getChunkedStream: () => Lu,
  getMessageUnmarshaller: () => Jc,
  getUnmarshalledStream: () => yL,
  iterableToReadableStream: () => vL,
  readableStreamToIterable: () => TL,
  resolveEventStreamSerdeConfig: () => wL,
  universalEventStreamSerdeProvider: () => CL,
});
var OL = a(() => {
  Iy();
  wy();
  Dy();
  by();
  Py();
  Oy();
  Ny();
  AL();
  DL();
  Ly();
  $y();
  My();
  IL();
  bL();
});
var Yi,
  ky = a(() => {
    Ie();
    be();
    Kc();
    Ls();
    Yi = class extends Jo {
      options;
      compositeErrorRegistry;
      constructor(t) {
        super(), (this.options = t), (this.compositeErrorRegistry = new Te(t.defaultNamespace));
        for (const r of t.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return me;
      }
      getResponseType() {
        return er;
      }
      setSerdeContext(t) {
        (this.serdeContext = t),
          this.serializer.setSerdeContext(t),
          this.deserializer.setSerdeContext(t),
          this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(t);
      }
      updateServiceEndpoint(t, r) {
        if ("url" in r) {
          (t.protocol = r.url.protocol),
            (t.hostname = r.url.hostname),
            (t.port = r.url.port ? Number(r.url.port) : void 0),
            (t.path = r.url.pathname),
            (t.fragment = r.url.hash || void 0),
            (t.username = r.url.username || void 0),
            (t.password = r.url.password || void 0),
            t.query || (t.query = {});
          for (const [o, n] of r.url.searchParams.entries()) t.query[o] = n;
          if (r.headers)
            for (const o in r.headers) z(r.headers, o) && (t.headers[o] = r.headers[o].join(", "));
          return t;
        } else {
          if (
            ((t.protocol = r.protocol),
            (t.hostname = r.hostname),
            (t.port = r.port ? Number(r.port) : void 0),
            (t.path = r.path),
            (t.query = { ...r.query }),
            r.headers)
          )
            for (const o in r.headers) z(r.headers, o) && (t.headers[o] = r.headers[o]);
          return t;
        }
      }
      setHostPrefix(t, r, o, n = Ou(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        const s = n[4];
        if (typeof s != "string") return;
        let i = s;
        for (const [c, [, p]] of Tt.of(r.input).getHttpBindings().request.memberBindings) {
          if (!((p >> 17) & 1)) continue;
          const u = o[c];
          if (typeof u != "string")
            throw new Error(`@smithy/core/schema - ${c} in input must be a string as hostLabel.`);
          i = i.replace(`{${c}}`, u);
        }
        if (((t.hostname = i + t.hostname), !t0(t.hostname)))
          throw new Error(`[${t.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(t) {
        return {
          httpStatusCode: t.statusCode,
          requestId:
            t.headers["x-amzn-requestid"] ?? t.headers["x-amzn-request-id"] ?? t.headers["x-amz-request-id"],
          extendedRequestId: t.headers["x-amz-id-2"],
          cfId: t.headers["x-amz-cf-id"],
        };
      }
      resolveError(t, r, o) {
        let n = [-3, "", "Error", 0, [], [], 0],
          s;
        for (const i of o)
          for (const c of r)
            try {
              c === "*" ? (s = i.getSchema(t)) : (s = i.getSchema(c + "#" + t));
              const p = i.getErrorCtor(s);
              if (p) return [s, p, "modeled"];
              {
                const u = i.getBaseException();
                if (u) {
                  const m = i.getErrorCtor(u);
                  if (m) return [s, m, "synthetic"];
                }
              }
            } catch {}
        for (const i of o) {
          const c = i.getBaseException();
          if (c) {
            const p = i.getErrorCtor(c);
            if (p) return [c, p, "synthetic"];
          }
        }
        return [n, Error, "native"];
      }
      async serializeEventStream({ eventStream: t, requestSchema: r, initialRequest: o }) {
        return (await this.loadEventStreamCapability()).serializeEventStream({
          eventStream: t,
          requestSchema: r,
          initialRequest: o,
        });
      }
      async deserializeEventStream({ response: t, responseSchema: r, initialResponseContainer: o }) {
        return (await this.loadEventStreamCapability()).deserializeEventStream({
          response: t,
          responseSchema: r,
          initialResponseContainer: o,
        });
      }
      async loadEventStreamCapability() {
        const { EventStreamSerde: t, eventStreamSerdeProvider: r } = await Promise.resolve().then(
            () => (OL(), PL),
          ),
          o = this.resolveEventStreamMarshaller(r);
        return new t({
          marshaller: o,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry,
        });
      }
      getDefaultContentType() {
        throw new Error(
          `@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`,
        );
      }
      async deserializeHttpMessage(t, r, o, n, s) {
        return [];
      }
      getEventStreamMarshaller() {
        const t = this.serdeContext;
        if (!t.eventStreamMarshaller)
          throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
        return t.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(t) {
        const r = this.serdeContext;
        return r.eventStreamMarshaller ? r.eventStreamMarshaller : t(this.serdeContext);
      }
    };
  });
var Qc,
  NL = a(() => {
    Ie();
    X();
    Ls();
    ky();
    Hi();
    Ay();
    Qc = class extends Yi {
      async serializeRequest(t, r, o) {
        const n = r && typeof r == "object" ? r : {},
          s = {},
          i = {},
          c = await o.endpoint(),
          p = Tt.of(t?.input),
          u = p.getHttpBindings().request,
          m = Ou(t),
          d = new me({ query: s, headers: i });
        if (c) {
          this.updateServiceEndpoint(d, c), this.setHostPrefix(d, t, n, m);
          const [S, _, C] = m;
          if (S) {
            (d.method = S), (d.path = d.path === "/" ? _ : d.path + _);
            for (const [R, A] of C) s[R] = A;
          }
        }
        d.query = s;
        const f = this.serializeHttpBindings(n, d, u, m);
        return (f && (d.body = await this.serializeEventStream({ eventStream: f, requestSchema: p })), d);
      }
      serializeHttpBindings(t, r, o, n) {
        let s = this.serializer,
          i = typeof s.writeCodec == "function" ? s : void 0,
          c = r.query,
          p = r.headers,
          u = o.syntheticBodySchema,
          m = !1,
          d,
          f,
          S,
          _ = Object.getOwnPropertyNames(t),
          C = Object.getPrototypeOf(t),
          R =
            (C === Object.prototype || C === null) &&
            !o.hasIdempotency &&
            !o.hasPrefixHeaders &&
            _.length * 2 < o.memberBindings.length,
          A = R ? _.length : o.memberBindings.length;
        for (let H = 0; H < A; ++H) {
          const ne = R ? (z(o.byName, _[H]) ? o.byName[_[H]] : void 0) : o.memberBindings[H];
          if (!ne) continue;
          const Se = ne[1],
            Ee = ne[0],
            uo = Se[0],
            Bo = Se[1],
            ze = Se[2],
            Et = ne[2],
            Ur = ne[3],
            Qt = t[Ee];
          if (!(Qt == null && !((Bo >> 10) & 1)))
            if (Et === 36) {
              const ye = (Bo >> 11) & 3;
              ye
                ? ye === 2
                  ? (f = Qt || void 0)
                  : (d = Qt)
                : (i ? i.writeCodec(uo, Qt) : s.write(uo, Qt), (d = s.flush()));
            } else if (Et === 33 || Et === 38) {
              const ye = this.serializeHttpValue(Se, Qt, Et, i);
              Et === 33 ? ((S ??= Object.create(null))[Ee] = ye) : (p[Ur] = ye);
            } else if (Et === 39)
              for (const ye in Qt) {
                if (!z(Qt, ye)) continue;
                const Eo = Ur + ye;
                p[Eo.toLowerCase()] = this.serializeHttpValue(
                  ze,
                  Qt[ye],
                  38,
                  i,
                  i ? ze[0] : [ze[0], { httpHeader: Eo }],
                );
              }
            else (Et & 62) === 34 ? this.serializeQuery(Se, Qt, Ur, c, i) : (m = !0);
        }
        const T = n[1],
          F = n[3];
        return (
          T && F && r.path.endsWith(T) && (r.path = r.path.slice(0, -T.length) + this.serializePath(F, S, o)),
          m && u && (i ? i.writeCodec(u, t) : s.write(u, t), (d = s.flush())),
          (r.body = d),
          f
        );
      }
      serializeQuery(t, r, o, n, s) {
        const [i, c, p] = t,
          u = s ? void 0 : i.getMergedTraits();
        if (o === void 0) {
          for (const m in r)
            !z(r, m) ||
              m in n ||
              (s || Object.assign(p[0].getMergedTraits(), { ...u, httpQuery: m, httpQueryParams: void 0 }),
              this.serializeQuery(p, r[m], m, n, s));
          return;
        }
        if ((c & 192) === 64) {
          const m = [];
          for (const d of r) {
            const f = this.serializeHttpValue(p, d, 34, s, s ? p[0] : [p[0], u]);
            ((c >> 13) & 1 || f !== void 0) && m.push(f);
          }
          n[o] = m;
        } else n[o] = this.serializeHttpValue(t, r, 34, s, s ? i : [i, u]);
      }
      serializeHttpValue(t, r, o, n, s = t[0]) {
        const i = t[1],
          c = i & 255;
        return n && !(i & 1792) && (c <= 2 || c === 17 || c === 19)
          ? String(r)
          : (n ? n.writeHttpBinding(t, r, o) : this.serializer.write(s, r), this.serializer.flush());
      }
      serializePath(t, r, o) {
        let n = "";
        for (const [s, i] of t) {
          if (i === 0) {
            n += s;
            continue;
          }
          const c = r?.[s];
          if (c === void 0) {
            if (z(o.byName, s) && o.byName[s][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${s}.`);
            n += `{${s}${i === 2 ? "+" : ""}}`;
          } else n += i === 2 ? c.split("/").map(Ms).join("/") : Ms(c);
        }
        return n;
      }
      async deserializeResponse(t, r, o) {
        const n = this.deserializer,
          s = typeof n.readCodec == "function" ? n : void 0,
          i = Tt.of(t.output),
          c = i.getHttpBindings().response,
          p = {};
        if (o.statusCode >= 300) {
          const m = await Ut(o.body, r);
          throw (
            m.byteLength > 0 && Object.assign(p, await n.read(15, m)),
            await this.handleError(t, r, o, p, this.deserializeMetadata(o)),
            new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.")
          );
        }
        const u = await this.deserializeHttpMessage(i, r, o, p);
        if (u.length) {
          const m = await Ut(o.body, r);
          if (m.byteLength > 0) {
            const d = await (s ? s.readCodec(c.syntheticBodySchema, m) : n.read(c.syntheticBodySchema, m));
            for (const f of u) d[f] != null && (p[f] = d[f]);
          }
        } else c.bindings.payload || (await Ut(o.body, r));
        return ((p.$metadata = this.deserializeMetadata(o)), p);
      }
      async deserializeHttpMessage(t, r, o, n, s) {
        const i = n instanceof Set ? s : n,
          c = this.deserializer,
          p = typeof c.readCodec == "function" ? c : void 0,
          u = Tt.of(t),
          {
            bodyMemberNames: m,
            bindings: { payload: d, statusCode: f, headers: S, prefixHeaders: _ },
          } = u.getHttpBindings().response,
          C = o.headers;
        if (d) {
          const [R, A] = d,
            [T, F] = A,
            H = (F >> 11) & 3;
          if (H)
            H === 2
              ? (i[R] = await this.deserializeEventStream({ response: o, responseSchema: u }))
              : (i[R] = qc(o.body));
          else if (o.body) {
            const ne = await Ut(o.body, r);
            ne.byteLength > 0 && (i[R] = await (p ? p.readPayload(A, ne) : c.read(T, ne)));
          }
        }
        for (const R in C) {
          if (!z(C, R)) continue;
          const A = R.toLowerCase(),
            T = C[R];
          A !== R && (delete C[R], (C[A] = T));
          const F = z(S, A) ? S[A] : void 0;
          if (!F) continue;
          const [H, [ne, Se, Ee], , uo] = F;
          if (Ee) {
            const Bo = (Se >> 16) & 1 ? h0(T, ",", 2) : Ic(T),
              ze = [];
            for (const Et of Bo)
              ze.push(
                p
                  ? p.readHttpBinding(Ee, Et.trim(), 38)
                  : await c.read([Ee[0], { httpHeader: uo }], Et.trim()),
              );
            i[H] = ze;
          } else i[H] = p ? p.readHttpBinding(F[1], T, 38) : await c.read(ne, T);
        }
        for (const [R, [, , A], , T] of _) {
          i[R] = {};
          for (const F in C) {
            if (!z(C, F) || !F.startsWith(T)) continue;
            const H = C[F];
            i[R][F.slice(T.length)] = p
              ? p.readHttpBinding(A, H, 38)
              : await c.read([A[0], { httpHeader: F }], H);
          }
        }
        return (f && (i[f[0]] = o.statusCode), m);
      }
    };
  });
var Fs,
  $L = a(() => {
    Ie();
    be();
    Ie();
    ky();
    Hi();
    Fs = class extends Yi {
      async serializeRequest(t, r, o) {
        let n = this.serializer,
          s = {},
          i = {},
          c = await o.endpoint(),
          p = ce.of(t?.input),
          u = p.getSchema(),
          m,
          d = r && typeof r == "object" ? r : {},
          f = new me({
            protocol: "",
            hostname: "",
            port: void 0,
            path: "/",
            fragment: void 0,
            query: s,
            headers: i,
            body: void 0,
          });
        if ((c && (this.updateServiceEndpoint(f, c), this.setHostPrefix(f, t, d)), d)) {
          const S = p.getEventStreamMember();
          if (S) {
            if (d[S]) {
              const _ = {};
              for (const [C] of p.structIterator()) C !== S && d[C] != null && (_[C] = d[C]);
              m = await this.serializeEventStream({ eventStream: d[S], requestSchema: p, initialRequest: _ });
            }
          } else n.write(u, d), (m = n.flush());
        }
        return (
          (f.headers = Object.assign(f.headers, i)), (f.query = s), (f.body = m), (f.method = "POST"), f
        );
      }
      async deserializeResponse(t, r, o) {
        const n = this.deserializer,
          s = ce.of(t.output),
          i = {};
        if (this.isErrorResponse(o.statusCode)) {
          const p = await Ut(o.body, r);
          throw (
            p.byteLength > 0 && Object.assign(i, await n.read(15, p)),
            await this.handleError(t, r, o, i, this.deserializeMetadata(o)),
            new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.")
          );
        }
        for (const p in o.headers) {
          if (!z(o.headers, p)) continue;
          const u = o.headers[p];
          delete o.headers[p], (o.headers[p.toLowerCase()] = u);
        }
        const c = s.getEventStreamMember();
        if (c)
          i[c] = await this.deserializeEventStream({
            response: o,
            responseSchema: s,
            initialResponseContainer: i,
          });
        else {
          const p = await Ut(o.body, r);
          p.byteLength > 0 && Object.assign(i, await n.read(s, p));
        }
        return ((i.$metadata = this.deserializeMetadata(o)), i);
      }
      isErrorResponse(t) {
        return t >= 300;
      }
    };
  });
var Gs,
  Uy = a(() => {
    X();
    Ls();
    Kc();
    Gs = class extends Jo {
      settings;
      constructor(t) {
        super(), (this.settings = t);
      }
      read(t, r) {
        const o = Tt.of(t),
          n = o.getMergedTraits(),
          s = o.getHttpBindingLocation(n);
        return this.readHttpBinding(o.getHttpBindingValue(s, n), r, s);
      }
      readHttpBinding([t, r, o], n, s) {
        const i = r & 255;
        if ((i & 192) === 64)
          return (
            (o ??= t.getHttpBindingCollectionValue(s)), Ic(n).map((c) => this.readHttpBinding(o, c, s))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? Ze)(n);
          case 4:
          case 5:
          case 6:
          case 7: {
            const c = this.settings.httpBindings ? (r >> 14) & 3 : 0;
            switch (
              this.settings.timestampFormat.useTrait && i > 4
                ? i
                : c
                  ? c + 4
                  : this.settings.timestampFormat.default
            ) {
              case 5:
                return f0(n);
              case 6:
                return g0(n);
              case 7:
                return d0(n);
              default:
                return (
                  console.warn("Missing timestamp format, parsing value with Date constructor:", n),
                  new Date(n)
                );
            }
          }
          case 0: {
            const c = (r >> 8) & 3;
            if (!c) return n;
            let p = n;
            return (
              (s & 6) === 6 &&
                (p = (this.serdeContext?.utf8Encoder ?? Ne)((this.serdeContext?.base64Decoder ?? Ze)(p))),
              c === 2 ? tr.from(p) : p
            );
          }
          case 1:
            return Number(n);
          case 2:
            return n.toLowerCase() === "true";
          case 17:
            return BigInt(n);
          case 19:
            return new at(n, "bigDecimal");
          default:
            return n;
        }
      }
    };
  });
var Xc,
  ML = a(() => {
    X();
    Ls();
    Kc();
    Uy();
    Xc = class extends Jo {
      codecDeserializer;
      stringDeserializer;
      constructor(t, r) {
        super(), (this.codecDeserializer = t), (this.stringDeserializer = new Gs(r));
      }
      setSerdeContext(t) {
        this.stringDeserializer.setSerdeContext(t),
          this.codecDeserializer.setSerdeContext(t),
          (this.serdeContext = t);
      }
      read(t, r) {
        const o = Tt.of(t),
          n = o.getMergedTraits();
        if (n.httpHeader || n.httpResponseCode) {
          const s = o.getHttpBindingValue(38, n);
          return this.readHttpBinding(s, r, 38);
        }
        return n.httpPayload ? this.readPayload(o.getHttpBindingValue(36, n), r) : this.readCodec(o, r);
      }
      readHttpBinding(t, r, o) {
        const n = typeof r == "string" ? r : (this.serdeContext?.utf8Encoder ?? Ne)(r);
        return this.stringDeserializer.readHttpBinding(t, n, o);
      }
      readPayload([t, r], o) {
        const n = r & 255;
        return n === 21 || n === 42
          ? typeof o == "string"
            ? (this.serdeContext?.utf8Decoder ?? $e)(o)
            : o
          : n === 0
            ? typeof o == "string"
              ? o
              : (this.serdeContext?.utf8Encoder ?? Ne)(o)
            : this.readCodec(t, o);
      }
      readCodec(t, r) {
        return this.codecDeserializer.read(t, r);
      }
    };
  });
var Uu,
  LL = a(() => {
    X();
    Ls();
    Kc();
    Uu = class extends Jo {
      settings;
      stringBuffer = "";
      constructor(t) {
        super(), (this.settings = t);
      }
      write(t, r) {
        const o = Tt.of(t),
          n = o.getMergedTraits(),
          s = o.getHttpBindingLocation(n);
        this.writeHttpBinding(o.getHttpBindingValue(s, n), r, s);
      }
      writeHttpBinding([t, r, o], n, s) {
        const i = r & 255;
        switch (typeof n) {
          case "object":
            if (n === null) {
              this.stringBuffer = "null";
              return;
            }
            if (i >= 4 && i <= 7) {
              if (!(n instanceof Date))
                throw new Error(
                  `@smithy/core/protocols - received non-Date value ${n} when schema expected Date in ${t.getName(!0)}`,
                );
              const u = this.settings.httpBindings ? (r >> 14) & 3 : 0;
              switch (
                this.settings.timestampFormat.useTrait && i > 4
                  ? i
                  : u
                    ? u + 4
                    : this.settings.timestampFormat.default
              ) {
                case 5:
                  this.stringBuffer = n.toISOString().replace(".000Z", "Z");
                  break;
                case 6:
                  this.stringBuffer = bs(n);
                  break;
                case 7:
                  this.stringBuffer = String(n.getTime() / 1e3);
                  break;
                default:
                  console.warn("Missing timestamp format, using epoch seconds", n),
                    (this.stringBuffer = String(n.getTime() / 1e3));
              }
              return;
            }
            if ((i === 21 || i === 42) && "byteLength" in n) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? He)(n);
              return;
            }
            if ((i & 192) === 64 && Array.isArray(n)) {
              o ??= t.getHttpBindingCollectionValue(s);
              let u = o[1] & 255,
                m = u >= 4 && u <= 7,
                d = "";
              for (const f of n) {
                this.writeHttpBinding(o, f, s);
                const S = this.flush();
                d && (d += ", "), (d += m ? S : p0(S));
              }
              this.stringBuffer = d;
              return;
            }
            this.stringBuffer = JSON.stringify(n, null, 2);
            break;
          case "string": {
            let c = (r >> 8) & 3,
              p = n;
            if ((c === 2 && (p = tr.from(p)), c && (s & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? He)(p.toString());
              return;
            }
            this.stringBuffer = n;
            break;
          }
          default:
            this.stringBuffer = (r >> 10) & 1 ? Bi() : String(n);
        }
      }
      flush() {
        const t = this.stringBuffer;
        return ((this.stringBuffer = ""), t);
      }
    };
  });
var Zc,
  kL = a(() => {
    Ls();
    LL();
    Zc = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(t, r, o = new Uu(r)) {
        (this.codecSerializer = t), (this.stringSerializer = o);
      }
      setSerdeContext(t) {
        this.codecSerializer.setSerdeContext(t), this.stringSerializer.setSerdeContext(t);
      }
      write(t, r) {
        const o = Tt.of(t),
          n = o.getMergedTraits();
        if (n.httpHeader || n.httpLabel || n.httpQuery) {
          const s = o.getHttpBindingLocation(n);
          this.writeHttpBinding(o.getHttpBindingValue(s, n), r, s);
          return;
        }
        this.writeCodec(o, r);
      }
      writeHttpBinding(t, r, o) {
        this.stringSerializer.writeHttpBinding(t, r, o), (this.buffer = this.stringSerializer.flush());
      }
      writeCodec(t, r) {
        this.codecSerializer.write(t, r);
      }
      flush() {
        if (this.buffer !== void 0) {
          const t = this.buffer;
          return ((this.buffer = void 0), t);
        }
        return this.codecSerializer.flush();
      }
    };
  });
function Bs(e, t) {
  if (t.timestampFormat.useTrait) {
    const c = e.getSchema();
    if (c === 5 || c === 6 || c === 7) return c;
  }
  const { httpLabel: r, httpPrefixHeaders: o, httpHeader: n, httpQuery: s } = e.getMergedTraits();
  return (
    (t.httpBindings ? (typeof o == "string" || n ? 6 : s || r ? 5 : void 0) : void 0) ??
    t.timestampFormat.default
  );
}
var Fu = a(() => {});
var hr,
  Sr,
  UL = a(() => {
    (hr = (e) => (
      e.logger &&
        e.logger.constructor?.name !== "NoOpLogger" &&
        e.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), e.logger),
      e.defaultSocketTimeout &&
        e.requestHandler?.updateHttpClientConfig?.(
          Symbol.for("@smithy/defaultSocketTimeout"),
          e.defaultSocketTimeout,
        ),
      {
        setHttpHandler(t) {
          e.requestHandler = t;
        },
        httpHandler() {
          return e.requestHandler;
        },
        updateHttpClientConfig(t, r) {
          e.requestHandler?.updateHttpClientConfig(t, r);
        },
        httpHandlerConfigs() {
          return e.requestHandler.httpHandlerConfigs();
        },
      }
    )),
      (Sr = (e) => ({ requestHandler: e.httpHandler() }));
  });
function GL(e) {
  return (t) => async (r) => {
    const o = r.request;
    if (me.isInstance(o)) {
      const { body: n, headers: s } = o;
      if (
        n &&
        Object.keys(s)
          .map((i) => i.toLowerCase())
          .indexOf(FL) === -1
      )
        try {
          const i = e(n);
          i != null && (o.headers = { ...o.headers, [FL]: String(i) });
        } catch {}
    }
    return t({ ...r, request: o });
  };
}
var FL,
  BL,
  _r,
  HL = a(() => {
    Ie();
    FL = "content-length";
    (BL = {
      step: "build",
      tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
      name: "contentLengthMiddleware",
      override: !0,
    }),
      (_r = (e) => ({
        applyToStack: (t) => {
          t.add(GL(e.bodyLengthChecker), BL);
        },
      }));
  });
var Ao,
  lX,
  Fy = a(() => {
    (Ao = (e) => encodeURIComponent(e).replace(/[!'()*]/g, lX)),
      (lX = (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`);
  });
function Gy(e) {
  const t = [];
  for (let r of Object.keys(e).sort()) {
    const o = e[r];
    if (((r = Ao(r)), Array.isArray(o))) for (let n = 0, s = o.length; n < s; n++) t.push(`${r}=${Ao(o[n])}`);
    else {
      let n = r;
      (o || typeof o == "string") && (n += `=${Ao(o)}`), t.push(n);
    }
  }
  return t.join("&");
}
var VL = a(() => {
  Fy();
});
var Vn,
  Gu = a(() => {
    Vn = class {
      serdeContext;
      setSerdeContext(t) {
        this.serdeContext = t;
      }
    };
  });
var Bu,
  jL = a(() => {
    Bu = class {
      from;
      to;
      keys;
      constructor(t, r) {
        (this.from = t), (this.to = r);
        const o = Object.keys(this.from),
          n = new Set(o);
        n.delete("__type"), (this.keys = n);
      }
      mark(t) {
        this.keys.delete(t);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const t = this.keys.values().next().value,
            r = this.from[t];
          this.to.$unknown = [t, r];
        }
      }
    };
  });
function Hu() {
  if (ep === void 0)
    try {
      if (typeof Buffer != "function") ep = !1;
      else {
        const e = JSON.parse(Buffer.from([123, 125]));
        ep = e !== null && typeof e == "object";
      }
    } catch {
      ep = !1;
    }
  return ep;
}
var ep,
  By = a(() => {});
function Vu(e, t, r) {
  if (r?.source) {
    const o = r.source;
    if (typeof t == "number")
      return t <= Number.MAX_SAFE_INTEGER && t >= Number.MIN_SAFE_INTEGER
        ? mX(o, t)
          ? t
          : new at(o, "bigDecimal")
        : uX(o)
          ? new at(o, "bigDecimal")
          : /[eE]/.test(o)
            ? dX(o)
            : BigInt(o);
  }
  return t;
}
function uX(e) {
  const t = e.indexOf(".");
  if (t === -1) return !1;
  const r = e.search(/[eE]/);
  if (r === -1) return !0;
  const o = r - t - 1;
  return parseInt(e.slice(r + 1), 10) < o;
}
function mX(e, t) {
  if (e === String(t) || Object.is(t, -0)) return !0;
  if (/[eE]/.test(e)) return Hy(e) === Hy(String(t));
  const r = e.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""),
    o = String(t);
  return r === o ? !0 : /[eE]/.test(o) ? r === Hy(o) : !1;
}
function Hy(e) {
  let t = e.startsWith("-"),
    r = t ? e.slice(1) : e,
    o = r.search(/[eE]/),
    n;
  if (o === -1) n = r;
  else {
    let s = parseInt(r.slice(o + 1), 10),
      i = r.slice(0, o),
      c = i.indexOf("."),
      p,
      u;
    c === -1 ? ((p = i), (u = i.length)) : ((p = i.slice(0, c) + i.slice(c + 1)), (u = c)),
      (p = p.replace(/0+$/, "") || "0");
    const m = u + s;
    p === "0"
      ? (n = "0")
      : m <= 0
        ? (n = "0." + "0".repeat(-m) + p)
        : m >= p.length
          ? (n = p + "0".repeat(m - p.length))
          : (n = p.slice(0, m) + "." + p.slice(m));
  }
  return (n.includes(".") && (n = n.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")), (t ? "-" : "") + n);
}
function dX(e) {
  let t = e.search(/[eE]/),
    r = parseInt(e.slice(t + 1), 10),
    o = e.startsWith("-"),
    n = e.slice(o ? 1 : 0, t),
    s = n.indexOf("."),
    i,
    c;
  if (s === -1) (i = n), (c = r);
  else {
    i = n.slice(0, s) + n.slice(s + 1);
    const u = n.length - s - 1;
    c = r - u;
  }
  i = i.replace(/0+$/, "") || "0";
  const p = BigInt(i) * 10n ** BigInt(c + (n.replace(".", "").length - i.length));
  return o ? -p : p;
}
var Vy = a(() => {
  X();
});
function Wu(e) {
  const t = ce.of(e),
    r = t.getSchema();
  if (Array.isArray(r) && t.isStructSchema()) {
    if (jy in r) return r[jy];
    const o = ju(t, new Set());
    return ((r[jy] = o), o);
  }
  return ju(t, new Set());
}
function ju(e, t) {
  const r = e.getSchema();
  if (t.has(r)) return !1;
  if ((t.add(r), e.isBigIntegerSchema() || e.isBigDecimalSchema())) return !0;
  if (e.isStructSchema()) {
    for (const [, o] of e.structIterator()) if (ju(o, t)) return !0;
  } else if (e.isListSchema() || e.isMapSchema()) {
    if (ju(e.getValueSchema(), t)) return !0;
  } else if (e.isDocumentSchema()) return !0;
  return !1;
}
var jy,
  Wy = a(() => {
    be();
    jy = Symbol.for("@aws-sdk/reviver");
  });
var WL,
  zL = a(() => {
    Hi();
    X();
    WL = (e, t) => Ut(e, t).then((r) => (t?.utf8Encoder ?? Ne)(r));
  });
async function qy(e, t, r) {
  let o;
  if (Hu() && typeof e?.[Symbol.asyncIterator] == "function") {
    const s = await Ut(e, t);
    typeof Buffer == "function" &&
      (Buffer.isBuffer(s) ? (o = s) : (o = Buffer.from(s.buffer, s.byteOffset, s.byteLength)));
  }
  if ((o || (o = await WL(e, t)), o.length === 0)) return {};
  const n = r && Wu(r) ? Vu : void 0;
  try {
    return JSON.parse(o, n);
  } catch (s) {
    throw (
      s?.name === "SyntaxError" &&
        Object.defineProperty(s, "$responseBodyText", {
          value: typeof o == "string" ? o : o.toString("utf8"),
        }),
      s
    );
  }
}
var qL,
  zy,
  Ky,
  Jy,
  KL,
  Yy = a(() => {
    Hi();
    zL();
    By();
    Vy();
    Wy();
    (qL = (e, t) => Object.keys(e).find((r) => r.toLowerCase() === t.toLowerCase())),
      (zy = (e) => {
        let t = e;
        return (
          typeof t == "number" && (t = t.toString()),
          t.indexOf(",") >= 0 && (t = t.split(",")[0]),
          t.indexOf(":") >= 0 && (t = t.split(":")[0]),
          t.indexOf("#") >= 0 && (t = t.split("#")[1]),
          t
        );
      }),
      (Ky = (e, t) => KL(e, t, ["header", "code", "type"])),
      (Jy = (e, t, r = !1) => KL(e, t, r ? ["code", "header", "type"] : ["type", "code", "header"])),
      (KL = ({ headers: e }, t, r) => {
        for (; r.length > 0; )
          switch (r.shift()) {
            case "header": {
              const n = qL(e ?? {}, "x-amzn-errortype");
              if (n !== void 0) return zy(e[n]);
              break;
            }
            case "code": {
              const s = qL(t ?? {}, "code");
              if (s && t[s] !== void 0) return zy(t[s]);
              break;
            }
            case "type":
              if (t?.__type !== void 0) return zy(t.__type);
              break;
          }
      });
  });
var zu,
  JL = a(() => {
    Fu();
    be();
    X();
    Gu();
    jL();
    By();
    Vy();
    Wy();
    Yy();
    Ie();
    zu = class extends Vn {
      settings;
      constructor(t) {
        super(), (this.settings = t);
      }
      async read(t, r) {
        let o = Wu(t) ? Vu : void 0,
          n;
        if (typeof r == "string") {
          if (r.length === 0) return {};
          n = JSON.parse(r, o);
        } else if (r instanceof Uint8Array && Hu()) {
          if (r.byteLength === 0) return {};
          const s = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          n = JSON.parse(s, o);
        } else n = await qy(r, this.serdeContext, t);
        return this._read(t, n);
      }
      readObject(t, r) {
        return this._read(t, r);
      }
      _read(t, r) {
        const o = r !== null && typeof r == "object",
          n = ce.of(t);
        if (o) {
          if (n.isStructSchema()) return this._readStruct(n, r);
          if (Array.isArray(r) && n.isListSchema()) {
            const i = n.getValueSchema();
            if (this.needsTransform(i)) for (let c = 0; c < r.length; ++c) r[c] = this._read(i, r[c]);
            return r;
          }
          if (n.isMapSchema()) {
            const i = n.getValueSchema(),
              c = r;
            if (this.needsTransform(i))
              for (const p in c) z(c, p) && (p === "__proto__" && Sn(c), (c[p] = this._read(i, c[p])));
            return c;
          }
        }
        if (n.isBlobSchema() && typeof r == "string") return Ze(r);
        const s = n.getMergedTraits().mediaType;
        if (n.isStringSchema() && typeof r == "string" && s)
          return s === "application/json" || s.endsWith("+json") ? tr.from(r) : r;
        if (n.isTimestampSchema() && r != null)
          switch (Bs(n, this.settings)) {
            case 5:
              return a0(r);
            case 6:
              return wc(r);
            case 7:
              return c0(r);
            default:
              return (
                console.warn("Missing timestamp format, parsing value with Date constructor:", r), new Date(r)
              );
          }
        if (n.isBigIntegerSchema() && (typeof r == "number" || typeof r == "string")) return BigInt(r);
        if (n.isBigDecimalSchema() && r != null) {
          if (r instanceof at) return r;
          const i = r;
          return i.type === "bigDecimal" && "string" in i
            ? new at(i.string, i.type)
            : new at(String(r), "bigDecimal");
        }
        if (n.isNumericSchema() && typeof r == "string") {
          switch (r) {
            case "Infinity":
              return 1 / 0;
            case "-Infinity":
              return -1 / 0;
            case "NaN":
              return NaN;
          }
          return r;
        }
        if (n.isDocumentSchema() && o)
          if (Array.isArray(r))
            for (let i = 0; i < r.length; ++i) {
              const c = r[i];
              c instanceof at || (r[i] = this._read(n, c));
            }
          else {
            const i = r;
            for (const c in i) {
              if (!z(i, c)) continue;
              c === "__proto__" && Sn(i);
              const p = i[c];
              p instanceof at || (i[c] = this._read(n, p));
            }
          }
        return r;
      }
      _readStruct(t, r) {
        let o = t.isUnionSchema(),
          n = {},
          s,
          i = typeof r.__type == "string",
          { jsonName: c } = this.settings;
        c && i && (s = {});
        let p;
        o && (p = new Bu(r, n));
        for (const [u, m] of t.structIterator()) {
          let d = u;
          c && ((d = m.getMergedTraits().jsonName ?? d), i && (s[d] = u)),
            o && p.mark(d),
            r[d] != null && (n[u] = this._read(m, r[d]));
        }
        if (o) p.writeUnknown();
        else if (i)
          for (const u in r) {
            if (!z(r, u)) continue;
            const m = r[u],
              d = c ? (s[u] ?? u) : u;
            d in n || (n[d] = m);
          }
        return n;
      }
      needsTransform(t) {
        return !!(
          t.isBlobSchema() ||
          t.isTimestampSchema() ||
          t.isBigIntegerSchema() ||
          t.isBigDecimalSchema() ||
          t.isNumericSchema() ||
          t.isDocumentSchema() ||
          t.isStructSchema() ||
          t.isListSchema() ||
          t.isMapSchema() ||
          (t.isStringSchema() && t.getMergedTraits().mediaType)
        );
      }
    };
  });
var qu,
  YL,
  QL = a(() => {
    X();
    (qu = class e extends Uint8Array {
      string = null;
      static allocUnsafe(t) {
        if (typeof Buffer == "function") {
          const r = Buffer.allocUnsafe(t);
          return new e(r.buffer, r.byteOffset, r.byteLength);
        }
        return new e(t);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(t, r) {
        return typeof t == "string"
          ? this.s().includes(t, r)
          : Uint8Array.prototype.includes.call(this, t, r);
      }
      indexOf(t, r) {
        return typeof t == "string" ? this.s().indexOf(t, r) : Uint8Array.prototype.indexOf.call(this, t, r);
      }
      lastIndexOf(t, r) {
        if (typeof t == "string") return this.s().lastIndexOf(t, r);
        const o = Uint8Array.prototype.lastIndexOf;
        return r !== void 0 ? o.call(this, t, r) : o.call(this, t);
      }
      startsWith(t, r) {
        return this.s().startsWith(t, r);
      }
      endsWith(t, r) {
        return this.s().endsWith(t, r);
      }
      match(t) {
        return this.s().match(t);
      }
      replace(t, r) {
        return this.s().replace(t, r);
      }
      search(t) {
        return this.s().search(t);
      }
      split(t, r) {
        return this.s().split(t, r);
      }
      substring(t, r) {
        return this.s().substring(t, r);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(t) {
        return this.s().charAt(t);
      }
      charCodeAt(t) {
        return this.s().charCodeAt(t);
      }
      padStart(t, r) {
        return this.s().padStart(t, r);
      }
      padEnd(t, r) {
        return this.s().padEnd(t, r);
      }
      repeat(t) {
        return this.s().repeat(t);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          const t = Date.now();
          t > YL + 6e4 &&
            (console.warn(
              "@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.",
            ),
            (YL = t)),
            (this.string = Ne(this));
        }
        return this.string;
      }
    }),
      (YL = 0);
  });
function Qy(e) {
  return qu.allocUnsafe(e);
}
var Ku,
  XL,
  ZL,
  fX,
  gX,
  Qi,
  Ju,
  Yu,
  ek,
  hX,
  SX,
  _X,
  Qo,
  tk,
  Qu,
  rk = a(() => {
    Fu();
    be();
    X();
    Gu();
    Ie();
    QL();
    (Ku = new TextEncoder()),
      (XL = 123),
      (ZL = 125),
      (fX = 91),
      (gX = 93),
      (Qi = 34),
      (Ju = 58),
      (Yu = 44),
      (ek = 92),
      (hX = new Uint8Array([116, 114, 117, 101])),
      (SX = new Uint8Array([102, 97, 108, 115, 101])),
      (_X = new Uint8Array([110, 117, 108, 108])),
      (Qo = new Array(128).fill(null));
    Qo[8] = "b";
    Qo[9] = "t";
    Qo[10] = "n";
    Qo[12] = "f";
    Qo[13] = "r";
    Qo[34] = '"';
    Qo[92] = "\\";
    for (let e = 0; e < 32; e++) Qo[e] === null && (Qo[e] = "u00" + e.toString(16).padStart(2, "0"));
    tk = 2048;
    Qu = class e extends Vn {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(t) {
        super(), (this.settings = t), (this.json = Qy(tk));
      }
      write(t, r) {
        (this.i = 0),
          (this.rawValue = r),
          (this.rootSchema = ce.of(t)),
          (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
          this.passthrough || this.writeValue(this.rootSchema, r, void 0);
      }
      writeDiscriminatedDocument(t, r) {
        (this.i = 0), (this.rootSchema = ce.of(t));
        const o = this.rootSchema;
        if (o.isStructSchema() && r != null && typeof r == "object") {
          this.writeValue(o, r, void 0);
          const n = `"__type":"${o.getName(!0) ?? "Unknown"}",`,
            s = n.length;
          this.ensure(s),
            this.json.copyWithin(1 + s, 1, this.i),
            Ku.encodeInto(n, this.json.subarray(1)),
            (this.i += s);
        } else this.writeValue(o, r, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        const t = this.i;
        this.i = 0;
        const r = this.rawValue;
        if (((this.rawValue = void 0), t === 0)) return r;
        const o = this.json.subarray(0, t);
        return ((this.json = Qy(tk)), o);
      }
      ensure(t) {
        const { i: r, json: o } = this;
        if (r + t > o.length) {
          let n = o.length * 2;
          for (; n < r + t; ) n *= 2;
          const s = Qy(n);
          s.set(this.json), (this.json = s);
        }
      }
      writeAscii(t) {
        const r = t.length;
        this.ensure(r);
        let { i: o, json: n } = this;
        for (let s = 0; s < r; ++s) (n[o] = t.charCodeAt(s)), (o += 1);
        this.i = o;
      }
      writeAsciiQuoted(t) {
        const r = t.length;
        this.ensure(r + 4);
        let { json: o, i: n } = this;
        o[n++] = Qi;
        for (let s = 0; s < r; ++s) o[n++] = t.charCodeAt(s);
        (o[n++] = Qi), (this.i = n);
      }
      writeJsonString(t) {
        const r = t.length;
        this.ensure(r * 3 + 2), (this.json[this.i++] = Qi);
        for (let o = 0; o < r; ++o) {
          const n = t.charCodeAt(o);
          if (n > 34 && n < 92) this.json[this.i++] = n;
          else if (n < 128) {
            const s = Qo[n];
            if (s !== null) {
              this.ensure(s.length + 1 + (r - o - 1) * 3 + 1), (this.json[this.i++] = ek);
              for (let i = 0; i < s.length; i++) this.json[this.i++] = s.charCodeAt(i);
            } else this.json[this.i++] = n;
          } else if (n >= 55296 && n <= 56319) {
            const s = o + 1 < r ? t.charCodeAt(o + 1) : 0;
            if (s >= 56320 && s <= 57343) {
              this.ensure(4);
              const { written: i } = Ku.encodeInto(t.substring(o, o + 2), this.json.subarray(this.i));
              (this.i += i), ++o;
            } else this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(n);
          } else if (n >= 56320 && n <= 57343)
            this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(n);
          else {
            let { i: s, json: i } = this;
            n < 2048
              ? ((i[s++] = 192 | (n >> 6)), (i[s++] = 128 | (n & 63)))
              : ((i[s++] = 224 | (n >> 12)), (i[s++] = 128 | ((n >> 6) & 63)), (i[s++] = 128 | (n & 63))),
              (this.i = s);
          }
        }
        this.json[this.i++] = Qi;
      }
      writeUnicodeEscape(t) {
        let { json: r, i: o } = this;
        (r[o++] = ek), (r[o++] = 117);
        const n = t.toString(16).padStart(4, "0");
        for (let s = 0; s < 4; ++s) r[o++] = n.charCodeAt(s);
        this.i = o;
      }
      static B64 = (() => {
        const t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
          r = new Uint8Array(64);
        for (let o = 0; o < 64; ++o) r[o] = t.charCodeAt(o);
        return r;
      })();
      writeBase64(t) {
        const r = Math.ceil(t.length / 3) * 4;
        this.ensure(r + 2);
        let o = this.json,
          n = e.B64,
          s = this.i;
        o[s++] = Qi;
        const i = t.length,
          c = i % 3,
          p = i - c;
        for (let u = 0; u < p; u += 3) {
          const m = t[u],
            d = t[u + 1],
            f = t[u + 2];
          (o[s++] = n[m >> 2]),
            (o[s++] = n[((m & 3) << 4) | (d >> 4)]),
            (o[s++] = n[((d & 15) << 2) | (f >> 6)]),
            (o[s++] = n[f & 63]);
        }
        if (c === 2) {
          const u = t[p],
            m = t[p + 1];
          (o[s++] = n[u >> 2]),
            (o[s++] = n[((u & 3) << 4) | (m >> 4)]),
            (o[s++] = n[(m & 15) << 2]),
            (o[s++] = 61);
        } else if (c === 1) {
          const u = t[p];
          (o[s++] = n[u >> 2]), (o[s++] = n[(u & 3) << 4]), (o[s++] = 61), (o[s++] = 61);
        }
        (o[s++] = Qi), (this.i = s);
      }
      writeValue(t, r, o) {
        if (r == null) {
          if (o?.isStructSchema()) {
            if (r === void 0 && ce.of(t).isIdempotencyToken()) {
              this.writeAsciiQuoted(Bi());
              return;
            }
            return;
          }
          this.ensure(4), this.json.set(_X, this.i), (this.i += 4);
          return;
        }
        const n = ce.of(t),
          s = typeof r == "object";
        if (n.isStringSchema()) {
          const i = n.getMergedTraits().mediaType;
          if (i && (i === "application/json" || i.endsWith("+json"))) {
            this.writeJsonString(tr.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (n.isBigIntegerSchema() || n.isBigDecimalSchema())
        ) {
          const i = r instanceof at ? r.string : String(r);
          this.writeAsciiQuoted(i);
          return;
        }
        if (s) {
          if (n.isStructSchema()) {
            this.writeStruct(n, r);
            return;
          }
          if (Array.isArray(r) && (n.isListSchema() || n.isDocumentSchema())) {
            this.writeList(n, r, n.isDocumentSchema());
            return;
          }
          if (n.isMapSchema()) {
            this.writeMap(n, r, !1);
            return;
          }
          if (r instanceof Uint8Array && (n.isBlobSchema() || n.isDocumentSchema())) {
            this.writeBase64(r);
            return;
          }
          if (r instanceof Date && (n.isTimestampSchema() || n.isDocumentSchema())) {
            this.writeTimestamp(n, r);
            return;
          }
          if (r instanceof at) {
            this.writeAscii(r.string);
            return;
          }
          if (n.isDocumentSchema()) {
            Array.isArray(r) ? this.writeList(n, r, !0) : this.writeMap(n, r, !0);
            return;
          }
          const i = JSON.stringify(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == "string") {
          if (n.isBlobSchema()) {
            const i = (this.serdeContext?.base64Encoder ?? He)(r);
            this.writeAsciiQuoted(i);
            return;
          }
          this.writeJsonString(r);
          return;
        }
        if (typeof r == "number") {
          if (Math.abs(r) === 1 / 0 || Number.isNaN(r)) {
            this.writeAsciiQuoted(String(r));
            return;
          }
          const i = String(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == "boolean") {
          this.ensure(5);
          let { i, json: c } = this;
          r ? (c.set(hX, i), (i += 4)) : (c.set(SX, i), (i += 5)), (this.i = i);
          return;
        }
        if (typeof r == "bigint") {
          this.writeAscii(r.toString());
          return;
        }
        this.writeAscii(String(r));
      }
      writeStruct(t, r) {
        this.ensure(2), (this.json[this.i++] = XL);
        let o = !1,
          n = typeof r.__type == "string",
          s;
        n && (s = new Set());
        for (const [i, c] of t.structIterator()) {
          const p = r[i];
          if (p == null && !c.isIdempotencyToken()) continue;
          o && (this.ensure(1), (this.json[this.i++] = Yu)), (o = !0);
          const u = this.settings.jsonName ? (c.getMergedTraits().jsonName ?? i) : i;
          s && (s.add(i), s.add(u)),
            this.writeAsciiQuoted(u),
            (this.json[this.i++] = Ju),
            this.writeValue(c, p, t);
        }
        if (!o && t.isUnionSchema()) {
          const { $unknown: i } = r;
          if (Array.isArray(i)) {
            const [c, p] = i;
            this.writeAsciiQuoted(c), this.ensure(1), (this.json[this.i++] = Ju), this.writeValue(15, p, t);
          }
        } else if (n)
          for (const i in r) {
            if (s.has(i)) continue;
            s.add(i);
            const c = r[i];
            o && (this.ensure(1), (this.json[this.i++] = Yu)),
              (o = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = Ju),
              this.writeValue(15, c, void 0);
          }
        this.ensure(1), (this.json[this.i++] = ZL);
      }
      writeList(t, r, o) {
        const n = !!t.getMergedTraits().sparse,
          s = t.getValueSchema();
        if (!o && (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())) {
          let c = !1;
          for (let u = 0; u < r.length; ++u) {
            const m = r[u];
            if (Number.isNaN(m) || m === 1 / 0 || m === -1 / 0 || (m == null && !n)) {
              c = !0;
              break;
            }
          }
          let p;
          if (!c) p = JSON.stringify(r);
          else {
            const u = [];
            for (let m = 0; m < r.length; ++m) {
              const d = r[m];
              (d == null && !n) ||
                (Number.isNaN(d) || d === 1 / 0 || d === -1 / 0 ? u.push(String(d)) : u.push(d));
            }
            p = JSON.stringify(u);
          }
          this.ensure(p.length * 3), (this.i += Ku.encodeInto(p, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = fX);
        let i = !1;
        for (let c = 0; c < r.length; ++c) {
          const p = r[c];
          (o ? p === void 0 : p == null && !n) ||
            (i && (this.ensure(1), (this.json[this.i++] = Yu)), this.writeValue(s, p, void 0), (i = !0));
        }
        this.ensure(1), (this.json[this.i++] = gX);
      }
      writeMap(t, r, o) {
        const n = !!t.getMergedTraits().sparse,
          s = t.getValueSchema();
        if (!o && (s.isStringSchema() || s.isNumericSchema() || s.isBooleanSchema())) {
          let c;
          for (const u in r) {
            if (!z(r, u)) continue;
            const m = r[u];
            Number.isNaN(m) || m === 1 / 0 || m === -1 / 0
              ? (((c ??= {})[u] = m), (r[u] = String(m)))
              : m === null && !n && (((c ??= {})[u] = null), (r[u] = void 0));
          }
          const p = JSON.stringify(r);
          c && Object.assign(r, c),
            this.ensure(p.length * 3),
            (this.i += Ku.encodeInto(p, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = XL);
        let i = !0;
        for (const c in r) {
          if (!z(r, c)) continue;
          const p = r[c];
          (o ? p === void 0 : p == null && !n) ||
            (i || (this.ensure(1), (this.json[this.i++] = Yu)),
            (i = !1),
            this.writeJsonString(c),
            this.ensure(1),
            (this.json[this.i++] = Ju),
            this.writeValue(s, p, void 0));
        }
        this.ensure(1), (this.json[this.i++] = ZL);
      }
      writeTimestamp(t, r) {
        switch (Bs(t, this.settings)) {
          case 5: {
            const n = r.toISOString().replace(".000Z", "Z");
            this.writeAsciiQuoted(n);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(bs(r));
            return;
          }
          case 7: {
            const n = String(r.getTime() / 1e3);
            this.writeAscii(n);
            return;
          }
          default: {
            const n = String(r.getTime() / 1e3);
            this.writeAscii(n);
            return;
          }
        }
      }
    };
  });
var Hs,
  ok = a(() => {
    Gu();
    JL();
    rk();
    Hs = class extends Vn {
      settings;
      constructor(t) {
        super(), (this.settings = t);
      }
      createSerializer() {
        const t = new Qu(this.settings);
        return (t.setSerdeContext(this.serdeContext), t);
      }
      createDeserializer() {
        const t = new zu(this.settings);
        return (t.setSerdeContext(this.serdeContext), t);
      }
    };
  });
var ie = a(() => {
  Hi();
  Ay();
  NL();
  $L();
  Uy();
  ML();
  kL();
  Fu();
  Ie();
  Ie();
  UL();
  HL();
  Fy();
  VL();
  Ie();
  Yy();
  ok();
});
var nk,
  sk,
  xr,
  ik = a(() => {
    ie();
    (nk = (e) => (t) => async (r) => {
      if (!me.isInstance(r.request)) return t(r);
      const { request: o } = r,
        { handlerProtocol: n = "" } = e.requestHandler.metadata || {};
      if (n.indexOf("h2") >= 0 && !o.headers[":authority"])
        delete o.headers.host, (o.headers[":authority"] = o.hostname + (o.port ? ":" + o.port : ""));
      else if (!o.headers.host) {
        let s = o.hostname;
        o.port != null && (s += `:${o.port}`), (o.headers.host = s);
      }
      return t(r);
    }),
      (sk = { name: "hostHeaderMiddleware", step: "build", priority: "low", tags: ["HOST"], override: !0 }),
      (xr = (e) => ({
        applyToStack: (t) => {
          t.add(nk(e), sk);
        },
      }));
  });
var ak,
  ck,
  Er,
  pk = a(() => {
    (ak = () => (e, t) => async (r) => {
      try {
        const o = await e(r),
          { clientName: n, commandName: s, logger: i, dynamoDbDocumentClientOptions: c = {} } = t,
          { overrideInputFilterSensitiveLog: p, overrideOutputFilterSensitiveLog: u } = c,
          m = p ?? t.inputFilterSensitiveLog,
          d = u ?? t.outputFilterSensitiveLog,
          { $metadata: f, ...S } = o.output;
        return (
          i?.info?.({ clientName: n, commandName: s, input: m(r.input), output: d(S), metadata: f }), o
        );
      } catch (o) {
        const { clientName: n, commandName: s, logger: i, dynamoDbDocumentClientOptions: c = {} } = t,
          { overrideInputFilterSensitiveLog: p } = c,
          u = p ?? t.inputFilterSensitiveLog;
        throw (
          i?.error?.({ clientName: n, commandName: s, input: u(r.input), error: o, metadata: o.$metadata }), o
        );
      }
    }),
      (ck = { name: "loggerMiddleware", tags: ["LOGGER"], step: "initialize", override: !0 }),
      (Er = (e) => ({
        applyToStack: (t) => {
          t.add(ak(), ck);
        },
      }));
  });
var lk,
  uk = a(() => {
    lk = {
      step: "build",
      tags: ["RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION"],
      name: "recursionDetectionMiddleware",
      override: !0,
      priority: "low",
    };
  });
var jn,
  Xy,
  Xu,
  Zy,
  eC,
  tp,
  mk = a(() => {
    (jn = {
      REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
      X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
      TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
      TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
      TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
      BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE"),
    }),
      (Xy = ["true", "1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? ""));
    Xy || (globalThis.awslambda = globalThis.awslambda || {});
    (Xu = class {
      static PROTECTED_KEYS = jn;
      isProtectedKey(t) {
        return Object.values(jn).includes(t);
      }
      getRequestId() {
        return this.get(jn.REQUEST_ID) ?? "-";
      }
      getXRayTraceId() {
        return this.get(jn.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(jn.TENANT_ID);
      }
      getTraceparent() {
        return this.get(jn.TRACEPARENT);
      }
      getTracestate() {
        return this.get(jn.TRACESTATE);
      }
      getBaggage() {
        return this.get(jn.BAGGAGE);
      }
    }),
      (Zy = class extends Xu {
        currentContext;
        getContext() {
          return this.currentContext;
        }
        hasContext() {
          return this.currentContext !== void 0;
        }
        get(t) {
          return this.currentContext?.[t];
        }
        set(t, r) {
          if (this.isProtectedKey(t))
            throw new Error(`Cannot modify protected Lambda context field: ${String(t)}`);
          (this.currentContext = this.currentContext || {}), (this.currentContext[t] = r);
        }
        run(t, r) {
          return ((this.currentContext = t), r());
        }
      }),
      (eC = class e extends Xu {
        als;
        static async create() {
          const t = new e(),
            r = await import("node:async_hooks");
          return ((t.als = new r.AsyncLocalStorage()), t);
        }
        getContext() {
          return this.als.getStore();
        }
        hasContext() {
          return this.als.getStore() !== void 0;
        }
        get(t) {
          return this.als.getStore()?.[t];
        }
        set(t, r) {
          if (this.isProtectedKey(t))
            throw new Error(`Cannot modify protected Lambda context field: ${String(t)}`);
          const o = this.als.getStore();
          if (!o) throw new Error("No context available");
          o[t] = r;
        }
        run(t, r) {
          return this.als.run(t, r);
        }
      });
    ((e) => {
      let t = null;
      async function r(o) {
        return (
          t ||
            (t = (async () => {
              const s =
                o === !0 || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env ? await eC.create() : new Zy();
              return !Xy && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!Xy && globalThis.awslambda && (globalThis.awslambda.InvokeStore = s), s);
            })()),
          t
        );
      }
      (e.getInstanceAsync = r),
        (e._testing =
          process.env.AWS_LAMBDA_BENCHMARK_MODE === "1"
            ? {
                reset: () => {
                  (t = null),
                    globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore,
                    (globalThis.awslambda = { InvokeStore: void 0 });
                },
              }
            : void 0);
    })(tp || (tp = {}));
  });
function yX(e) {
  for (const t of Object.keys(e)) {
    const r = t.toLowerCase();
    t !== r && (r === rC || r === dk || r === fk) && ((e[r] = e[t]), delete e[t]);
  }
}
var xX,
  EX,
  tC,
  rC,
  dk,
  fk,
  gk,
  hk = a(() => {
    mk();
    ie();
    (xX = "AWS_LAMBDA_FUNCTION_NAME"),
      (EX = "_X_AMZN_TRACE_ID"),
      (tC = "X-Amzn-Trace-Id"),
      (rC = "traceparent"),
      (dk = "tracestate"),
      (fk = "baggage"),
      (gk = () => (e) => async (t) => {
        const { request: r } = t;
        if (!me.isInstance(r)) return e(t);
        let o;
        {
          const n = Object.keys(r.headers ?? {}).find((s) => s.toLowerCase() === tC.toLowerCase()) ?? tC;
          if (!Object.hasOwn(r.headers, n)) {
            const s = process.env[xX],
              i = process.env[EX];
            o ??= await tp.getInstanceAsync();
            const p = o?.getXRayTraceId() ?? i,
              u = (m) => typeof m == "string" && m.length > 0;
            u(s) && u(p) && (r.headers[tC] = p);
          }
        }
        if ((yX(r.headers), !r.headers[rC])) {
          const s = (o ??= await tp.getInstanceAsync())?.getTraceparent?.();
          if (s) {
            r.headers[rC] = s;
            const i = o?.getTracestate?.();
            i && (r.headers[dk] = i);
            const c = o?.getBaggage?.();
            c && (r.headers[fk] = c);
          }
        }
        return e(t);
      });
  });
var yr,
  Sk = a(() => {
    uk();
    hk();
    yr = (e) => ({
      applyToStack: (t) => {
        t.add(gk(), lk);
      },
    });
  });
var _k,
  xk = a(() => {
    _k = (e, t) => {
      if (!t || t.length === 0) return e;
      const r = [];
      for (const o of t) for (const n of e) n.schemeId.split("#")[1] === o && r.push(n);
      for (const o of e) r.find(({ schemeId: n }) => n === o.schemeId) || r.push(o);
      return r;
    };
  });
function CX(e) {
  const t = new Map();
  for (const r of e) t.set(r.schemeId, r);
  return t;
}
var oC,
  Ek = a(() => {
    Ie();
    xk();
    oC = (e, t) => (r, o) => async (n) => {
      const s = e.httpAuthSchemeProvider(await t.httpAuthSchemeParametersProvider(e, o, n.input)),
        i = e.authSchemePreference ? await e.authSchemePreference() : [],
        c = _k(s, i),
        p = CX(e.httpAuthSchemes),
        u = Me(o),
        m = [];
      for (const d of c) {
        const f = p.get(d.schemeId);
        if (!f) {
          m.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);
          continue;
        }
        const S = f.identityProvider(await t.identityProviderConfigProvider(e));
        if (!S) {
          m.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        const { identityProperties: _ = {}, signingProperties: C = {} } = d.propertiesExtractor?.(e, o) || {};
        (d.identityProperties = Object.assign(d.identityProperties || {}, _)),
          (d.signingProperties = Object.assign(d.signingProperties || {}, C)),
          (u.selectedHttpAuthScheme = {
            httpAuthOption: d,
            identity: await S(d.identityProperties),
            signer: f.signer,
          });
        break;
      }
      if (!u.selectedHttpAuthScheme)
        throw new Error(
          m.join(`
`),
        );
      return r(n);
    };
  });
var nC,
  Gt,
  yk = a(() => {
    Ek();
    (nC = {
      step: "serialize",
      tags: ["HTTP_AUTH_SCHEME"],
      name: "httpAuthSchemeMiddleware",
      override: !0,
      relation: "before",
      toMiddleware: "endpointV2Middleware",
    }),
      (Gt = (e, { httpAuthSchemeParametersProvider: t, identityProviderConfigProvider: r }) => ({
        applyToStack: (o) => {
          o.addRelativeTo(
            oC(e, { httpAuthSchemeParametersProvider: t, identityProviderConfigProvider: r }),
            nC,
          );
        },
      }));
  });
var Ck = a(() => {
  yk();
});
var RX,
  AX,
  sC,
  Rk = a(() => {
    ie();
    Ie();
    (RX = (e) => (t) => {
      throw t;
    }),
      (AX = (e, t) => {}),
      (sC = (e) => (t, r) => async (o) => {
        if (!me.isInstance(o.request)) return t(o);
        const s = Me(r).selectedHttpAuthScheme;
        if (!s) throw new Error("No HttpAuthScheme was selected: unable to sign request");
        const {
            httpAuthOption: { signingProperties: i = {} },
            identity: c,
            signer: p,
          } = s,
          u = await t({ ...o, request: await p.sign(o.request, c, i) }).catch((p.errorHandler || RX)(i));
        return ((p.successHandler || AX)(u.response, i), u);
      });
  });
var iC,
  Bt,
  Ak = a(() => {
    Rk();
    (iC = {
      step: "finalizeRequest",
      tags: ["HTTP_SIGNING"],
      name: "httpSigningMiddleware",
      aliases: ["apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware"],
      override: !0,
      relation: "after",
      toMiddleware: "retryMiddleware",
    }),
      (Bt = (e) => ({
        applyToStack: (t) => {
          t.addRelativeTo(sC(e), iC);
        },
      }));
  });
var Tk = a(() => {
  Ak();
});
var To,
  vk = a(() => {
    To = (e) => {
      if (typeof e == "function") return e;
      const t = Promise.resolve(e);
      return () => t;
    };
  });
function B(e, t, r, o, n) {
  return async function* (i, c, ...p) {
    let u = c,
      m = i.startingToken ?? u[r],
      d = !0,
      f;
    for (; d; ) {
      if (((u[r] = m), n && (u[n] = u[n] ?? i.pageSize), i.client instanceof e))
        f = await TX(t, i.client, c, i.withCommand, ...p);
      else throw new Error(`Invalid client, expected instance of ${e.name}`);
      yield f;
      const S = m;
      (m = vX(f, o)), (d = !!(m && (!i.stopOnSameToken || m !== S)));
    }
    return void 0;
  };
}
var TX,
  vX,
  Dk = a(() => {
    TX = async (e, t, r, o = (s) => s, ...n) => {
      let s = new e(r);
      return ((s = o(s) ?? s), await t.send(s, ...n));
    };
    vX = (e, t) => {
      let r = e,
        o = t.split(".");
      for (const n of o) {
        if (!r || typeof r != "object") return;
        r = r[n];
      }
      return r;
    };
  });
function aC(e, t, r) {
  e.__smithy_context
    ? e.__smithy_context.features || (e.__smithy_context.features = {})
    : (e.__smithy_context = { features: {} }),
    (e.__smithy_context.features[t] = r);
}
var wk = a(() => {});
var ft,
  Ik = a(() => {
    Ie();
    ft = class {
      authSchemes = new Map();
      constructor(t) {
        for (const r in t) {
          if (!z(t, r)) continue;
          const o = t[r];
          o !== void 0 && this.authSchemes.set(r, o);
        }
      }
      getIdentityProvider(t) {
        return this.authSchemes.get(t);
      }
    };
  });
var Cr,
  bk = a(() => {
    Cr = class {
      async sign(t, r, o) {
        return t;
      }
    };
  });
var Pk = a(() => {
  bk();
});
var cC,
  Zu,
  rp,
  em,
  Ok = a(() => {
    (cC = (e) => (r) => rp(r) && r.expiration.getTime() - Date.now() < e),
      (Zu = cC(3e5)),
      (rp = (e) => e.expiration !== void 0),
      (em = (e, t, r) => {
        if (e === void 0) return;
        let o = typeof e != "function" ? async () => Promise.resolve(e) : e,
          n,
          s,
          i,
          c = !1,
          p = async (u) => {
            s || (s = o(u));
            try {
              (n = await s), (i = !0), (c = !1);
            } finally {
              s = void 0;
            }
            return n;
          };
        return t === void 0
          ? async (u) => ((!i || u?.forceRefresh) && (n = await p(u)), n)
          : async (u) => (
              (!i || u?.forceRefresh) && (n = await p(u)),
              c ? n : r(n) ? (t(n) && (await p(u)), n) : ((c = !0), n)
            );
      });
  });
var Nk = a(() => {
  Ik();
  Pk();
  Ok();
});
var se = a(() => {
  Ck();
  Tk();
  vk();
  Dk();
  wk();
  Nk();
});
function bX(e) {
  return e === void 0 ? !0 : typeof e == "string" && e.length <= 50;
}
function Rr(e) {
  const t = To(e.userAgentAppId ?? tm),
    { customUserAgent: r } = e;
  return Object.assign(e, {
    customUserAgent: typeof r == "string" ? [[r]] : r,
    userAgentAppId: async () => {
      const o = await t();
      if (!bX(o)) {
        const n = e.logger?.constructor?.name === "NoOpLogger" || !e.logger ? console : e.logger;
        typeof o != "string"
          ? n?.warn("userAgentAppId must be a string or undefined.")
          : o.length > 50 &&
            n?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
      }
      return o;
    },
  });
}
var tm,
  pC = a(() => {
    se();
    tm = void 0;
  });
var $k,
  Mk = a(() => {
    $k = {
      partitions: [
        {
          id: "aws",
          outputs: {
            dnsSuffix: "amazonaws.com",
            dualStackDnsSuffix: "api.aws",
            implicitGlobalRegion: "us-east-1",
            name: "aws",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
          regions: {
            "af-south-1": { description: "Africa (Cape Town)" },
            "ap-east-1": { description: "Asia Pacific (Hong Kong)" },
            "ap-east-2": { description: "Asia Pacific (Taipei)" },
            "ap-northeast-1": { description: "Asia Pacific (Tokyo)" },
            "ap-northeast-2": { description: "Asia Pacific (Seoul)" },
            "ap-northeast-3": { description: "Asia Pacific (Osaka)" },
            "ap-south-1": { description: "Asia Pacific (Mumbai)" },
            "ap-south-2": { description: "Asia Pacific (Hyderabad)" },
            "ap-southeast-1": { description: "Asia Pacific (Singapore)" },
            "ap-southeast-2": { description: "Asia Pacific (Sydney)" },
            "ap-southeast-3": { description: "Asia Pacific (Jakarta)" },
            "ap-southeast-4": { description: "Asia Pacific (Melbourne)" },
            "ap-southeast-5": { description: "Asia Pacific (Malaysia)" },
            "ap-southeast-6": { description: "Asia Pacific (New Zealand)" },
            "ap-southeast-7": { description: "Asia Pacific (Thailand)" },
            "aws-global": { description: "aws global region" },
            "ca-central-1": { description: "Canada (Central)" },
            "ca-west-1": { description: "Canada West (Calgary)" },
            "eu-central-1": { description: "Europe (Frankfurt)" },
            "eu-central-2": { description: "Europe (Zurich)" },
            "eu-north-1": { description: "Europe (Stockholm)" },
            "eu-south-1": { description: "Europe (Milan)" },
            "eu-south-2": { description: "Europe (Spain)" },
            "eu-west-1": { description: "Europe (Ireland)" },
            "eu-west-2": { description: "Europe (London)" },
            "eu-west-3": { description: "Europe (Paris)" },
            "il-central-1": { description: "Israel (Tel Aviv)" },
            "me-central-1": { description: "Middle East (UAE)" },
            "me-south-1": { description: "Middle East (Bahrain)" },
            "me-west-1": { description: "Middle East (Saudi Arabia)" },
            "mx-central-1": { description: "Mexico (Central)" },
            "sa-east-1": { description: "South America (Sao Paulo)" },
            "sa-west-1": { description: "South America (Chile)" },
            "us-east-1": { description: "US East (N. Virginia)" },
            "us-east-2": { description: "US East (Ohio)" },
            "us-west-1": { description: "US West (N. California)" },
            "us-west-2": { description: "US West (Oregon)" },
          },
        },
        {
          id: "aws-cn",
          outputs: {
            dnsSuffix: "amazonaws.com.cn",
            dualStackDnsSuffix: "api.amazonwebservices.com.cn",
            implicitGlobalRegion: "cn-northwest-1",
            name: "aws-cn",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^cn\\-\\w+\\-\\d+$",
          regions: {
            "aws-cn-global": { description: "aws-cn global region" },
            "cn-north-1": { description: "China (Beijing)" },
            "cn-northwest-1": { description: "China (Ningxia)" },
          },
        },
        {
          id: "aws-eusc",
          outputs: {
            dnsSuffix: "amazonaws.eu",
            dualStackDnsSuffix: "api.amazonwebservices.eu",
            implicitGlobalRegion: "eusc-de-east-1",
            name: "aws-eusc",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
          regions: { "eusc-de-east-1": { description: "AWS European Sovereign Cloud (Germany)" } },
        },
        {
          id: "aws-iso",
          outputs: {
            dnsSuffix: "c2s.ic.gov",
            dualStackDnsSuffix: "api.aws.ic.gov",
            implicitGlobalRegion: "us-iso-east-1",
            name: "aws-iso",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-global": { description: "aws-iso global region" },
            "us-iso-east-1": { description: "US ISO East" },
            "us-iso-west-1": { description: "US ISO WEST" },
          },
        },
        {
          id: "aws-iso-b",
          outputs: {
            dnsSuffix: "sc2s.sgov.gov",
            dualStackDnsSuffix: "api.aws.scloud",
            implicitGlobalRegion: "us-isob-east-1",
            name: "aws-iso-b",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-b-global": { description: "aws-iso-b global region" },
            "us-isob-east-1": { description: "US ISOB East (Ohio)" },
            "us-isob-west-1": { description: "US ISOB West" },
          },
        },
        {
          id: "aws-iso-e",
          outputs: {
            dnsSuffix: "cloud.adc-e.uk",
            dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
            implicitGlobalRegion: "eu-isoe-west-1",
            name: "aws-iso-e",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-e-global": { description: "aws-iso-e global region" },
            "eu-isoe-west-1": { description: "EU ISOE West" },
          },
        },
        {
          id: "aws-iso-f",
          outputs: {
            dnsSuffix: "csp.hci.ic.gov",
            dualStackDnsSuffix: "api.aws.hci.ic.gov",
            implicitGlobalRegion: "us-isof-south-1",
            name: "aws-iso-f",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
          regions: {
            "aws-iso-f-global": { description: "aws-iso-f global region" },
            "us-isof-east-1": { description: "US ISOF EAST" },
            "us-isof-south-1": { description: "US ISOF SOUTH" },
          },
        },
        {
          id: "aws-us-gov",
          outputs: {
            dnsSuffix: "amazonaws.com",
            dualStackDnsSuffix: "api.aws",
            implicitGlobalRegion: "us-gov-west-1",
            name: "aws-us-gov",
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
          regions: {
            "aws-us-gov-global": { description: "aws-us-gov global region" },
            "us-gov-east-1": { description: "AWS GovCloud (US-East)" },
            "us-gov-west-1": { description: "AWS GovCloud (US-West)" },
          },
        },
      ],
      version: "1.1",
    };
  });
var PX,
  OX,
  Lk,
  kk,
  lC = a(() => {
    Mk();
    (PX = $k),
      (OX = ""),
      (Lk = (e) => {
        const { partitions: t } = PX;
        for (const o of t) {
          const { regions: n, outputs: s } = o;
          for (const [i, c] of Object.entries(n)) if (i === e) return { ...s, ...c };
        }
        for (const o of t) {
          const { regionRegex: n, outputs: s } = o;
          if (new RegExp(n).test(e)) return { ...s };
        }
        const r = t.find((o) => o.id === "aws");
        if (!r)
          throw new Error(
            "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
          );
        return { ...r.outputs };
      }),
      (kk = () => OX);
  });
import { Readable as NX } from "node:stream";
var uC,
  Uk = a(() => {
    uC = (e) => e?.body instanceof NX || (typeof ReadableStream < "u" && e?.body instanceof ReadableStream);
  });
var Fk,
  Gk,
  Bk,
  Hk,
  Vk,
  jk = a(() => {
    (Fk = [
      "BandwidthLimitExceeded",
      "EC2ThrottledException",
      "LimitExceededException",
      "PriorRequestNotComplete",
      "ProvisionedThroughputExceededException",
      "RequestLimitExceeded",
      "RequestThrottled",
      "RequestThrottledException",
      "SlowDown",
      "ThrottledException",
      "Throttling",
      "ThrottlingException",
      "TooManyRequestsException",
      "TransactionInProgressException",
    ]),
      (Gk = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]),
      (Bk = [500, 502, 503, 504]),
      (Hk = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]),
      (Vk = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
  });
function kX(e) {
  return e.code === "ERR_HTTP2_STREAM_ERROR" && e.message.includes("NGHTTP2_REFUSED_STREAM");
}
var $X,
  MX,
  LX,
  rm,
  om,
  Wk,
  mC = a(() => {
    jk();
    ($X = (e) => e?.$retryable !== void 0),
      (MX = (e) => e.$metadata?.clockSkewCorrected),
      (LX = (e) => {
        const t = new Set([
          "Failed to fetch",
          "NetworkError when attempting to fetch resource",
          "The Internet connection appears to be offline",
          "Load failed",
          "Network request failed",
        ]);
        return e && e instanceof TypeError ? t.has(e.message) : !1;
      }),
      (rm = (e) =>
        e.$metadata?.httpStatusCode === 429 || Fk.includes(e.name) || e.$retryable?.throttling == !0),
      (om = (e, t = 0) =>
        e?.name !== "AbortError" &&
        ($X(e) ||
          MX(e) ||
          (e.name === "InvalidSignatureException" && e.message?.includes("Signature expired")) ||
          Gk.includes(e.name) ||
          Hk.includes(e?.code || "") ||
          Vk.includes(e?.code || "") ||
          Bk.includes(e.$metadata?.httpStatusCode || 0) ||
          LX(e) ||
          kX(e) ||
          (e.cause !== void 0 && t <= 10 && om(e.cause, t + 1)))),
      (Wk = (e) => {
        if (e.$metadata?.httpStatusCode !== void 0) {
          const t = e.$metadata.httpStatusCode;
          return 500 <= t && t <= 599 && !om(e);
        }
        return !1;
      });
  });
var nm,
  UX,
  zk,
  qk = a(() => {
    (nm = (e, t) => {
      if (!t) return e;
      let r = () => {},
        o = new Promise((n, s) => {
          const i = () => s(UX());
          t.aborted
            ? i()
            : typeof t.addEventListener == "function"
              ? (t.addEventListener("abort", i, { once: !0 }), (r = () => t.removeEventListener("abort", i)))
              : (t.onabort = i);
        });
      return Promise.race([e, o]).finally(r);
    }),
      (UX = () => Object.assign(new Error("Request aborted"), { name: "AbortError" })),
      (zk = (e) => typeof e == "object" && e !== null && "name" in e && e.name === "AbortError");
  });
var Kk,
  Jk,
  Yk = a(() => {
    (Kk = "amz-sdk-invocation-id"), (Jk = "amz-sdk-request");
  });
function Qk(e, t) {
  if (er.isInstance(e))
    for (const r in e.headers) {
      if (!z(e.headers, r)) continue;
      const o = r.toLowerCase();
      if (o === "retry-after") {
        let n = e.headers[r],
          s = NaN;
        if (n.endsWith("GMT"))
          try {
            s = (wc(n).getTime() - Date.now()) / 1e3;
          } catch (i) {
            t?.trace?.("Failed to parse retry-after header"), t?.trace?.(i);
          }
        else
          n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (s = Number(n.match(/ GMT, ([\d.]+)$/)?.[1]))
            : n.match(/^((\d+)|(\d+\.\d+))$/)
              ? (s = Number(n))
              : Date.parse(n) >= Date.now() && (s = (Date.parse(n) - Date.now()) / 1e3);
        return isNaN(s) ? void 0 : new Date(Date.now() + s * 1e3);
      } else if (o === "x-amz-retry-after") {
        const n = e.headers[r],
          s = Number(n);
        if (isNaN(s)) {
          t?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
          return;
        }
        return new Date(Date.now() + s);
      }
    }
}
var Xk = a(() => {
  Ie();
  ie();
  X();
});
var Zk,
  e1 = a(() => {
    Zk = (e) =>
      e instanceof Error
        ? e
        : e instanceof Object
          ? Object.assign(new Error(), e)
          : typeof e == "string"
            ? new Error(e)
            : new Error(`AWS SDK error wrapper for ${e}`);
  });
function dC(e) {
  return (t) => (r, o) => async (n) => {
    let s = await t.retryStrategy(),
      i = await t.maxAttempts(),
      c = o[Co]?.abortSignal;
    if (FX(s)) {
      s = s;
      let p = (o.partition_id ?? "") + (o.__retryLongPoll ? ":longpoll" : ""),
        u = await nm(s.acquireInitialRetryToken(p), c),
        m = new Error(),
        d = 0,
        f = 0,
        { request: S } = n,
        _ = me.isInstance(S);
      for (_ && (S.headers[Kk] = Ry()); ; )
        try {
          _ && (S.headers[Jk] = `attempt=${d + 1}; max=${i}`);
          const { response: C, output: R } = await r(n);
          return (
            s.recordSuccess(u),
            (R.$metadata.attempts = d + 1),
            (R.$metadata.totalRetryDelay = f),
            { response: C, output: R }
          );
        } catch (C) {
          const R = GX(C, t.logger);
          if (((m = Zk(C)), _ && e(S)))
            throw (
              (o.logger instanceof ct ? console : o.logger)?.warn(
                "An error was encountered in a non-retryable streaming request.",
              ),
              m
            );
          try {
            u = await nm(s.refreshRetryTokenForRetry(u, R), c);
          } catch (T) {
            throw c?.aborted && zk(T)
              ? T
              : (m.$metadata || (m.$metadata = {}),
                (m.$metadata.attempts = d + 1),
                (m.$metadata.totalRetryDelay = f),
                m);
          }
          d = u.getRetryCount();
          const A = u.getRetryDelay();
          (f += (u?.$retryLog?.acquisitionDelay ?? 0) + A),
            A > 0 && (await nm(new Promise((T) => setTimeout(T, A)), c));
        }
    } else
      return (
        (s = s),
        s?.mode && (o.userAgent = [...(o.userAgent || []), ["cfg/retry-mode", s.mode]]),
        s.retry(r, n)
      );
  };
}
function t1(e) {
  const t = dC(e);
  return (r) => ({
    applyToStack: (o) => {
      o.add(t(r), HX);
    },
  });
}
var FX,
  GX,
  BX,
  HX,
  r1 = a(() => {
    L();
    ie();
    X();
    zo();
    mC();
    qk();
    Yk();
    Xk();
    e1();
    (FX = (e) =>
      typeof e.acquireInitialRetryToken < "u" &&
      typeof e.refreshRetryTokenForRetry < "u" &&
      typeof e.recordSuccess < "u"),
      (GX = (e, t) => {
        const r = { error: e, errorType: BX(e) },
          o = Qk(e.$response, t);
        return (o && (r.retryAfterHint = o), r);
      }),
      (BX = (e) => (rm(e) ? "THROTTLING" : om(e) ? "TRANSIENT" : Wk(e) ? "SERVER_ERROR" : "CLIENT_ERROR")),
      (HX = {
        name: "retryMiddleware",
        tags: ["RETRY"],
        step: "finalizeRequest",
        priority: "high",
        override: !0,
      });
  });
var Vs,
  fC = a(() => {
    mC();
    Vs = class e {
      static setTimeoutFn = (t, r) => setTimeout(t, r);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled = !1;
      availableTokens = 0;
      lastMaxRate = 0;
      measuredTxRate = 0;
      requestCount = 0;
      fillRate;
      lastThrottleTime;
      lastTimestamp = 0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow = 0;
      constructor(t) {
        (this.beta = t?.beta ?? 0.7),
          (this.minCapacity = t?.minCapacity ?? 1),
          (this.minFillRate = t?.minFillRate ?? 0.5),
          (this.scaleConstant = t?.scaleConstant ?? 0.4),
          (this.smooth = t?.smooth ?? 0.8),
          (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
          (this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds())),
          (this.fillRate = this.minFillRate),
          (this.maxCapacity = this.minCapacity);
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(t) {
        let r;
        this.updateMeasuredRate();
        const o = t;
        if (o?.errorType === "THROTTLING" || rm(o?.error ?? t)) {
          const i = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
          (this.lastMaxRate = i),
            this.calculateTimeWindow(),
            (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
            (r = this.cubicThrottle(i)),
            this.enableTokenBucket();
        } else this.calculateTimeWindow(), (r = this.cubicSuccess(this.getCurrentTimeInSeconds()));
        const s = Math.min(r, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(s);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(t) {
        if (this.enabled) {
          for (this.refillTokenBucket(); t > this.availableTokens; ) {
            const r = ((t - this.availableTokens) / this.fillRate) * 1e3;
            await new Promise((o) => e.setTimeoutFn(o, r)), this.refillTokenBucket();
          }
          this.availableTokens = this.availableTokens - t;
        }
      }
      refillTokenBucket() {
        const t = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = t;
          return;
        }
        const r = (t - this.lastTimestamp) * this.fillRate;
        (this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + r)),
          (this.lastTimestamp = t);
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(
          ((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant) ** (1 / 3),
        );
      }
      cubicThrottle(t) {
        return this.getPrecise(t * this.beta);
      }
      cubicSuccess(t) {
        return this.getPrecise(
          this.scaleConstant * (t - this.lastThrottleTime - this.timeWindow) ** 3 + this.lastMaxRate,
        );
      }
      enableTokenBucket() {
        this.enabled = !0;
      }
      updateTokenBucketRate(t) {
        this.refillTokenBucket(),
          (this.fillRate = Math.max(t, this.minFillRate)),
          (this.maxCapacity = Math.max(t, this.minCapacity)),
          (this.availableTokens = Math.min(this.availableTokens, this.maxCapacity));
      }
      updateMeasuredRate() {
        const t = this.getCurrentTimeInSeconds(),
          r = Math.floor(t * 2) / 2;
        if ((this.requestCount++, r > this.lastTxRateBucket)) {
          const o = this.requestCount / (r - this.lastTxRateBucket);
          (this.measuredTxRate = this.getPrecise(o * this.smooth + this.measuredTxRate * (1 - this.smooth))),
            (this.requestCount = 0),
            (this.lastTxRateBucket = r);
        }
      }
      getPrecise(t) {
        return parseFloat(t.toFixed(8));
      }
    };
  });
var to,
  sm = a(() => {
    to = class {
      static v2026 = !0;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return "THROTTLING";
      }
    };
  });
var im,
  o1 = a(() => {
    sm();
    im = class {
      x = to.delay();
      computeNextBackoffDelay(t) {
        const n = Math.random() * Math.min(this.x * 2 ** t, 2e4);
        return Math.floor(n);
      }
      setDelayBase(t) {
        this.x = t;
      }
    };
  });
var op,
  n1 = a(() => {
    op = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = { acquisitionDelay: 0 };
      constructor(t, r, o, n) {
        (this.delay = t), (this.count = r), (this.cost = o), (this.longPoll = n);
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(2e4, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    };
  });
var ro,
  Wn,
  Dt,
  np = a(() => {
    ((e) => {
      (e.STANDARD = "standard"), (e.ADAPTIVE = "adaptive");
    })(ro || (ro = {}));
    (Wn = 3), (Dt = ro.STANDARD);
  });
var am,
  js,
  gC = a(() => {
    o1();
    n1();
    np();
    sm();
    (am = { incompatible: 1, attempts: 2, capacity: 3 }),
      (js = class {
        mode = ro.STANDARD;
        retryBackoffStrategy;
        capacity = 500;
        maxAttemptsProvider;
        baseDelay;
        constructor(t) {
          typeof t == "number"
            ? (this.maxAttemptsProvider = async () => t)
            : typeof t == "function"
              ? (this.maxAttemptsProvider = t)
              : t &&
                typeof t == "object" &&
                ((this.maxAttemptsProvider = async () => t.maxAttempts),
                (this.baseDelay = t.baseDelay),
                (this.retryBackoffStrategy = t.backoff)),
            (this.maxAttemptsProvider ??= async () => Wn),
            (this.baseDelay ??= to.delay()),
            (this.retryBackoffStrategy ??= new im());
        }
        async acquireInitialRetryToken(t) {
          return new op(to.delay(), 0, void 0, t.includes(":longpoll"));
        }
        async refreshRetryTokenForRetry(t, r) {
          const o = await this.getMaxAttempts(),
            n = this.retryCode(t, r, o),
            s = n === 0,
            i = t.isLongPoll?.();
          if (s || i) {
            const c = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              c === "THROTTLING" ? to.throttlingDelay() : this.baseDelay,
            );
            let p = this.retryBackoffStrategy.computeNextBackoffDelay(t.getRetryCount()),
              u = p;
            if (
              (r.retryAfterHint instanceof Date &&
                (u = Math.max(p, Math.min(r.retryAfterHint.getTime() - Date.now(), p + 5e3))),
              s)
            ) {
              const m = this.getCapacityCost(c);
              this.capacity -= m;
              const d = new op(0, t.getRetryCount() + 1, m, t.isLongPoll?.() ?? !1);
              return (await new Promise((f) => setTimeout(f, u)), (d.$retryLog.acquisitionDelay = u), d);
            } else {
              const m = n === am.capacity && i ? u : 0;
              m > 0 && (await new Promise((d) => setTimeout(d, m)));
            }
          }
          throw new Error("No retry token available");
        }
        recordSuccess(t) {
          this.capacity = Math.min(500, this.capacity + (t.getRetryCost() ?? 1));
        }
        getCapacity() {
          return this.capacity;
        }
        async maxAttempts() {
          return this.maxAttemptsProvider();
        }
        async getMaxAttempts() {
          try {
            return await this.maxAttemptsProvider();
          } catch {
            return (console.warn(`Max attempts provider could not resolve. Using default of ${Wn}`), Wn);
          }
        }
        retryCode(t, r, o) {
          const n = t.getRetryCount() + 1,
            s = this.isRetryableError(r.errorType) ? 0 : am.incompatible,
            i = n < o ? 0 : am.attempts,
            c = this.capacity >= this.getCapacityCost(r.errorType) ? 0 : am.capacity;
          return s || i || c;
        }
        getCapacityCost(t) {
          return t === to.modifiedCostType() ? to.throttlingCost() : to.cost();
        }
        isRetryableError(t) {
          return t === "THROTTLING" || t === "TRANSIENT";
        }
      });
  });
var zn,
  hC = a(() => {
    fC();
    gC();
    np();
    zn = class {
      mode = ro.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(t, r) {
        const { rateLimiter: o } = r ?? {};
        (this.rateLimiter = o ?? new Vs()),
          (this.standardRetryStrategy = r
            ? new js({ maxAttempts: typeof t == "number" ? t : 3, ...r })
            : new js(t));
      }
      async acquireInitialRetryToken(t) {
        const r = await this.standardRetryStrategy.acquireInitialRetryToken(t);
        return (await this.rateLimiter.getSendToken(), r);
      }
      async refreshRetryTokenForRetry(t, r) {
        this.rateLimiter.updateClientSendingRate(r);
        const o = await this.standardRetryStrategy.refreshRetryTokenForRetry(t, r);
        return (await this.rateLimiter.getSendToken(), o);
      }
      recordSuccess(t) {
        this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(t);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
  });
var SC,
  _C,
  Ar,
  Tr,
  s1,
  i1,
  vr,
  a1 = a(() => {
    L();
    hC();
    gC();
    np();
    sm();
    (SC = "AWS_MAX_ATTEMPTS"),
      (_C = "max_attempts"),
      (Ar = {
        environmentVariableSelector: (e) => {
          const t = e[SC];
          if (!t) return;
          const r = parseInt(t);
          if (Number.isNaN(r)) throw new Error(`Environment variable ${SC} mast be a number, got "${t}"`);
          return r;
        },
        configFileSelector: (e) => {
          const t = e[_C];
          if (!t) return;
          const r = parseInt(t);
          if (Number.isNaN(r)) throw new Error(`Shared config file entry ${_C} mast be a number, got "${t}"`);
          return r;
        },
        default: Wn,
      }),
      (Tr = (e, t) => {
        let { retryStrategy: r, retryMode: o } = e,
          { defaultMaxAttempts: n = Wn, defaultBaseDelay: s = to.delay() } = t ?? {},
          i = de(e.maxAttempts ?? n),
          c = r ? Promise.resolve(r) : void 0,
          p = async () => {
            const u = await i();
            return (await de(o)()) === ro.ADAPTIVE
              ? new zn(i, { maxAttempts: u, baseDelay: s })
              : new js({ maxAttempts: u, baseDelay: s });
          };
        return Object.assign(e, { maxAttempts: i, retryStrategy: () => (c ??= p()) });
      }),
      (s1 = "AWS_RETRY_MODE"),
      (i1 = "retry_mode"),
      (vr = { environmentVariableSelector: (e) => e[s1], configFileSelector: (e) => e[i1], default: Dt });
  });
var Ott,
  Hr,
  wt = a(() => {
    Uk();
    r1();
    hC();
    fC();
    np();
    a1();
    (Ott = dC(uC)), (Hr = t1(uC));
  });
async function c1(e, t, r) {
  if (
    (r.request?.headers?.["smithy-protocol"] === "rpc-v2-cbor" && jo(e, "PROTOCOL_RPC_V2_CBOR", "M"),
    typeof t.retryStrategy == "function")
  ) {
    const s = await t.retryStrategy();
    if (typeof s.mode == "string")
      switch (s.mode) {
        case ro.ADAPTIVE:
          jo(e, "RETRY_MODE_ADAPTIVE", "F");
          break;
        case ro.STANDARD:
          jo(e, "RETRY_MODE_STANDARD", "E");
          break;
      }
  }
  if (typeof t.accountIdEndpointMode == "function") {
    const s = e.endpointV2;
    switch (
      (String(s?.url?.hostname).match(WX) && jo(e, "ACCOUNT_ID_ENDPOINT", "O"),
      await t.accountIdEndpointMode?.())
    ) {
      case "disabled":
        jo(e, "ACCOUNT_ID_MODE_DISABLED", "Q");
        break;
      case "preferred":
        jo(e, "ACCOUNT_ID_MODE_PREFERRED", "P");
        break;
      case "required":
        jo(e, "ACCOUNT_ID_MODE_REQUIRED", "R");
        break;
    }
  }
  const n = e.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (n?.$source) {
    const s = n;
    s.accountId && jo(e, "RESOLVED_ACCOUNT_ID", "T");
    for (const [i, c] of Object.entries(s.$source ?? {})) jo(e, i, c);
  }
}
var WX,
  p1 = a(() => {
    wt();
    gO();
    WX = /\d{12}\.ddb/;
  });
var xC,
  cm,
  l1,
  u1,
  m1 = a(() => {
    (xC = "user-agent"),
      (cm = "x-amz-user-agent"),
      (l1 = /[^!$%&'*+\-.^_`|~\w]/g),
      (u1 = /[^!$%&'*+\-.^_`|~\w#]/g);
  });
function d1(e) {
  let t = "";
  for (const r in e) {
    const o = e[r];
    if (t.length + o.length + 1 <= 1024) {
      t.length ? (t += "," + o) : (t += o);
      continue;
    }
    break;
  }
  return t;
}
var f1 = a(() => {});
var S1,
  pm,
  _1,
  Dr,
  x1 = a(() => {
    ie();
    lC();
    p1();
    m1();
    f1();
    (S1 = (e) => (t, r) => async (o) => {
      const { request: n } = o;
      if (!me.isInstance(n)) return t(o);
      const { headers: s } = n,
        i = r?.userAgent?.map(pm) || [],
        c = (await e.defaultUserAgentProvider()).map(pm);
      await c1(r, e, o);
      const p = r;
      c.push(`m/${d1(Object.assign({}, r.__smithy_context?.features, p.__aws_sdk_context?.features))}`);
      const u = e?.customUserAgent?.map(pm) || [],
        m = await e.userAgentAppId();
      m && c.push(pm(["app", `${m}`]));
      const d = kk(),
        f = (d ? [d] : []).concat([...c, ...i, ...u]).join(" "),
        S = [...c.filter((_) => _.startsWith("aws-sdk-")), ...u].join(" ");
      return (
        e.runtime !== "browser" ? (S && (s[cm] = s[cm] ? `${s[xC]} ${S}` : S), (s[xC] = f)) : (s[cm] = f),
        t({ ...o, request: n })
      );
    }),
      (pm = (e) => {
        let t = e[0]
            .split("/")
            .map((i) => i.replace(l1, "-"))
            .join("/"),
          r = e[1]?.replace(u1, "-"),
          o = t.indexOf("/"),
          n = t.substring(0, o),
          s = t.substring(o + 1);
        return (
          n === "api" && (s = s.toLowerCase()),
          [n, s, r]
            .filter((i) => i && i.length > 0)
            .reduce((i, c, p) => {
              switch (p) {
                case 0:
                  return c;
                case 1:
                  return `${i}/${c}`;
                default:
                  return `${i}#${c}`;
              }
            }, "")
        );
      }),
      (_1 = {
        name: "getUserAgentMiddleware",
        step: "build",
        priority: "low",
        tags: ["SET_USER_AGENT", "USER_AGENT"],
        override: !0,
      }),
      (Dr = (e) => ({
        applyToStack: (t) => {
          t.add(S1(e), _1);
        },
      }));
  });
import { versions as yC } from "node:process";
var E1,
  y1 = a(() => {
    E1 = () => {
      const e = ["deno", "bun", "llrt"];
      for (const t of e) if (yC[t]) return [`md/${t}`, yC[t]];
      return ["md/nodejs", yC.node];
    };
  });
var CC,
  C1 = a(() => {
    CC = { isCrtAvailable: !1 };
  });
var R1,
  A1 = a(() => {
    C1();
    R1 = () => (CC.isCrtAvailable ? ["md/crt-avail"] : null);
  });
import { release as qX, platform as zX } from "node:os";
import { env as T1 } from "node:process";
var wr,
  v1 = a(() => {
    y1();
    A1();
    wr = ({ serviceId: e, clientVersion: t }) => {
      const r = E1();
      return async (o) => {
        const n = [["aws-sdk-js", t], ["ua", "2.1"], [`os/${zX()}`, qX()], ["lang/js"], r],
          s = R1();
        s && n.push(s),
          e && n.push([`api/${e}`, t]),
          T1.AWS_EXECUTION_ENV && n.push([`exec-env/${T1.AWS_EXECUTION_ENV}`]);
        const i = await o?.userAgentAppId?.();
        return i ? [...n, [`app/${i}`]] : [...n];
      };
    };
  });
var D1,
  w1,
  KX,
  Ir,
  I1 = a(() => {
    pC();
    (D1 = "AWS_SDK_UA_APP_ID"),
      (w1 = "sdk_ua_app_id"),
      (KX = "sdk-ua-app-id"),
      (Ir = {
        environmentVariableSelector: (e) => e[D1],
        configFileSelector: (e) => e[w1] ?? e[KX],
        default: tm,
      });
  });
var b1 = a(() => {
  _e();
});
var RC,
  P1 = a(() => {
    _e();
    b1();
    RC = (e, t = !1) => {
      if (t) {
        for (const r of e.split(".")) if (!RC(r)) return !1;
        return !0;
      }
      return !(!qo(e) || e.length < 3 || e.length > 63 || e !== e.toLowerCase() || Fi(e));
    };
  });
var O1,
  N1 = a(() => {
    O1 = (e) => {
      const t = e.split(":");
      if (t.length < 6) return null;
      const [r, o, n, s, i, ...c] = t;
      if (r !== "arn" || o === "" || n === "" || c.join(":") === "") return null;
      const p = c.flatMap((u) => u.split("/"));
      return { partition: o, service: n, region: s, accountId: i, resourceId: p };
    };
  });
var Ht,
  $1 = a(() => {
    _e();
    P1();
    N1();
    lC();
    Ht = { isVirtualHostableS3Bucket: RC, parseArn: O1, partition: Lk };
    lt.aws = Ht;
  });
function AC(e = {}) {
  return k(
    {
      ...pt,
      async default() {
        return (
          M1.silence ||
            console.warn(
              "@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.",
            ),
          "us-east-1"
        );
      },
    },
    { ...Ct, ...e },
  );
}
var M1,
  L1 = a(() => {
    oe();
    M1 = { silence: !1 };
  });
var br,
  Pr,
  k1 = a(() => {
    (br = (e) => ({
      setRegion(t) {
        e.region = t;
      },
      region() {
        return e.region;
      },
    })),
      (Pr = (e) => ({ region: e.region() }));
  });
var ae = a(() => {
  dO();
  fO();
  hO();
  ik();
  pk();
  Sk();
  pC();
  x1();
  v1();
  I1();
  $1();
  L1();
  k1();
});
var U1,
  F1,
  G1,
  TC,
  B1 = a(() => {
    oe();
    (U1 = "AWS_DISABLE_REQUEST_COMPRESSION"),
      (F1 = "disable_request_compression"),
      (G1 = !1),
      (TC = {
        environmentVariableSelector: (e) => kt(e, U1, et.ENV),
        configFileSelector: (e) => kt(e, F1, et.CONFIG),
        default: G1,
      });
  });
var H1,
  V1,
  j1,
  vC,
  W1 = a(() => {
    oe();
    (H1 = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"),
      (V1 = "request_min_compression_size_bytes"),
      (j1 = 10240),
      (vC = {
        environmentVariableSelector: (e) => au(e, H1, et.ENV),
        configFileSelector: (e) => au(e, V1, et.CONFIG),
        default: j1,
      });
  });
import { createGzip as JX } from "node:zlib";
var z1,
  q1 = a(() => {
    z1 = async (e) => e.pipe(JX());
  });
import { promisify as YX } from "node:util";
import { gzip as QX } from "node:zlib";
var XX,
  K1,
  J1 = a(() => {
    X();
    (XX = YX(QX)),
      (K1 = async (e) => {
        try {
          const t = await XX(Mt(e || ""));
          return Mt(t);
        } catch (t) {
          throw new Error("Failure during compression: " + t.message);
        }
      });
  });
var DC,
  Y1,
  Q1 = a(() => {
    ((e) => {
      e.GZIP = "gzip";
    })(DC || (DC = {}));
    Y1 = [DC.GZIP];
  });
var X1,
  Z1 = a(() => {
    X();
    X1 = (e) => e !== void 0 && typeof e != "string" && !ArrayBuffer.isView(e) && !ws(e);
  });
var eU,
  tU,
  rU = a(() => {
    se();
    ie();
    q1();
    J1();
    Q1();
    Z1();
    (eU = (e, t) => (r, o) => async (n) => {
      if (!me.isInstance(n.request) || (await e.disableRequestCompression())) return r(n);
      let { request: i } = n,
        { body: c, headers: p } = i,
        { encodings: u, streamRequiresLength: m } = t,
        d = c,
        f = p;
      for (const S of u)
        if (Y1.includes(S)) {
          let _ = !1;
          if (X1(c))
            if (!m) (d = await z1(c)), (_ = !0);
            else throw new Error("Compression is not supported for streaming blobs that require a length.");
          else {
            const C = e.bodyLengthChecker(c),
              R = await e.requestMinCompressionSizeBytes();
            C && C >= R && ((d = await K1(c)), (_ = !0));
          }
          if (_) {
            p["content-encoding"]
              ? (f = { ...p, "content-encoding": `${p["content-encoding"]}, ${S}` })
              : (f = { ...p, "content-encoding": S }),
              f["content-encoding"].includes("gzip") && aC(o, "GZIP_REQUEST_COMPRESSION", "L");
            break;
          }
        }
      return r({ ...n, request: { ...i, body: d, headers: f } });
    }),
      (tU = {
        name: "compressionMiddleware",
        step: "build",
        tags: ["REQUEST_BODY_COMPRESSION", "GZIP"],
        override: !0,
        priority: "high",
      });
  });
var wC,
  oU = a(() => {
    rU();
    wC = (e, t) => ({
      applyToStack: (r) => {
        r.add(eU(e, t), tU);
      },
    });
  });
var IC,
  nU = a(() => {
    L();
    IC = (e) => {
      const { disableRequestCompression: t, requestMinCompressionSizeBytes: r } = e;
      return Object.assign(e, {
        disableRequestCompression: de(t),
        requestMinCompressionSizeBytes: async () => {
          const o = await de(r)();
          if (o < 0 || o > 10485760)
            throw new RangeError(
              `The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${o} is outside this range."`,
            );
          return o;
        },
      });
    };
  });
var lm = a(() => {
  B1();
  W1();
  oU();
  nU();
});
var um,
  mm,
  sU = a(() => {
    ie();
    (um = (e) => (er.isInstance(e) ? (e.headers?.date ?? e.headers?.Date) : void 0)),
      (mm = (e) => (er.isInstance(e) ? (e.headers?.age ?? e.headers?.Age) : void 0));
  });
var sp,
  iU = a(() => {
    sp = (e) => new Date(Date.now() + e);
  });
var dm,
  aU = a(() => {
    dm = (e, t, r, o) => {
      if (o !== void 0) return t;
      const n = Date.parse(e);
      if (Number.isNaN(n)) return t;
      const s = Date.now();
      return r !== void 0 && s - r > 9e5 ? t : n - s;
    };
  });
var bC = a(() => {
  sU();
  iU();
  aU();
});
var ip,
  ZX,
  ap,
  Je,
  PC = a(() => {
    ie();
    zo();
    bC();
    (ip = (e, t) => {
      if (!t) throw new Error(`Property \`${e}\` is not resolved for AWS SDK SigV4Auth`);
      return t;
    }),
      (ZX = (e) => e.context?.[Co]?.eventStream?.output === !0),
      (ap = async (e) => {
        const t = ip("context", e.context),
          r = ip("config", e.config),
          o = t.endpointV2?.properties?.authSchemes?.[0],
          s = await ip("signer", r.signer)(o),
          i = e?.signingRegion,
          c = e?.signingRegionSet,
          p = e?.signingName;
        return { config: r, signer: s, signingRegion: i, signingRegionSet: c, signingName: p };
      }),
      (Je = class {
        async sign(t, r, o) {
          if (!me.isInstance(t))
            throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
          let n = await ap(o),
            { config: s, signer: i } = n,
            { signingRegion: c, signingName: p } = n,
            u = o.context;
          if (u?.authSchemes?.length ?? !1) {
            const [S, _] = u.authSchemes;
            S?.name === "sigv4a" &&
              _?.name === "sigv4" &&
              ((c = _?.signingRegion ?? c), (p = _?.signingName ?? p));
          }
          const m = (await s.disableClockSkewCorrection?.()) === !0;
          o._disableClockSkewCorrection = m;
          const d = m || ZX(o);
          return (
            (o._skipClockSkewSampling = d),
            d || ((o._preRequestSystemClockOffset = s.systemClockOffset), (o._requestSentAt = Date.now())),
            await i.sign(t, {
              signingDate: m ? new Date() : sp(s.systemClockOffset),
              signingRegion: c,
              signingService: p,
            })
          );
        }
        errorHandler(t) {
          return (r) => {
            const o = r;
            if (!t._skipClockSkewSampling && !t._disableClockSkewCorrection) {
              const n = o.ServerTime ?? um(o.$response);
              if (n) {
                const s = ip("config", t.config),
                  i = t._preRequestSystemClockOffset,
                  c = t._requestSentAt,
                  p = mm(o.$response),
                  u = dm(n, s.systemClockOffset, c, p);
                (s.systemClockOffset = u),
                  Math.abs(u) >= 24e4 &&
                    (u !== i || (i !== void 0 && i !== u)) &&
                    o.$metadata &&
                    (o.$metadata.clockSkewCorrected = !0);
              }
            }
            throw r;
          };
        }
        successHandler(t, r) {
          if (r._skipClockSkewSampling || r._disableClockSkewCorrection) return;
          const o = um(t);
          if (o) {
            const n = ip("config", r.config),
              s = r._requestSentAt,
              i = mm(t);
            n.systemClockOffset = dm(o, n.systemClockOffset, s, i);
          }
        }
      });
  });
var qn,
  cU = a(() => {
    ie();
    bC();
    PC();
    qn = class extends Je {
      async sign(t, r, o) {
        if (!me.isInstance(t))
          throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
        const { config: n, signer: s, signingRegion: i, signingRegionSet: c, signingName: p } = await ap(o),
          m = ((await n.sigv4aSigningRegionSet?.()) ?? c ?? [i]).join(","),
          d = (await n.disableClockSkewCorrection?.()) === !0;
        return (
          (o._disableClockSkewCorrection = d),
          d || ((o._preRequestSystemClockOffset = n.systemClockOffset), (o._requestSentAt = Date.now())),
          await s.sign(t, {
            signingDate: d ? new Date() : sp(n.systemClockOffset),
            signingRegion: m,
            signingService: p,
          })
        );
      }
    };
  });
var OC,
  pU = a(() => {
    OC = (e) => (typeof e == "string" && e.length > 0 ? e.split(",").map((t) => t.trim()) : []);
  });
var lU,
  uU = a(() => {
    lU = (e) => `AWS_BEARER_TOKEN_${e.replace(/[\s-]/g, "_").toUpperCase()}`;
  });
var mU,
  dU,
  Vt,
  fU = a(() => {
    pU();
    uU();
    (mU = "AWS_AUTH_SCHEME_PREFERENCE"),
      (dU = "auth_scheme_preference"),
      (Vt = {
        environmentVariableSelector: (e, t) => {
          if (t?.signingName && lU(t.signingName) in e) return ["httpBearerAuth"];
          if (mU in e) return OC(e[mU]);
        },
        configFileSelector: (e) => {
          if (dU in e) return OC(e[dU]);
        },
        default: [],
      });
  });
var fm,
  gm,
  gU = a(() => {
    se();
    oe();
    (fm = (e) => ((e.sigv4aSigningRegionSet = To(e.sigv4aSigningRegionSet)), e)),
      (gm = {
        environmentVariableSelector(e) {
          if (e.AWS_SIGV4A_SIGNING_REGION_SET)
            return e.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map((t) => t.trim());
          throw new Lt("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", { tryNextLink: !0 });
        },
        configFileSelector(e) {
          if (e.sigv4a_signing_region_set)
            return (e.sigv4a_signing_region_set ?? "").split(",").map((t) => t.trim());
          throw new Lt("sigv4a_signing_region_set not set in profile.", { tryNextLink: !0 });
        },
        default: void 0,
      });
  });
function SU(e) {
  for (let t = 0; t < 8; t++) e[t] ^= 255;
  for (let t = 7; t > -1 && (e[t]++, e[t] === 0); t--);
}
var hm,
  hU,
  eZ,
  NC,
  _U = a(() => {
    X();
    X();
    hm = class {
      format(t) {
        const r = [];
        for (const s in t) {
          if (!z(t, s)) continue;
          const i = $e(s);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(t[s]));
        }
        let o = new Uint8Array(r.reduce((s, i) => s + i.byteLength, 0)),
          n = 0;
        for (const s of r) o.set(s, n), (n += s.byteLength);
        return o;
      }
      formatHeaderValue(t) {
        switch (t.type) {
          case "boolean":
            return Uint8Array.from([t.value ? 0 : 1]);
          case "byte":
            return Uint8Array.from([2, t.value]);
          case "short": {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, t.value, !1), new Uint8Array(r.buffer));
          }
          case "integer": {
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, t.value, !1), new Uint8Array(o.buffer));
          }
          case "long": {
            const n = new Uint8Array(9);
            return ((n[0] = 5), n.set(t.value.bytes, 1), n);
          }
          case "binary": {
            const s = new DataView(new ArrayBuffer(3 + t.value.byteLength));
            s.setUint8(0, 6), s.setUint16(1, t.value.byteLength, !1);
            const i = new Uint8Array(s.buffer);
            return (i.set(t.value, 3), i);
          }
          case "string": {
            const c = $e(t.value),
              p = new DataView(new ArrayBuffer(3 + c.byteLength));
            p.setUint8(0, 7), p.setUint16(1, c.byteLength, !1);
            const u = new Uint8Array(p.buffer);
            return (u.set(c, 3), u);
          }
          case "timestamp": {
            const m = new Uint8Array(9);
            return ((m[0] = 8), m.set(NC.fromNumber(t.value.valueOf()).bytes, 1), m);
          }
          case "uuid": {
            if (!eZ.test(t.value)) throw new Error(`Invalid UUID received: ${t.value}`);
            const d = new Uint8Array(17);
            return ((d[0] = 9), d.set(bc(t.value.replace(/-/g, "")), 1), d);
          }
        }
      }
    };
    ((e) => {
      (e[(e.boolTrue = 0)] = "boolTrue"),
        (e[(e.boolFalse = 1)] = "boolFalse"),
        (e[(e.byte = 2)] = "byte"),
        (e[(e.short = 3)] = "short"),
        (e[(e.integer = 4)] = "integer"),
        (e[(e.long = 5)] = "long"),
        (e[(e.byteArray = 6)] = "byteArray"),
        (e[(e.string = 7)] = "string"),
        (e[(e.timestamp = 8)] = "timestamp"),
        (e[(e.uuid = 9)] = "uuid");
    })(hU || (hU = {}));
    (eZ = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (NC = class e {
        bytes;
        constructor(t) {
          if (((this.bytes = t), t.byteLength !== 8))
            throw new Error("Int64 buffers must be exactly 8 bytes");
        }
        static fromNumber(t) {
          if (t > 9223372036854776e3 || t < -9223372036854776e3)
            throw new Error(`${t} is too large (or, if negative, too small) to represent as an Int64`);
          const r = new Uint8Array(8);
          for (let o = 7, n = Math.abs(Math.round(t)); o > -1 && n > 0; o--, n /= 256) r[o] = n;
          return (t < 0 && SU(r), new e(r));
        }
        valueOf() {
          const t = this.bytes.slice(0),
            r = t[0] & 128;
          return (r && SU(t), parseInt(Ve(t), 16) * (r ? -1 : 1));
        }
        toString() {
          return String(this.valueOf());
        }
      });
  });
var xU,
  EU,
  $C,
  yU,
  CU,
  MC,
  LC,
  kC,
  UC,
  tZ,
  RU,
  AU,
  cp,
  TU,
  vU,
  DU,
  wU,
  Sm,
  IU,
  bU,
  PU,
  FC,
  OU,
  zs = a(() => {
    (xU = "X-Amz-Algorithm"),
      (EU = "X-Amz-Credential"),
      ($C = "X-Amz-Date"),
      (yU = "X-Amz-SignedHeaders"),
      (CU = "X-Amz-Expires"),
      (MC = "X-Amz-Signature"),
      (LC = "X-Amz-Security-Token"),
      (kC = "authorization"),
      (UC = $C.toLowerCase()),
      (tZ = "date"),
      (RU = [kC, UC, tZ]),
      (AU = MC.toLowerCase()),
      (cp = "x-amz-content-sha256"),
      (TU = LC.toLowerCase()),
      (vU = {
        authorization: !0,
        "cache-control": !0,
        connection: !0,
        expect: !0,
        from: !0,
        "keep-alive": !0,
        "max-forwards": !0,
        pragma: !0,
        referer: !0,
        te: !0,
        trailer: !0,
        "transfer-encoding": !0,
        upgrade: !0,
        "user-agent": !0,
        "x-amzn-trace-id": !0,
      }),
      (DU = /^proxy-/),
      (wU = /^sec-/),
      (Sm = "AWS4-HMAC-SHA256"),
      (IU = "AWS4-HMAC-SHA256-PAYLOAD"),
      (bU = "UNSIGNED-PAYLOAD"),
      (PU = 50),
      (FC = "aws4_request"),
      (OU = 3600 * 24 * 7);
  });
var NU,
  $U = a(() => {
    X();
    ie();
    zs();
    NU = ({ query: e = {} }) => {
      const t = [],
        r = {};
      for (const o in e) {
        if (!z(e, o) || o.toLowerCase() === AU) continue;
        const n = Ao(o);
        t.push(n);
        const s = e[o];
        typeof s == "string"
          ? (r[n] = `${n}=${Ao(s)}`)
          : Array.isArray(s) &&
            (r[n] = s
              .slice(0)
              .reduce((i, c) => i.concat([`${n}=${Ao(c)}`]), [])
              .sort()
              .join("&"));
      }
      return t
        .sort()
        .map((o) => r[o])
        .filter((o) => o)
        .join("&");
    };
  });
var MU,
  rZ,
  LU = a(() => {
    (MU = (e) =>
      rZ(e)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z")),
      (rZ = (e) =>
        typeof e == "number"
          ? new Date(e * 1e3)
          : typeof e == "string"
            ? Number(e)
              ? new Date(Number(e) * 1e3)
              : new Date(e)
            : e);
  });
var _m,
  kU = a(() => {
    L();
    ie();
    X();
    $U();
    LU();
    _m = class {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({
        applyChecksum: t,
        credentials: r,
        region: o,
        service: n,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        (this.service = n),
          (this.sha256 = s),
          (this.uriEscapePath = i),
          (this.applyChecksum = typeof t == "boolean" ? t : !0),
          (this.regionProvider = de(o)),
          (this.credentialProvider = de(r));
      }
      createCanonicalRequest(t, r, o) {
        const n = Object.keys(r).sort();
        return `${t.method}
${this.getCanonicalPath(t)}
${NU(t)}
${n
  .map((s) => `${s}:${r[s]}`)
  .join(`
`)}

${n.join(";")}
${o}`;
      }
      async createStringToSign(t, r, o, n) {
        const s = new this.sha256();
        s.update(Mt(o));
        const i = await s.digest();
        return `${n}
${t}
${r}
${Ve(i)}`;
      }
      getCanonicalPath({ path: t }) {
        if (this.uriEscapePath) {
          const r = [];
          for (const s of t.split("/")) s?.length !== 0 && s !== "." && (s === ".." ? r.pop() : r.push(s));
          const o = `${t?.startsWith("/") ? "/" : ""}${r.join("/")}${r.length > 0 && t?.endsWith("/") ? "/" : ""}`;
          return Ao(o).replace(/%2F/g, "/");
        }
        return t;
      }
      validateResolvedCredentials(t) {
        if (typeof t != "object" || typeof t.accessKeyId != "string" || typeof t.secretAccessKey != "string")
          throw new Error("Resolved credential object is not valid");
      }
      formatDate(t) {
        const r = MU(t).replace(/[-:]/g, "");
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(t) {
        return Object.keys(t).sort().join(";");
      }
    };
  });
var xm,
  GC,
  Em,
  FU,
  UU,
  GU = a(() => {
    X();
    zs();
    (xm = {}),
      (GC = []),
      (Em = (e, t, r) => `${e}/${t}/${r}/${FC}`),
      (FU = async (e, t, r, o, n) => {
        const s = await UU(e, t.secretAccessKey, t.accessKeyId),
          i = `${r}:${o}:${n}:${Ve(s)}:${t.sessionToken}`;
        if (i in xm) return xm[i];
        for (GC.push(i); GC.length > PU; ) delete xm[GC.shift()];
        let c = `AWS4${t.secretAccessKey}`;
        for (const p of [r, o, n, FC]) c = await UU(e, c, p);
        return (xm[i] = c);
      }),
      (UU = (e, t, r) => {
        const o = new e(t);
        return (o.update(Mt(r)), o.digest());
      });
  });
var BC,
  BU = a(() => {
    X();
    zs();
    BC = ({ headers: e }, t, r) => {
      const o = {};
      for (const n of Object.keys(e).sort()) {
        if (e[n] == null) continue;
        const s = n.toLowerCase();
        ((z(vU, s) || t?.has(s) || DU.test(s) || wU.test(s)) && (!r || (r && !r.has(s)))) ||
          (s === "__proto__" && Sn(o),
          (o[s] = e[n]
            .replace(/[\r\n]/g, " ")
            .replace(/[ \t]+/g, " ")
            .replace(/^ | $/g, "")));
      }
      return o;
    };
  });
var ym,
  HU = a(() => {
    X();
    X();
    zs();
    ym = async ({ headers: e, body: t }, r) => {
      for (const o in e) if (z(e, o) && o.toLowerCase() === cp) return e[o];
      if (t == null) return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      if (typeof t == "string" || ArrayBuffer.isView(t) || ws(t)) {
        const o = new r();
        return (o.update(Mt(t)), Ve(await o.digest()));
      }
      return bU;
    };
  });
var VU,
  jU = a(() => {
    X();
    VU = (e, t) => {
      e = e.toLowerCase();
      for (const r in t) if (z(t, r) && e === r.toLowerCase()) return !0;
      return !1;
    };
  });
var WU,
  zU = a(() => {
    X();
    ie();
    WU = (e, t = {}) => {
      const { headers: r, query: o = {} } = me.clone(e);
      for (const n in r) {
        if (!z(r, n)) continue;
        const s = n.toLowerCase();
        ((s.slice(0, 6) === "x-amz-" && !t.unhoistableHeaders?.has(s)) || t.hoistableHeaders?.has(s)) &&
          ((o[n] = r[n]), delete r[n]);
      }
      return { ...e, headers: r, query: o };
    };
  });
var HC,
  qU = a(() => {
    X();
    ie();
    zs();
    HC = (e) => {
      e = me.clone(e);
      for (const t in e.headers) z(e.headers, t) && RU.indexOf(t.toLowerCase()) > -1 && delete e.headers[t];
      return e;
    };
  });
var Kn,
  KU = a(() => {
    X();
    _U();
    kU();
    zs();
    GU();
    BU();
    HU();
    jU();
    zU();
    qU();
    Kn = class extends _m {
      headerFormatter = new hm();
      constructor({
        applyChecksum: t,
        credentials: r,
        region: o,
        service: n,
        sha256: s,
        uriEscapePath: i = !0,
      }) {
        super({ applyChecksum: t, credentials: r, region: o, service: n, sha256: s, uriEscapePath: i });
      }
      async presign(t, r = {}) {
        const {
            signingDate: o = new Date(),
            expiresIn: n = 3600,
            unsignableHeaders: s,
            unhoistableHeaders: i,
            signableHeaders: c,
            hoistableHeaders: p,
            signingRegion: u,
            signingService: m,
          } = r,
          d = await this.credentialProvider();
        this.validateResolvedCredentials(d);
        const f = u ?? (await this.regionProvider()),
          { longDate: S, shortDate: _ } = this.formatDate(o);
        if (n > OU)
          return Promise.reject(
            "Signature version 4 presigned URLs must have an expiration date less than one week in the future",
          );
        const C = Em(_, f, m ?? this.service),
          R = WU(HC(t), { unhoistableHeaders: i, hoistableHeaders: p });
        d.sessionToken && (R.query[LC] = d.sessionToken),
          (R.query[xU] = Sm),
          (R.query[EU] = `${d.accessKeyId}/${C}`),
          (R.query[$C] = S),
          (R.query[CU] = n.toString(10));
        const A = BC(R, s, c);
        return (
          (R.query[yU] = this.getCanonicalHeaderList(A)),
          (R.query[MC] = await this.getSignature(
            S,
            C,
            this.getSigningKey(d, f, _, m),
            this.createCanonicalRequest(R, A, await ym(t, this.sha256)),
          )),
          R
        );
      }
      async sign(t, r) {
        return typeof t == "string"
          ? this.signString(t, r)
          : t.headers && t.payload
            ? this.signEvent(t, r)
            : t.message
              ? this.signMessage(t, r)
              : this.signRequest(t, r);
      }
      async signEvent(
        { headers: t, payload: r },
        {
          signingDate: o = new Date(),
          priorSignature: n,
          signingRegion: s,
          signingService: i,
          eventStreamCredentials: c,
        },
      ) {
        const p = s ?? (await this.regionProvider()),
          { shortDate: u, longDate: m } = this.formatDate(o),
          d = Em(u, p, i ?? this.service),
          f = await ym({ headers: {}, body: r }, this.sha256),
          S = new this.sha256();
        S.update(t);
        const _ = Ve(await S.digest()),
          C = [IU, m, d, n, _, f].join(`
`);
        return this.signString(C, {
          signingDate: o,
          signingRegion: p,
          signingService: i,
          eventStreamCredentials: c,
        });
      }
      async signMessage(
        t,
        { signingDate: r = new Date(), signingRegion: o, signingService: n, eventStreamCredentials: s },
      ) {
        return this.signEvent(
          { headers: this.headerFormatter.format(t.message.headers), payload: t.message.body },
          {
            signingDate: r,
            signingRegion: o,
            signingService: n,
            priorSignature: t.priorSignature,
            eventStreamCredentials: s,
          },
        ).then((c) => ({ message: t.message, signature: c }));
      }
      async signString(
        t,
        { signingDate: r = new Date(), signingRegion: o, signingService: n, eventStreamCredentials: s } = {},
      ) {
        const i = s ?? (await this.credentialProvider());
        this.validateResolvedCredentials(i);
        const c = o ?? (await this.regionProvider()),
          { shortDate: p } = this.formatDate(r),
          u = new this.sha256(await this.getSigningKey(i, c, p, n));
        return (u.update(Mt(t)), Ve(await u.digest()));
      }
      async signRequest(
        t,
        {
          signingDate: r = new Date(),
          signableHeaders: o,
          unsignableHeaders: n,
          signingRegion: s,
          signingService: i,
        } = {},
      ) {
        const c = await this.credentialProvider();
        this.validateResolvedCredentials(c);
        const p = s ?? (await this.regionProvider()),
          u = HC(t),
          { longDate: m, shortDate: d } = this.formatDate(r),
          f = Em(d, p, i ?? this.service);
        (u.headers[UC] = m), c.sessionToken && (u.headers[TU] = c.sessionToken);
        const S = await ym(u, this.sha256);
        !VU(cp, u.headers) && this.applyChecksum && (u.headers[cp] = S);
        const _ = BC(u, n, o),
          C = await this.getSignature(
            m,
            f,
            this.getSigningKey(c, p, d, i),
            this.createCanonicalRequest(u, _, S),
          );
        return (
          (u.headers[kC] =
            `${Sm} Credential=${c.accessKeyId}/${f}, SignedHeaders=${this.getCanonicalHeaderList(_)}, Signature=${C}`),
          u
        );
      }
      async getSignature(t, r, o, n) {
        const s = await this.createStringToSign(t, r, n, Sm),
          i = new this.sha256(await o);
        return (i.update(Mt(s)), Ve(await i.digest()));
      }
      getSigningKey(t, r, o, n) {
        return FU(this.sha256, t, o, r, n || this.service);
      }
    };
  });
var Cm,
  JU = a(() => {
    Cm = { SignatureV4a: null };
  });
var Rm = a(() => {
  KU();
  JU();
});
function oZ(e, { credentials: t, credentialDefaultProvider: r }) {
  let o;
  return (
    t
      ? t?.memoized
        ? (o = t)
        : (o = em(t, Zu, rp))
      : r
        ? (o = To(r(Object.assign({}, e, { parentClientConfig: e }))))
        : (o = async () => {
            throw new Error(
              "@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.",
            );
          }),
    (o.memoized = !0),
    o
  );
}
function nZ(e, t) {
  if (t.configBound) return t;
  const r = async (o) => t({ ...o, callerClientConfig: e });
  return ((r.memoized = t.memoized), (r.configBound = !0), r);
}
var VC,
  YU = a(() => {
    ae();
    se();
    Rm();
    VC = (e) => (t) => {
      let r = t.credentials,
        o = !!t.credentials,
        n;
      Object.defineProperty(t, "credentials", {
        set(m) {
          m && m !== r && m !== n && (o = !0), (r = m);
          const d = oZ(t, { credentials: r, credentialDefaultProvider: t.credentialDefaultProvider }),
            f = nZ(t, d);
          if (o && !f.attributed) {
            const S = typeof r == "object" && r !== null;
            (n = async (_) => {
              const R = await f(_);
              return S && (!R.$source || Object.keys(R.$source).length === 0)
                ? ue(R, "CREDENTIALS_CODE", "e")
                : R;
            }),
              (n.memoized = f.memoized),
              (n.configBound = f.configBound),
              (n.attributed = !0);
          } else n = f;
        },
        get() {
          return n;
        },
        enumerable: !0,
        configurable: !0,
      }),
        (t.credentials = r);
      let { signingEscapePath: s = !0, systemClockOffset: i = t.systemClockOffset || 0, sha256: c } = t,
        p;
      return (
        t.signer
          ? (p = To(t.signer))
          : t.regionInfoProvider
            ? (p = () =>
                To(t.region)()
                  .then(async (m) => [
                    (await t.regionInfoProvider(m, {
                      useFipsEndpoint: await t.useFipsEndpoint(),
                      useDualstackEndpoint: await t.useDualstackEndpoint(),
                    })) || {},
                    m,
                  ])
                  .then(([m, d]) => {
                    const { signingRegion: f, signingService: S } = m;
                    (t.signingRegion = t.signingRegion || f || d),
                      (t.signingName = t.signingName || S || t.serviceId);
                    const _ = {
                        ...t,
                        credentials: t.credentials,
                        region: t.signingRegion,
                        service: t.signingName,
                        sha256: c,
                        uriEscapePath: s,
                      },
                      C = t.signerConstructor || Kn;
                    return new C(_);
                  }))
            : (p = async (m) => {
                m = Object.assign(
                  {},
                  {
                    name: "sigv4",
                    signingName: t.signingName || t.defaultSigningName,
                    signingRegion: await To(t.region)(),
                    properties: {},
                  },
                  m,
                );
                const d = m.signingRegion,
                  f = m.signingName;
                (t.signingRegion = t.signingRegion || d), (t.signingName = t.signingName || f || t.serviceId);
                const S = {
                    ...t,
                    credentials: t.credentials,
                    region: t.signingRegion,
                    service: t.signingName,
                    sha256: c,
                    uriEscapePath: s,
                  },
                  _ = t.signerConstructor || Kn;
                return new _(S);
              }),
        Object.assign(t, {
          systemClockOffset: i,
          signingEscapePath: s,
          signer: p,
          disableClockSkewCorrection: To(t.disableClockSkewCorrection ?? e),
        })
      );
    };
  });
var jC = a(() => {
  PC();
  cU();
  fU();
  gU();
  YU();
});
var iZ,
  aZ,
  QU,
  XU = a(() => {
    oe();
    (iZ = "AWS_DISABLE_CLOCK_SKEW_CORRECTION"),
      (aZ = "disable_clock_skew_correction"),
      (QU = {
        environmentVariableSelector: (e) => kt(e, iZ, et.ENV),
        configFileSelector: (e) => kt(e, aZ, et.CONFIG),
        default: !1,
      });
  });
var ZU,
  eF = a(() => {
    oe();
    XU();
    ZU = k(QU);
  });
var Vr,
  Ye = a(() => {
    jC();
    jC();
    eF();
    Vr = VC(ZU);
  });
function cZ(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "monitoring", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
var tF,
  rF,
  oF,
  WC = a(() => {
    Ye();
    L();
    tF = async (e, t, r) => ({
      operation: Me(t).operation,
      region:
        (await de(e.region)()) ||
        (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    });
    (rF = (e) => {
      const t = [];
      switch (e.operation) {
        default:
          t.push(cZ(e));
      }
      return t;
    }),
      (oF = (e) => {
        const t = Vr(e);
        return Object.assign(t, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var nF,
  sF,
  zC = a(() => {
    (nF = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        defaultSigningName: "monitoring",
      })),
      (sF = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var aF,
  iF = a(() => {
    aF = {
      name: "@aws-sdk/client-cloudwatch",
      version: "3.1162.0",
      description: "AWS SDK for JavaScript Cloudwatch Client for Node.js, Browser and React Native",
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudwatch",
      license: "Apache-2.0",
      author: { name: "AWS SDK for JavaScript Team", url: "https://aws.amazon.com/sdk-for-javascript/" },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "clients/client-cloudwatch",
      },
      files: ["dist-*/**"],
      sideEffects: !1,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser" },
      types: "./dist-types/index.d.ts",
      typesVersions: { "<4.5": { "dist-types/*": ["dist-types/ts3.4/*"] } },
      "react-native": { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native" },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        "extract:docs": "api-extractor run --local",
        "generate:client": "node ../../scripts/generate-clients/single-service",
        test: "yarn g:vitest run --passWithNoTests",
        "test:watch": "yarn g:vitest watch --passWithNoTests",
        "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
        "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
        "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
        "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
        "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs",
      },
      dependencies: {
        "@aws-sdk/core": "^3.980.0",
        "@aws-sdk/credential-provider-node": "^3.972.93",
        "@aws-sdk/types": "^3.975.0",
        "@smithy/core": "^3.38.0",
        "@smithy/fetch-http-handler": "^5.8.0",
        "@smithy/middleware-compression": "^4.6.2",
        "@smithy/node-http-handler": "^4.14.0",
        "@smithy/types": "^4.19.0",
        tslib: "^2.6.2",
      },
      devDependencies: {
        "@smithy/snapshot-testing": "^2.4.0",
        "@tsconfig/node20": "20.1.8",
        "@types/node": "^20.14.8",
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2",
        vitest: "^4.0.17",
      },
      engines: { node: ">=20.0.0" },
    };
  });
var pp,
  lp,
  qC,
  KC,
  JC,
  YC,
  Am,
  cF = a(() => {
    ae();
    oe();
    (pp = "AWS_ACCESS_KEY_ID"),
      (lp = "AWS_SECRET_ACCESS_KEY"),
      (qC = "AWS_SESSION_TOKEN"),
      (KC = "AWS_CREDENTIAL_EXPIRATION"),
      (JC = "AWS_CREDENTIAL_SCOPE"),
      (YC = "AWS_ACCOUNT_ID"),
      (Am = (e) => async () => {
        e?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
        const t = process.env[pp],
          r = process.env[lp],
          o = process.env[qC],
          n = process.env[KC],
          s = process.env[JC],
          i = process.env[YC];
        if (t && r) {
          const c = {
            accessKeyId: t,
            secretAccessKey: r,
            ...(o && { sessionToken: o }),
            ...(n && { expiration: new Date(n) }),
            ...(s && { credentialScope: s }),
            ...(i && { accountId: i }),
          };
          return (ue(c, "CREDENTIALS_ENV_VARS", "g"), c);
        }
        throw new U("Unable to find environment variable credentials.", { logger: e?.logger });
      });
  });
var pF = {};
Xt(pF, {
  ENV_ACCOUNT_ID: () => YC,
  ENV_CREDENTIAL_SCOPE: () => JC,
  ENV_EXPIRATION: () => KC,
  ENV_KEY: () => pp,
  ENV_SECRET: () => lp,
  ENV_SESSION: () => qC,
  fromEnv: () => Am,
});
var QC = a(() => {
  cF();
});
var Tm,
  vm,
  XC = a(() => {
    (Tm = (e) =>
      !!e &&
      typeof e == "object" &&
      typeof e.AccessKeyId == "string" &&
      typeof e.SecretAccessKey == "string" &&
      typeof e.Token == "string" &&
      typeof e.Expiration == "string"),
      (vm = (e) => ({
        accessKeyId: e.AccessKeyId,
        secretAccessKey: e.SecretAccessKey,
        sessionToken: e.Token,
        expiration: new Date(e.Expiration),
        ...(e.AccountId && { accountId: e.AccountId }),
      }));
  });
var lF,
  uF,
  Xi,
  Dm = a(() => {
    (lF = 1e3), (uF = 0), (Xi = ({ maxRetries: e = 0, timeout: t = 1e3 }) => ({ maxRetries: e, timeout: t }));
  });
import mF from "node:http";
var dF = a(() => {});
function Jn(e) {
  return new Promise((t, r) => {
    const o = mF.request({ method: "GET", ...e, hostname: e.hostname?.replace(/^\[(.+)\]$/, "$1") });
    o.on("error", (n) => {
      r(Object.assign(new Lt("Unable to connect to instance metadata service"), n)), o.destroy();
    }),
      o.on("timeout", () => {
        r(new Lt("TimeoutError from instance metadata service")), o.destroy();
      }),
      o.on("response", (n) => {
        const { statusCode: s = 400 } = n;
        (s < 200 || 300 <= s) &&
          (r(
            Object.assign(new Lt("Error response received from instance metadata service"), {
              statusCode: s,
            }),
          ),
          o.destroy());
        const i = [];
        n.on("data", (c) => {
          i.push(c);
        }),
          n.on("end", () => {
            t(Buffer.concat(i)), o.destroy();
          });
      }),
      o.end();
  });
}
var wm = a(() => {
  oe();
  dF();
});
var up,
  ZC = a(() => {
    up = (e, t) => {
      let r = e();
      for (let o = 0; o < t; o++) r = r.catch(e);
      return r;
    };
  });
var Zi,
  mp,
  Im,
  fF,
  lZ,
  uZ,
  mZ,
  dZ,
  fZ,
  gF = a(() => {
    oe();
    XC();
    Dm();
    wm();
    ZC();
    (Zi = "AWS_CONTAINER_CREDENTIALS_FULL_URI"),
      (mp = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
      (Im = "AWS_CONTAINER_AUTHORIZATION_TOKEN"),
      (fF = (e = {}) => {
        const { timeout: t, maxRetries: r } = Xi(e);
        return () =>
          up(async () => {
            const o = await fZ({ logger: e.logger }),
              n = JSON.parse(await lZ(t, o));
            if (!Tm(n))
              throw new U("Invalid response received from instance metadata service.", { logger: e.logger });
            return vm(n);
          }, r);
      }),
      (lZ = async (e, t) => (
        process.env[Im] && (t.headers = { ...t.headers, Authorization: process.env[Im] }),
        (await Jn({ ...t, timeout: e })).toString()
      )),
      (uZ = "169.254.170.2"),
      (mZ = new Set(["localhost", "127.0.0.1"])),
      (dZ = new Set(["http:", "https:"])),
      (fZ = async ({ logger: e }) => {
        if (process.env[mp]) return { hostname: uZ, path: process.env[mp] };
        if (process.env[Zi]) {
          let t;
          try {
            t = new URL(process.env[Zi]);
          } catch {
            throw new U(`${process.env[Zi]} is not a valid container metadata service URL`, {
              tryNextLink: !1,
              logger: e,
            });
          }
          if (!t.hostname || !mZ.has(t.hostname))
            throw new U(`${t.hostname} is not a valid container metadata service hostname`, {
              tryNextLink: !1,
              logger: e,
            });
          if (!t.protocol || !dZ.has(t.protocol))
            throw new U(`${t.protocol} is not a valid container metadata service protocol`, {
              tryNextLink: !1,
              logger: e,
            });
          return {
            protocol: t.protocol,
            hostname: t.hostname,
            path: t.pathname + t.search,
            port: t.port ? parseInt(t.port, 10) : void 0,
          };
        }
        throw new U(
          `The container metadata credential provider cannot be used unless the ${mp} or ${Zi} environment variable is set`,
          { tryNextLink: !1, logger: e },
        );
      });
  });
var bm,
  hF = a(() => {
    oe();
    bm = class e extends U {
      tryNextLink;
      name = "InstanceMetadataV1FallbackError";
      constructor(t, r = !0) {
        super(t, r), (this.tryNextLink = r), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var qs,
  eR = a(() => {
    ((e) => {
      (e.IPv4 = "http://169.254.169.254"), (e.IPv6 = "http://[fd00:ec2::254]");
    })(qs || (qs = {}));
  });
var gZ,
  hZ,
  SF,
  _F = a(() => {
    (gZ = "AWS_EC2_METADATA_SERVICE_ENDPOINT"),
      (hZ = "ec2_metadata_service_endpoint"),
      (SF = { environmentVariableSelector: (e) => e[gZ], configFileSelector: (e) => e[hZ], default: void 0 });
  });
var Yn,
  tR = a(() => {
    ((e) => {
      (e.IPv4 = "IPv4"), (e.IPv6 = "IPv6");
    })(Yn || (Yn = {}));
  });
var SZ,
  _Z,
  xF,
  EF = a(() => {
    tR();
    (SZ = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"),
      (_Z = "ec2_metadata_service_endpoint_mode"),
      (xF = {
        environmentVariableSelector: (e) => e[SZ],
        configFileSelector: (e) => e[_Z],
        default: Yn.IPv4,
      });
  });
var Pm,
  xZ,
  EZ,
  rR = a(() => {
    oe();
    ie();
    eR();
    _F();
    tR();
    EF();
    (Pm = async () => qe((await xZ()) || (await EZ()))),
      (xZ = async () => k(SF)()),
      (EZ = async () => {
        const e = await k(xF)();
        switch (e) {
          case Yn.IPv4:
            return qs.IPv4;
          case Yn.IPv6:
            return qs.IPv6;
          default:
            throw new Error(`Unsupported endpoint mode: ${e}. Select from ${Object.values(Yn)}`);
        }
      });
  });
var yZ,
  oR,
  yF = a(() => {
    (yZ = "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html"),
      (oR = (e, t) => {
        const r = 300 + Math.floor(Math.random() * 300),
          o = new Date(Date.now() + r * 1e3);
        t.warn(
          `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(o)}.
For more information, please visit: ` + yZ,
        );
        const n = e.originalExpiration ?? e.expiration;
        return { ...e, ...(n ? { originalExpiration: n } : {}), expiration: o };
      });
  });
var CF,
  RF = a(() => {
    yF();
    CF = (e, t = {}) => {
      let r = t?.logger || console,
        o;
      return async () => {
        let n;
        try {
          (n = await e()), n.expiration && n.expiration.getTime() < Date.now() && (n = oR(n, r));
        } catch (s) {
          if (o) r.warn("Credential renew failed: ", s), (n = oR(o, r));
          else throw s;
        }
        return ((o = n), n);
      };
    };
  });
var vF,
  CZ,
  nR,
  AF,
  TF,
  DF,
  RZ,
  AZ,
  TZ,
  vZ,
  wF = a(() => {
    oe();
    hF();
    XC();
    Dm();
    wm();
    ZC();
    rR();
    RF();
    (vF = "/latest/meta-data/iam/security-credentials/"),
      (CZ = "/latest/api/token"),
      (nR = "AWS_EC2_METADATA_V1_DISABLED"),
      (AF = "ec2_metadata_v1_disabled"),
      (TF = "x-aws-ec2-metadata-token"),
      (DF = (e = {}) => CF(RZ(e), { logger: e.logger })),
      (RZ = (e = {}) => {
        let t = !1,
          { logger: r, profile: o } = e,
          { timeout: n, maxRetries: s } = Xi(e),
          i = async (c, p) => {
            if (t || p.headers?.[TF] == null) {
              let d = !1,
                f = !1,
                S = await k(
                  {
                    environmentVariableSelector: (_) => {
                      const C = _[nR];
                      if (((f = !!C && C !== "false"), C === void 0))
                        throw new U(`${nR} not set in env, checking config file next.`, { logger: e.logger });
                      return f;
                    },
                    configFileSelector: (_) => {
                      const C = _[AF];
                      return ((d = !!C && C !== "false"), d);
                    },
                    default: !1,
                  },
                  { profile: o },
                )();
              if (e.ec2MetadataV1Disabled || S) {
                const _ = [];
                throw (
                  e.ec2MetadataV1Disabled &&
                    _.push("credential provider initialization (runtime option ec2MetadataV1Disabled)"),
                  d && _.push(`config file profile (${AF})`),
                  f && _.push(`process environment variable (${nR})`),
                  new bm(
                    `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${_.join(", ")}].`,
                  )
                );
              }
            }
            const m = (
              await up(async () => {
                let d;
                try {
                  d = await TZ(p);
                } catch (f) {
                  throw (f.statusCode === 401 && (t = !1), f);
                }
                return d;
              }, c)
            ).trim();
            return up(async () => {
              let d;
              try {
                d = await vZ(m, p, e);
              } catch (f) {
                throw (f.statusCode === 401 && (t = !1), f);
              }
              return d;
            }, c);
          };
        return async () => {
          const c = await Pm();
          if (t)
            return (
              r?.debug("AWS SDK Instance Metadata", "using v1 fallback (no token fetch)"),
              i(s, { ...c, timeout: n })
            );
          {
            let p;
            try {
              p = (await AZ({ ...c, timeout: n })).toString();
            } catch (u) {
              if (u?.statusCode === 400)
                throw Object.assign(u, { message: "EC2 Metadata token request returned error" });
              return (
                (u.message === "TimeoutError" || [403, 404, 405].includes(u.statusCode)) && (t = !0),
                r?.debug("AWS SDK Instance Metadata", "using v1 fallback (initial)"),
                i(s, { ...c, timeout: n })
              );
            }
            return i(s, { ...c, headers: { [TF]: p }, timeout: n });
          }
        };
      }),
      (AZ = async (e) =>
        Jn({ ...e, path: CZ, method: "PUT", headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" } })),
      (TZ = async (e) => (await Jn({ ...e, path: vF })).toString()),
      (vZ = async (e, t, r) => {
        const o = JSON.parse((await Jn({ ...t, path: vF + e })).toString());
        if (!Tm(o))
          throw new U("Invalid response received from instance metadata service.", { logger: r.logger });
        return vm(o);
      });
  });
var Om = {};
Xt(Om, {
  DEFAULT_MAX_RETRIES: () => uF,
  DEFAULT_TIMEOUT: () => lF,
  ENV_CMDS_AUTH_TOKEN: () => Im,
  ENV_CMDS_FULL_URI: () => Zi,
  ENV_CMDS_RELATIVE_URI: () => mp,
  Endpoint: () => qs,
  fromContainerMetadata: () => fF,
  fromInstanceMetadata: () => DF,
  getInstanceMetadataEndpoint: () => Pm,
  httpRequest: () => Jn,
  providerConfigFromInit: () => Xi,
});
var Nm = a(() => {
  gF();
  wF();
  Dm();
  wm();
  rR();
  eR();
});
function sR(e) {
  const t = e && typeof e == "object" && "reason" in e ? e.reason : void 0;
  if (t) {
    if (t instanceof Error) {
      const n = new Error("Request aborted");
      return ((n.name = "AbortError"), (n.cause = t), n);
    }
    const o = new Error(String(t));
    return ((o.name = "AbortError"), o);
  }
  const r = new Error("Request aborted");
  return ((r.name = "AbortError"), r);
}
var IF = a(() => {});
var bF,
  PF = a(() => {
    bF = ["ECONNRESET", "EPIPE", "ETIMEDOUT"];
  });
var OF,
  NF = a(() => {
    X();
    OF = (e) => {
      const t = {};
      for (const r in e) {
        if (!z(e, r)) continue;
        const o = e[r];
        t[r] = Array.isArray(o) ? o.join(",") : o;
      }
      return t;
    };
  });
import dp from "node:https";
var $F = a(() => {});
var je,
  Ks = a(() => {
    je = { setTimeout: (e, t) => setTimeout(e, t), clearTimeout: (e) => clearTimeout(e) };
  });
var MF,
  LF,
  kF = a(() => {
    Ks();
    (MF = 1e3),
      (LF = (e, t, r = 0) => {
        if (!r) return -1;
        const o = (n) => {
          const s = je.setTimeout(() => {
              e.destroy(),
                t(
                  Object.assign(
                    new Error(
                      `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                    ),
                    { name: "TimeoutError" },
                  ),
                );
            }, r - n),
            i = (c) => {
              c?.connecting
                ? c.on("connect", () => {
                    je.clearTimeout(s);
                  })
                : je.clearTimeout(s);
            };
          e.socket ? i(e.socket) : e.on("socket", i);
        };
        return r < 2e3 ? (o(0), 0) : je.setTimeout(o.bind(null, MF), MF);
      });
  });
var UF,
  FF = a(() => {
    Ks();
    UF = (e, t, r = 0, o, n) =>
      r
        ? je.setTimeout(() => {
            let s = `@smithy/node-http-handler - [${o ? "ERROR" : "WARN"}] a request has exceeded the configured ${r} ms requestTimeout.`;
            if (o) {
              const i = Object.assign(new Error(s), { name: "TimeoutError", code: "ETIMEDOUT" });
              e.destroy(i), t(i);
            } else
              (s +=
                " Init client requestHandler with throwOnRequestTimeout=true to turn this into an error."),
                n?.warn?.(s);
          }, r)
        : -1;
  });
var DZ,
  GF,
  BF = a(() => {
    Ks();
    (DZ = 3e3),
      (GF = (e, { keepAlive: t, keepAliveMsecs: r }, o = DZ) => {
        if (t !== !0) return -1;
        const n = () => {
          e.socket
            ? e.socket.setKeepAlive(t, r || 0)
            : e.on("socket", (s) => {
                s.setKeepAlive(t, r || 0);
              });
        };
        return o === 0 ? (n(), 0) : je.setTimeout(n, o);
      });
  });
var $m,
  HF = a(() => {
    $m = (e) => {
      const t = e?.defaultSocketTimeout;
      return typeof t == "number" && Number.isFinite(t) && t > 0 ? t : void 0;
    };
  });
var wZ,
  iR,
  VF = a(() => {
    Ks();
    (wZ = 3e3),
      (iR = (e, t, r = 0, o = !1) => {
        if (!Number.isFinite(r) || r <= 0) return;
        let n;
        e.once("response", (p) => (n = p));
        const s = () => {
            if (n?.complete) {
              e.socket?.destroy();
              return;
            }
            const p = Object.assign(
              new Error(
                `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o ? "service default socket timeout" : "configured by client requestHandler"}).`,
              ),
              { name: "TimeoutError" },
            );
            n?.destroy(p), e.destroy(), t(p);
          },
          i = () => {
            const { socket: p } = e;
            p
              ? p.connecting
                ? p.once("connect", i)
                : (p.setTimeout(r, s), e.on("close", () => p.removeListener("timeout", s)))
              : e.once("socket", i);
          };
        if (r < 6e3) {
          i();
          return;
        }
        const c = je.setTimeout(i, wZ);
        e.once("close", () => je.clearTimeout(c));
      });
  });
import { Readable as IZ } from "node:stream";
async function WF(e, t, r = jF, o = !1) {
  let n = t.headers,
    s = n ? n.Expect || n.expect : void 0,
    i = -1,
    c = !0;
  !o &&
    s === "100-continue" &&
    (c = await Promise.race([
      new Promise((p) => {
        i = Number(je.setTimeout(() => p(!0), Math.max(jF, r)));
      }),
      new Promise((p) => {
        e.on("continue", () => {
          je.clearTimeout(i), p(!0);
        }),
          e.on("response", () => {
            je.clearTimeout(i), p(!1);
          }),
          e.on("error", () => {
            je.clearTimeout(i), p(!1);
          });
      }),
    ])),
    c && bZ(e, t.body);
}
function bZ(e, t) {
  if (t instanceof IZ) {
    t.pipe(e);
    return;
  }
  if (t) {
    const r = Buffer.isBuffer(t);
    if (r || typeof t == "string") {
      r && t.byteLength === 0 ? e.end() : e.end(t);
      return;
    }
    const n = t;
    if (
      typeof n == "object" &&
      n.buffer &&
      typeof n.byteOffset == "number" &&
      typeof n.byteLength == "number"
    ) {
      e.end(Buffer.from(n.buffer, n.byteOffset, n.byteLength));
      return;
    }
    e.end(Buffer.from(t));
    return;
  }
  e.end();
}
var jF,
  zF = a(() => {
    Ks();
    jF = 6e3;
  });
var Mm,
  qF,
  ut,
  KF = a(() => {
    X();
    ie();
    IF();
    PF();
    NF();
    $F();
    kF();
    FF();
    BF();
    HF();
    VF();
    Ks();
    zF();
    ut = class e {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: "http/1.1" };
      static create(t) {
        return typeof t?.handle == "function" ? t : new e(t);
      }
      static checkSocketUsage(t, r, o = console) {
        const { sockets: n, requests: s, maxSockets: i } = t;
        if (typeof i != "number" || i === 1 / 0 || Date.now() - 15e3 < r) return r;
        if (n && s)
          for (const p in n) {
            if (!z(n, p)) continue;
            const u = n[p]?.length ?? 0,
              m = s[p]?.length ?? 0;
            if (u >= i && m >= 2 * i)
              return (
                o?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${u} and ${m} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
                Date.now()
              );
          }
        return r;
      }
      constructor(t) {
        this.configProvider = new Promise((r, o) => {
          typeof t == "function"
            ? t()
                .then((n) => {
                  r(this.resolveDefaultConfig(n));
                })
                .catch(o)
            : r(this.resolveDefaultConfig(t));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
      }
      async handle(t, { abortSignal: r, requestTimeout: o } = {}) {
        this.config || (this.config = await this.configProvider);
        const n = this.config,
          s = n.logger,
          i = t.protocol === "https:";
        return (
          !i && !this.config.httpAgent && (this.config.httpAgent = await this.config.httpAgentProvider()),
          new Promise((c, p) => {
            let u,
              m = -1,
              d = -1,
              f = -1,
              S = -1,
              _ = () => {
                je.clearTimeout(m), je.clearTimeout(d), je.clearTimeout(f), je.clearTimeout(S);
              },
              C = async (ye) => {
                await u, _(), c(ye);
              },
              R = async (ye) => {
                await u, _(), p(ye);
              };
            if (r?.aborted) {
              const ye = sR(r);
              R(ye);
              return;
            }
            let A = t.headers,
              T = A ? (A.Expect ?? A.expect) === "100-continue" : !1,
              F = i ? n.httpsAgent : n.httpAgent;
            T && !this.externalAgent && (F = new (i ? dp.Agent : Mm)({ keepAlive: !1, maxSockets: 1 / 0 })),
              (m = je.setTimeout(
                () => {
                  this.socketWarningTimestamp = e.checkSocketUsage(F, this.socketWarningTimestamp, s);
                },
                n.socketAcquisitionWarningTimeout ?? (n.requestTimeout ?? 2e3) + (n.connectionTimeout ?? 1e3),
              ));
            let H = t.query ? Gy(t.query) : "",
              ne;
            if (t.username != null || t.password != null) {
              const ye = t.username ?? "",
                Eo = t.password ?? "";
              ne = `${ye}:${Eo}`;
            }
            let Se = t.path;
            H && (Se += `?${H}`), t.fragment && (Se += `#${t.fragment}`);
            let Ee = t.hostname ?? "";
            Ee[0] === "[" && Ee.endsWith("]") ? (Ee = t.hostname.slice(1, -1)) : (Ee = t.hostname);
            const uo = {
                headers: t.headers,
                host: Ee,
                method: t.method,
                path: Se,
                port: t.port,
                agent: F,
                auth: ne,
              },
              ze = (i ? dp.request : qF)(uo, (ye) => {
                const Eo = new er({
                  statusCode: ye.statusCode || -1,
                  reason: ye.statusMessage,
                  headers: OF(ye.headers),
                  body: ye,
                });
                C({ response: Eo });
              });
            if (
              (ze.on("error", (ye) => {
                bF.includes(ye.code) ? R(Object.assign(ye, { name: "TimeoutError" })) : R(ye);
              }),
              r)
            ) {
              const ye = () => {
                ze.destroy();
                const Eo = sR(r);
                R(Eo);
              };
              if (typeof r.addEventListener == "function") {
                const Eo = r;
                Eo.addEventListener("abort", ye, { once: !0 }),
                  ze.once("close", () => Eo.removeEventListener("abort", ye));
              } else r.onabort = ye;
            }
            const Et = o ?? n.requestTimeout;
            (d = LF(ze, R, n.connectionTimeout)), (f = UF(ze, R, Et, n.throwOnRequestTimeout, s ?? console));
            const Ur = n.socketTimeout === void 0 ? $m(n) : void 0;
            Ur ? iR(ze, R, Ur, !0) : iR(ze, R, n.socketTimeout);
            const Qt = uo.agent;
            typeof Qt == "object" &&
              "keepAlive" in Qt &&
              (S = GF(ze, { keepAlive: Qt.keepAlive, keepAliveMsecs: Qt.keepAliveMsecs })),
              (u = WF(ze, t, Et, this.externalAgent).catch((ye) => (_(), p(ye))));
          })
        );
      }
      updateHttpClientConfig(t, r) {
        (this.config = void 0),
          (this.configProvider = this.configProvider.then((o) => {
            switch (t) {
              case Symbol.for("logger"):
                (t = "logger"), (r = o.logger ?? r);
                break;
              case Symbol.for("@smithy/defaultSocketTimeout"):
                (t = "defaultSocketTimeout"), (r = $m(o) ?? r);
                break;
            }
            return { ...o, [t]: r };
          }));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(t) {
        let {
            requestTimeout: r,
            connectionTimeout: o,
            socketTimeout: n,
            socketAcquisitionWarningTimeout: s,
            httpAgent: i,
            httpsAgent: c,
            throwOnRequestTimeout: p,
            logger: u,
          } = t || {},
          m = !0,
          d = 50,
          f;
        return {
          connectionTimeout: o,
          requestTimeout: r,
          socketTimeout: n,
          defaultSocketTimeout: $m(t),
          socketAcquisitionWarningTimeout: s,
          throwOnRequestTimeout: p,
          httpAgentProvider: () =>
            (f ??= (async () => {
              const S = await import("node:http"),
                { Agent: _, request: C } = S.default ?? S;
              return (
                (qF = C),
                (Mm = _),
                i instanceof Mm || typeof i?.destroy == "function"
                  ? ((this.externalAgent = !0), i)
                  : new Mm({ keepAlive: m, maxSockets: d, ...i })
              );
            })()),
          httpsAgent:
            c instanceof dp.Agent || typeof c?.destroy == "function"
              ? ((this.externalAgent = !0), c)
              : new dp.Agent({ keepAlive: m, maxSockets: d, ...c }),
          logger: u,
        };
      }
    };
  });
var _n = a(() => {
  KF();
  X();
});
var PZ,
  OZ,
  NZ,
  JF,
  YF = a(() => {
    oe();
    (PZ = "169.254.170.2"),
      (OZ = "169.254.170.23"),
      (NZ = "[fd00:ec2::23]"),
      (JF = (e, t) => {
        if (e.protocol !== "https:" && !(e.hostname === PZ || e.hostname === OZ || e.hostname === NZ)) {
          if (e.hostname.includes("[")) {
            if (e.hostname === "[::1]" || e.hostname === "[0000:0000:0000:0000:0000:0000:0000:0001]") return;
          } else {
            if (e.hostname === "localhost") return;
            const r = e.hostname.split("."),
              o = (n) => {
                const s = parseInt(n, 10);
                return 0 <= s && s <= 255;
              };
            if (r[0] === "127" && o(r[1]) && o(r[2]) && o(r[3]) && r.length === 4) return;
          }
          throw new U(
            `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
            { logger: t },
          );
        }
      });
  });
function QF(e) {
  return new me({
    protocol: e.protocol,
    hostname: e.hostname,
    port: Number(e.port),
    path: e.pathname,
    query: Array.from(e.searchParams.entries()).reduce((t, [r, o]) => ((t[r] = o), t), {}),
    fragment: e.hash,
  });
}
async function XF(e, t) {
  const o = await qc(e.body).transformToString();
  if (e.statusCode === 200) {
    const n = JSON.parse(o);
    if (
      typeof n.AccessKeyId != "string" ||
      typeof n.SecretAccessKey != "string" ||
      typeof n.Token != "string" ||
      typeof n.Expiration != "string"
    )
      throw new U(
        "HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",
        { logger: t },
      );
    return {
      accessKeyId: n.AccessKeyId,
      secretAccessKey: n.SecretAccessKey,
      sessionToken: n.Token,
      expiration: i0(n.Expiration),
    };
  }
  if (e.statusCode >= 400 && e.statusCode < 500) {
    let n = {};
    try {
      n = JSON.parse(o);
    } catch {}
    throw Object.assign(new U(`Server responded with status: ${e.statusCode}`, { logger: t }), {
      Code: n.Code,
      Message: n.Message,
    });
  }
  throw new U(`Server responded with status: ${e.statusCode}`, { logger: t });
}
var ZF = a(() => {
  oe();
  ie();
  X();
  X();
});
var eG,
  tG = a(() => {
    eG = (e, t, r) => async () => {
      for (let o = 0; o < t; ++o)
        try {
          return await e();
        } catch {
          await new Promise((s) => setTimeout(s, r));
        }
      return await e();
    };
  });
import $Z from "node:fs/promises";
var MZ,
  LZ,
  kZ,
  UZ,
  FZ,
  oG,
  rG,
  nG = a(() => {
    ae();
    oe();
    _n();
    YF();
    ZF();
    tG();
    (MZ = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
      (LZ = "http://169.254.170.2"),
      (kZ = "AWS_CONTAINER_CREDENTIALS_FULL_URI"),
      (UZ = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"),
      (FZ = "AWS_CONTAINER_AUTHORIZATION_TOKEN"),
      (oG = (e = {}) => {
        e.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
        let t,
          r = e.awsContainerCredentialsRelativeUri ?? process.env[MZ],
          o = e.awsContainerCredentialsFullUri ?? process.env[kZ],
          n = e.awsContainerAuthorizationToken ?? process.env[FZ],
          s = e.awsContainerAuthorizationTokenFile ?? process.env[UZ],
          i =
            e.logger?.constructor?.name === "NoOpLogger" || !e.logger?.warn
              ? console.warn
              : e.logger.warn.bind(e.logger);
        if (
          (r &&
            o &&
            (i(
              "@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.",
            ),
            i("awsContainerCredentialsRelativeUri will take precedence.")),
          n &&
            s &&
            (i(
              "@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.",
            ),
            i("awsContainerAuthorizationTokenFile will take precedence.")),
          r)
        )
          t = `${LZ}${r}`;
        else if (o) t = o;
        else
          throw new U(
            `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
            { logger: e.logger },
          );
        const c = new URL(t);
        JF(c, e.logger);
        const p = ut.create({ connectionTimeout: e.timeout ?? 1e3 }),
          u = e.timeout ?? 1e3,
          m = eG(
            async () => {
              const d = QF(c);
              s
                ? (d.headers.Authorization = rG((await $Z.readFile(s)).toString()))
                : n && (d.headers.Authorization = rG(n));
              try {
                const f = await p.handle(d, { requestTimeout: u });
                return XF(f.response).then((S) => ue(S, "CREDENTIALS_HTTP", "z"));
              } catch (f) {
                throw new U(String(f), { logger: e.logger });
              }
            },
            e.maxRetries ?? 3,
            e.timeout ?? 1e3,
          );
        return async () => {
          try {
            return await m();
          } finally {
            p.destroy?.();
          }
        };
      }),
      (rG = (e) => {
        if (
          e.includes(`\r
`)
        )
          throw new U("Authorization token contains invalid \\r\\n sequence.");
        return e;
      });
  });
var aR = {};
Xt(aR, { fromHttp: () => oG });
var cR = a(() => {
  nG();
});
var sG,
  iG,
  aG = a(() => {
    oe();
    (sG = "AWS_EC2_METADATA_DISABLED"),
      (iG = async (e) => {
        const {
          ENV_CMDS_FULL_URI: t,
          ENV_CMDS_RELATIVE_URI: r,
          fromContainerMetadata: o,
          fromInstanceMetadata: n,
        } = await Promise.resolve().then(() => (Nm(), Om));
        if (process.env[r] || process.env[t]) {
          e.logger?.debug(
            "@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata",
          );
          const { fromHttp: s } = await Promise.resolve().then(() => (cR(), aR));
          return Ps(s(e), o(e));
        }
        return process.env[sG] && process.env[sG] !== "false"
          ? async () => {
              throw new U("EC2 Instance Metadata Service access disabled", { logger: e.logger });
            }
          : (e.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),
            n(e));
      });
  });
function cG(e, t) {
  let r = GZ(e),
    o,
    n,
    s,
    i,
    c = async (p) => {
      if (p?.forceRefresh)
        return (
          i ||
            (i = r(p)
              .then((u) => {
                s = u;
              })
              .finally(() => {
                i = void 0;
              })),
          await i,
          s
        );
      if ((s?.expiration && s?.expiration?.getTime() < Date.now() && (s = void 0), o)) await o;
      else if (!s || t?.(s))
        if (s)
          n ||
            (n = r(p)
              .then((u) => {
                s = u;
              })
              .catch(() => {})
              .finally(() => {
                n = void 0;
              }));
        else
          return (
            (o = r(p)
              .then((u) => {
                s = u;
              })
              .finally(() => {
                o = void 0;
              })),
            c(p)
          );
      return s;
    };
  return c;
}
var GZ,
  pG = a(() => {
    GZ = (e) => async (t) => {
      let r;
      for (const o of e)
        try {
          return await o(t);
        } catch (n) {
          if (((r = n), n?.tryNextLink)) continue;
          throw n;
        }
      throw r;
    };
  });
var Lm,
  pR = a(() => {
    Lm = (e) =>
      e &&
      (typeof e.sso_start_url == "string" ||
        typeof e.sso_account_id == "string" ||
        typeof e.sso_session == "string" ||
        typeof e.sso_region == "string" ||
        typeof e.sso_role_name == "string");
  });
var ea,
  km = a(() => {
    ea = "To refresh this SSO session run 'aws sso login' with the corresponding profile.";
  });
function BZ(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sso-oauth", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
function HZ(e) {
  return { schemeId: "smithy.api#noAuth" };
}
var lG,
  uG,
  mG,
  lR = a(() => {
    Ye();
    L();
    lG = async (e, t, r) => ({
      operation: Me(t).operation,
      region:
        (await de(e.region)()) ||
        (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    });
    (uG = (e) => {
      const t = [];
      return (e.operation === "CreateToken" ? t.push(HZ(e)) : t.push(BZ(e)), t);
    }),
      (mG = (e) => {
        const t = Vr(e);
        return Object.assign(t, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var dG,
  fG,
  uR = a(() => {
    (dG = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        defaultSigningName: "sso-oauth",
      })),
      (fG = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var Qn,
  fp = a(() => {
    Qn = {
      name: "@aws-sdk/nested-clients",
      version: "3.998.3",
      description: "Nested clients for AWS SDK packages.",
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/packages/nested-clients",
      license: "Apache-2.0",
      author: { name: "AWS SDK for JavaScript Team", url: "https://aws.amazon.com/sdk-for-javascript/" },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "packages/nested-clients",
      },
      files: [
        "./cognito-identity.d.ts",
        "./cognito-identity.js",
        "./signin.d.ts",
        "./signin.js",
        "./sso-oidc.d.ts",
        "./sso-oidc.js",
        "./sso.d.ts",
        "./sso.js",
        "./sts.d.ts",
        "./sts.js",
        "dist-*/**",
      ],
      sideEffects: !1,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: {
        "./dist-es/submodules/cognito-identity/runtimeConfig":
          "./dist-es/submodules/cognito-identity/runtimeConfig.browser",
        "./dist-es/submodules/signin/runtimeConfig": "./dist-es/submodules/signin/runtimeConfig.browser",
        "./dist-es/submodules/sso-oidc/runtimeConfig": "./dist-es/submodules/sso-oidc/runtimeConfig.browser",
        "./dist-es/submodules/sso/runtimeConfig": "./dist-es/submodules/sso/runtimeConfig.browser",
        "./dist-es/submodules/sts/runtimeConfig": "./dist-es/submodules/sts/runtimeConfig.browser",
      },
      types: "./dist-types/index.d.ts",
      typesVersions: {
        "<4.5": { "dist-types/*": ["dist-types/ts3.4/*"], "*": ["dist-types/ts3.4/submodules/*/index.d.ts"] },
      },
      "react-native": {},
      exports: {
        "./package.json": "./package.json",
        "./sso-oidc": {
          types: "./dist-types/submodules/sso-oidc/index.d.ts",
          module: "./dist-es/submodules/sso-oidc/index.js",
          node: "./dist-cjs/submodules/sso-oidc/index.js",
          import: "./dist-es/submodules/sso-oidc/index.js",
          require: "./dist-cjs/submodules/sso-oidc/index.js",
        },
        "./sts": {
          types: "./dist-types/submodules/sts/index.d.ts",
          module: "./dist-es/submodules/sts/index.js",
          node: "./dist-cjs/submodules/sts/index.js",
          import: "./dist-es/submodules/sts/index.js",
          require: "./dist-cjs/submodules/sts/index.js",
        },
        "./signin": {
          types: "./dist-types/submodules/signin/index.d.ts",
          module: "./dist-es/submodules/signin/index.js",
          node: "./dist-cjs/submodules/signin/index.js",
          import: "./dist-es/submodules/signin/index.js",
          require: "./dist-cjs/submodules/signin/index.js",
        },
        "./cognito-identity": {
          types: "./dist-types/submodules/cognito-identity/index.d.ts",
          module: "./dist-es/submodules/cognito-identity/index.js",
          node: "./dist-cjs/submodules/cognito-identity/index.js",
          import: "./dist-es/submodules/cognito-identity/index.js",
          require: "./dist-cjs/submodules/cognito-identity/index.js",
        },
        "./sso": {
          types: "./dist-types/submodules/sso/index.d.ts",
          module: "./dist-es/submodules/sso/index.js",
          node: "./dist-cjs/submodules/sso/index.js",
          import: "./dist-es/submodules/sso/index.js",
          require: "./dist-cjs/submodules/sso/index.js",
        },
      },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        lint: "node ../../scripts/validation/submodules-linter.js",
        prebuild: "yarn lint",
        test: "yarn g:vitest run",
        "test:watch": "yarn g:vitest watch",
      },
      dependencies: {
        "@aws-sdk/core": "^3.981.0",
        "@aws-sdk/signature-v4-multi-region": "^3.996.52",
        "@aws-sdk/types": "^3.975.1",
        "@smithy/core": "^3.40.0",
        "@smithy/fetch-http-handler": "^5.8.1",
        "@smithy/node-http-handler": "^4.14.2",
        "@smithy/types": "^4.20.0",
        tslib: "^2.6.2",
      },
      devDependencies: {
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2",
      },
      engines: { node: ">=20.0.0" },
    };
  });
var Xn,
  Um = a(() => {
    L();
    be();
    Xn = class {
      queryCompat;
      errorRegistry;
      constructor(t = !1) {
        this.queryCompat = t;
      }
      resolveRestContentType(t, r) {
        const o = r.getMemberSchemas(),
          n = Object.values(o).find((s) => !!s.getMergedTraits().httpPayload);
        if (n) {
          const s = n.getMergedTraits().mediaType;
          return s || (n.isStringSchema() ? "text/plain" : n.isBlobSchema() ? "application/octet-stream" : t);
        } else if (
          !r.isUnitSchema() &&
          Object.values(o).find((i) => {
            const {
              httpQuery: c,
              httpQueryParams: p,
              httpHeader: u,
              httpLabel: m,
              httpPrefixHeaders: d,
            } = i.getMergedTraits();
            return !c && !p && !u && !m && d === void 0;
          })
        )
          return t;
      }
      async getErrorSchemaOrThrowBaseException(t, r, o, n, s, i) {
        let c = t;
        t.includes("#") && ([, c] = t.split("#"));
        const p = { $metadata: s, $fault: o.statusCode < 500 ? "client" : "server" };
        if (!this.errorRegistry) throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
        try {
          return {
            errorSchema: i?.(this.errorRegistry, c) ?? this.errorRegistry.getSchema(t),
            errorMetadata: p,
          };
        } catch {
          n.message = n.message ?? n.Message ?? "UnknownError";
          const m = this.errorRegistry,
            d = m.getBaseException();
          if (d) {
            const _ = m.getErrorCtor(d) ?? Error;
            throw this.decorateServiceException(Object.assign(new _({ name: c }), p), n);
          }
          const f = n,
            S = f?.message ?? f?.Message ?? f?.Error?.Message ?? f?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(S), { name: c }, p), n);
        }
      }
      compose(t, r, o) {
        let n = o;
        r.includes("#") && ([n] = r.split("#"));
        const s = Te.for(n),
          i = Te.for("smithy.ts.sdk.synthetic." + o);
        t.copyFrom(s), t.copyFrom(i), (this.errorRegistry = t);
      }
      decorateServiceException(t, r = {}) {
        if (this.queryCompat) {
          const o = t.Message ?? r.Message,
            n = xu(t, r);
          o && (n.message = o);
          const s = n.Error ?? {};
          (s.Type = n.Error?.Type),
            (s.Code = n.Error?.Code),
            (s.Message = n.Error?.message ?? n.Error?.Message ?? o),
            (n.Error = s);
          const i = n.$metadata.requestId;
          return (i && (n.RequestId = i), n);
        }
        return xu(t, r);
      }
      setQueryCompatError(t, r) {
        const o = r.headers?.["x-amzn-query-error"];
        if (t !== void 0 && o != null) {
          const [n, s] = o.split(";"),
            i = Object.keys(t),
            c = { Code: n, Type: s };
          (t.Code = n), (t.Type = s);
          for (let p = 0; p < i.length; p++) {
            const u = i[p];
            c[u === "message" ? "Message" : u] = t[u];
          }
          delete c.__type, (t.Error = c);
        }
      }
      queryCompatOutput(t, r) {
        t.Error && (r.Error = t.Error), t.Type && (r.Type = t.Type), t.Code && (r.Code = t.Code);
      }
      findQueryCompatibleError(t, r) {
        try {
          return t.getSchema(r);
        } catch {
          return t.find((n) => ce.of(n).getMergedTraits().awsQueryError?.[0] === r);
        }
      }
    };
  });
var ta,
  mR = a(() => {
    ie();
    be();
    Um();
    ta = class extends Fs {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({
        defaultNamespace: t,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({ defaultNamespace: t, errorTypeRegistries: r }),
          (this.serviceTarget = o),
          (this.codec = s ?? new Hs({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!n),
          (this.mixin = new Xn(this.awsQueryCompatible));
      }
      async serializeRequest(t, r, o) {
        const n = await super.serializeRequest(t, r, o);
        return (
          n.path.endsWith("/") || (n.path += "/"),
          (n.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (n.headers["x-amz-target"] = `${this.serviceTarget}.${t.name}`),
          this.awsQueryCompatible && (n.headers["x-amzn-query-mode"] = "true"),
          (gn(t.input) === "unit" || !n.body) && (n.body = "{}"),
          n
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(t, r, o, n, s) {
        const { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(n, o);
        const c = Jy(o, n, i) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, c, this.options.defaultNamespace);
        const { errorSchema: p, errorMetadata: u } = await this.mixin.getErrorSchemaOrThrowBaseException(
            c,
            this.options.defaultNamespace,
            o,
            n,
            s,
            i ? this.mixin.findQueryCompatibleError : void 0,
          ),
          m = ce.of(p),
          d = n.message ?? n.Message ?? "UnknownError",
          f = this.compositeErrorRegistry.getErrorCtor(p) ?? Error,
          S = new f({}),
          _ = {},
          C = this.codec.createDeserializer();
        for (const [R, A] of m.structIterator()) n[R] != null && (_[R] = C.readObject(A, n[R]));
        throw (
          i && this.mixin.queryCompatOutput(n, _),
          this.mixin.decorateServiceException(
            Object.assign(S, u, { $fault: m.getMergedTraits().error, message: d }, _),
            n,
          )
        );
      }
    };
  });
var gp,
  gG = a(() => {
    mR();
    gp = class extends ta {
      constructor({
        defaultNamespace: t,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({
          defaultNamespace: t,
          errorTypeRegistries: r,
          serviceTarget: o,
          awsQueryCompatible: n,
          jsonCodec: s,
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_0";
      }
      getJsonRpcVersion() {
        return "1.0";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.0";
      }
    };
  });
var hp,
  hG = a(() => {
    mR();
    hp = class extends ta {
      constructor({
        defaultNamespace: t,
        errorTypeRegistries: r,
        serviceTarget: o,
        awsQueryCompatible: n,
        jsonCodec: s,
      }) {
        super({
          defaultNamespace: t,
          errorTypeRegistries: r,
          serviceTarget: o,
          awsQueryCompatible: n,
          jsonCodec: s,
        });
      }
      getShapeId() {
        return "aws.protocols#awsJson1_1";
      }
      getJsonRpcVersion() {
        return "1.1";
      }
      getDefaultContentType() {
        return "application/x-amz-json-1.1";
      }
    };
  });
var xn,
  SG = a(() => {
    ie();
    be();
    Um();
    xn = class extends Qc {
      serializer;
      deserializer;
      codec;
      mixin = new Xn();
      constructor({ defaultNamespace: t, errorTypeRegistries: r, jsonCodec: o }) {
        super({ defaultNamespace: t, errorTypeRegistries: r });
        const n = { timestampFormat: { useTrait: !0, default: 7 }, httpBindings: !0, jsonName: !0 };
        (this.codec = o ?? new Hs(n)),
          (this.serializer = new Zc(this.codec.createSerializer(), n)),
          (this.deserializer = new Xc(this.codec.createDeserializer(), n));
      }
      getShapeId() {
        return "aws.protocols#restJson1";
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(t) {
        this.codec.setSerdeContext(t), super.setSerdeContext(t);
      }
      async serializeRequest(t, r, o) {
        const n = await super.serializeRequest(t, r, o),
          s = ce.of(t.input);
        if (!n.headers["content-type"]) {
          const i = this.mixin.resolveRestContentType(this.getDefaultContentType(), s);
          i && (n.headers["content-type"] = i);
        }
        return (
          n.body == null && n.headers["content-type"] === this.getDefaultContentType() && (n.body = "{}"), n
        );
      }
      async deserializeResponse(t, r, o) {
        const n = await super.deserializeResponse(t, r, o),
          s = ce.of(t.output);
        for (const [i, c] of s.structIterator())
          c.getMemberTraits().httpPayload && !(i in n) && (n[i] = null);
        return n;
      }
      async handleError(t, r, o, n, s) {
        const i = Ky(o, n) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const { errorSchema: c, errorMetadata: p } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            o,
            n,
            s,
          ),
          u = ce.of(c),
          m = n.message ?? n.Message ?? "UnknownError",
          d = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
          f = new d({});
        await this.deserializeHttpMessage(c, r, o, n);
        const S = {},
          _ = this.codec.createDeserializer();
        for (const [C, R] of u.structIterator()) {
          const A = R.getMergedTraits().jsonName ?? C;
          S[C] = _.readObject(R, n[A]);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(f, p, { $fault: u.getMergedTraits().error, message: m }, S),
          n,
        );
      }
      getDefaultContentType() {
        return "application/json";
      }
    };
  });
function dR(e) {
  Object.defineProperty(e, "__proto__", { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
function gR(e) {
  return new fR(e).parse();
}
var fR,
  _G = a(() => {
    fR = class e {
      x;
      i = 0;
      z;
      constructor(t) {
        (this.x = t),
          (this.x = t.replace(
            /\r\n?/g,
            `
`,
          )),
          (this.z = this.x.length);
      }
      parse() {
        const { z: r } = this;
        for (; this.i < r && (this.trim(), !(this.i >= r)); )
          if (this.isNext("<?")) this.readTo("?>"), this.trim();
          else if (this.isNext("<!--")) this.readTo("-->"), this.trim();
          else if (this.isNext("<!DOCTYPE", !1)) this.skipDoctype(), this.trim();
          else if (this.x[this.i] === "<") {
            const o = this.parseTag();
            return { [o.tag]: o.value };
          } else throw new Error("@aws-sdk XML parse error: unexpected content.");
        throw new Error("@aws-sdk XML parse error: no root element.");
      }
      isNext(t, r = !0) {
        return r ? this.x.startsWith(t, this.i) : this.x.toLowerCase().startsWith(t.toLowerCase(), this.i);
      }
      readTo(t) {
        const o = this.x.indexOf(t, this.i);
        if (o === -1) throw new Error(`@aws-sdk XML parse error: expected "${t}" not found.`);
        const n = this.x.slice(this.i, o);
        return ((this.i = o + t.length), n);
      }
      trim() {
        for (
          ;
          this.i < this.z &&
          ` 	\r
`.includes(this.x[this.i]);
        )
          ++this.i;
      }
      readAttrValue() {
        const r = this.x[this.i];
        ++this.i;
        let o = "";
        for (; this.i < this.z && this.x[this.i] !== r; ) o += this.x[this.i++];
        return (++this.i, this.decodeEntities(o));
      }
      parseTag() {
        ++this.i;
        let r = "";
        for (
          ;
          this.i < this.z &&
          !` 	\r
>/`.includes(this.x[this.i]);
        )
          r += this.x[this.i++];
        let o = !1,
          n = {};
        for (; this.i < this.z && (this.trim(), !">/".includes(this.x[this.i])); ) {
          let m = "";
          for (
            ;
            this.i < this.z &&
            !`= 	\r
>/?`.includes(this.x[this.i]);
          )
            m += this.x[this.i++];
          if ((this.trim(), this.x[this.i] !== "=")) break;
          ++this.i, this.trim(), m === "__proto__" && dR(n), (n[m] = this.readAttrValue()), (o = !0);
        }
        if (this.i >= this.z) throw new Error("@aws-sdk XML parse error: unexpected end of input.");
        if (this.x[this.i] === "/") {
          if ((++this.i, this.i >= this.z || this.x[this.i] !== ">"))
            throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
          return (++this.i, { tag: r, value: o ? n : "" });
        }
        if (this.x[this.i] !== ">")
          throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
        ++this.i;
        let s = [],
          i = [],
          c = !1;
        for (; this.i < this.z && !this.isNext("</"); )
          if (this.x[this.i] === "<")
            this.isNext("<!--")
              ? this.readTo("-->")
              : this.isNext("<![CDATA[")
                ? ((this.i += 9), s.push(this.readTo("]]>")))
                : this.isNext("<?")
                  ? this.readTo("?>")
                  : ((c = !0), i.push(this.parseTag()));
          else {
            let m = "";
            for (; this.i < this.z && this.x[this.i] !== "<"; ) m += this.x[this.i++];
            s.push(this.decodeEntities(m));
          }
        if (!this.isNext("</")) throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);
        this.i += 2;
        const p = this.readTo(">").trim();
        if (p !== r) throw new Error(`@aws-sdk XML parse error: mismatched tags <${r}> and </${p}>.`);
        if (!o && s.length === 0 && !c) return { tag: r, value: "" };
        if (!o && !c) {
          const m = s.length === 1 ? s[0] : s.join("");
          return m.trim() === "" &&
            m.includes(`
`)
            ? { tag: r, value: "" }
            : { tag: r, value: m };
        }
        const u = {};
        for (const m of s)
          (m.trim() === "" &&
            m.includes(`
`)) ||
            (u["#text"] = "#text" in u ? u["#text"] + m : m);
        for (const m of i)
          m.tag === "__proto__" && dR(u),
            m.tag in u
              ? Array.isArray(u[m.tag])
                ? u[m.tag].push(m.value)
                : (u[m.tag] = [u[m.tag], m.value])
              : (u[m.tag] = m.value);
        for (const [m, d] of Object.entries(n)) m === "__proto__" && dR(u), (u[m] = d);
        return { tag: r, value: u };
      }
      static ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      skipDoctype() {
        this.i += 9;
        let r = 0;
        for (; this.i < this.z; ) {
          const o = this.x[this.i];
          if (o === "[") ++r;
          else if (o === "]") --r;
          else if (o === ">" && r === 0) {
            ++this.i;
            return;
          }
          ++this.i;
        }
        throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
      }
      decodeEntities(t) {
        return t.replace(
          /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,
          (r, o, n, s) =>
            o
              ? String.fromCharCode(parseInt(o, 16))
              : n
                ? String.fromCharCode(parseInt(n, 10))
                : (e.ENTITIES[s] ?? ""),
        );
      }
    };
  });
var xG = a(() => {
  _G();
});
var ra,
  hR = a(() => {
    ra = class {
      serdeContext;
      setSerdeContext(t) {
        this.serdeContext = t;
      }
    };
  });
var Fm,
  EG = a(() => {
    Fm = class {
      from;
      to;
      keys;
      constructor(t, r) {
        (this.from = t), (this.to = r);
        const o = Object.keys(this.from),
          n = new Set(o);
        n.delete("__type"), (this.keys = n);
      }
      mark(t) {
        this.keys.delete(t);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const t = this.keys.values().next().value,
            r = this.from[t];
          this.to.$unknown = [t, r];
        }
      }
    };
  });
function yG(e) {
  Object.defineProperty(e, "__proto__", { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var CG = a(() => {});
var Gm,
  RG = a(() => {
    xG();
    L();
    ie();
    be();
    X();
    hR();
    EG();
    CG();
    Gm = class extends ra {
      settings;
      stringDeserializer;
      constructor(t) {
        super(), (this.settings = t), (this.stringDeserializer = new Gs(t));
      }
      setSerdeContext(t) {
        (this.serdeContext = t), this.stringDeserializer.setSerdeContext(t);
      }
      read(t, r, o) {
        const n = ce.of(t),
          s = n.getMemberSchemas();
        if (
          n.isStructSchema() &&
          n.isMemberSchema() &&
          Object.values(s).find((u) => !!u.getMemberTraits().eventPayload)
        ) {
          const u = {},
            m = Object.keys(s)[0];
          return (s[m].isBlobSchema() ? (u[m] = r) : (u[m] = this.read(s[m], r)), u);
        }
        const c = (this.serdeContext?.utf8Encoder ?? Ne)(r),
          p = this.parseXml(c);
        return this.readSchema(t, o ? p[o] : p);
      }
      readSchema(t, r) {
        const o = ce.of(t);
        if (o.isUnitSchema()) return;
        const n = o.getMergedTraits();
        if (o.isListSchema() && !Array.isArray(r)) return this.readSchema(o, [r]);
        if (r == null) return r;
        if (typeof r == "object") {
          const s = !!n.xmlFlattened;
          if (o.isListSchema()) {
            const c = o.getValueSchema(),
              p = [],
              u = c.getMergedTraits().xmlName ?? "member",
              m = s ? r : (r[0] ?? r)[u];
            if (m == null) return p;
            const d = Array.isArray(m) ? m : [m];
            for (const f of d) p.push(this.readSchema(c, f));
            return p;
          }
          const i = {};
          if (o.isMapSchema()) {
            let c = o.getKeySchema(),
              p = o.getValueSchema(),
              u;
            s ? (u = Array.isArray(r) ? r : [r]) : (u = Array.isArray(r.entry) ? r.entry : [r.entry]);
            const m = c.getMergedTraits().xmlName ?? "key",
              d = p.getMergedTraits().xmlName ?? "value";
            for (const f of u) {
              const S = f[m],
                _ = f[d];
              S === "__proto__" && yG(i), (i[S] = this.readSchema(p, _));
            }
            return i;
          }
          if (o.isStructSchema()) {
            let c = o.isUnionSchema(),
              p;
            c && (p = new Fm(r, i));
            for (const [u, m] of o.structIterator()) {
              const d = m.getMergedTraits(),
                f = d.httpPayload ? (d.xmlName ?? m.getName()) : (m.getMemberTraits().xmlName ?? u);
              c && p.mark(f), r[f] != null && (i[u] = this.readSchema(m, r[f]));
            }
            return (c && p.writeUnknown(), i);
          }
          if (o.isDocumentSchema()) return r;
          throw new Error(
            `@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`,
          );
        }
        return o.isListSchema()
          ? []
          : o.isMapSchema() || o.isStructSchema()
            ? {}
            : this.stringDeserializer.read(o, r);
      }
      parseXml(t) {
        if (t.length) {
          let r;
          try {
            r = gR(t);
          } catch (i) {
            throw (
              i && typeof i == "object" && Object.defineProperty(i, "$responseBodyText", { value: t }), i
            );
          }
          const o = "#text",
            n = Object.keys(r)[0],
            s = r[n];
          return (s[o] && ((s[n] = s[o]), delete s[o]), Eu(s));
        }
        return {};
      }
    };
  });
var Bm,
  AG = a(() => {
    ie();
    be();
    X();
    X();
    hR();
    Bm = class extends ra {
      settings;
      buffer;
      constructor(t) {
        super(), (this.settings = t);
      }
      write(t, r, o = "") {
        this.buffer === void 0 && (this.buffer = "");
        const n = ce.of(t);
        if ((o && !o.endsWith(".") && (o += "."), n.isBlobSchema()))
          (typeof r == "string" || r instanceof Uint8Array) &&
            (this.writeKey(o), this.writeValue((this.serdeContext?.base64Encoder ?? He)(r)));
        else if (n.isBooleanSchema() || n.isNumericSchema() || n.isStringSchema())
          r != null
            ? (this.writeKey(o), this.writeValue(String(r)))
            : n.isIdempotencyToken() && (this.writeKey(o), this.writeValue(Bi()));
        else if (n.isBigIntegerSchema()) r != null && (this.writeKey(o), this.writeValue(String(r)));
        else if (n.isBigDecimalSchema())
          r != null && (this.writeKey(o), this.writeValue(r instanceof at ? r.string : String(r)));
        else if (n.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(o), Bs(n, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace(".000Z", "Z"));
                break;
              case 6:
                this.writeValue(bs(r));
                break;
              case 7:
                this.writeValue(String(r.getTime() / 1e3));
                break;
            }
        } else if (n.isDocumentSchema())
          Array.isArray(r)
            ? this.write(79, r, o)
            : r instanceof Date
              ? this.write(4, r, o)
              : r instanceof Uint8Array
                ? this.write(21, r, o)
                : r && typeof r == "object"
                  ? this.write(143, r, o)
                  : (this.writeKey(o), this.writeValue(String(r)));
        else if (n.isListSchema()) {
          if (Array.isArray(r))
            if (r.length === 0) this.settings.serializeEmptyLists && (this.writeKey(o), this.writeValue(""));
            else {
              let s = n.getValueSchema(),
                i = this.settings.flattenLists || n.getMergedTraits().xmlFlattened,
                c = 1;
              for (const p of r) {
                if (p == null) continue;
                const u = s.getMergedTraits(),
                  m = this.getKey("member", u.xmlName, u.ec2QueryName),
                  d = i ? `${o}${c}` : `${o}${m}.${c}`;
                this.write(s, p, d), ++c;
              }
            }
        } else if (n.isMapSchema()) {
          if (r && typeof r == "object") {
            let s = n.getKeySchema(),
              i = n.getValueSchema(),
              c = n.getMergedTraits().xmlFlattened,
              p = 1;
            for (const u in r) {
              const m = r[u];
              if (m == null) continue;
              const d = s.getMergedTraits(),
                f = this.getKey("key", d.xmlName, d.ec2QueryName),
                S = c ? `${o}${p}.${f}` : `${o}entry.${p}.${f}`,
                _ = i.getMergedTraits(),
                C = this.getKey("value", _.xmlName, _.ec2QueryName),
                R = c ? `${o}${p}.${C}` : `${o}entry.${p}.${C}`;
              this.write(s, u, S), this.write(i, m, R), ++p;
            }
          }
        } else if (n.isStructSchema()) {
          if (r && typeof r == "object") {
            let s = !1;
            for (const [i, c] of n.structIterator()) {
              if (r[i] == null && !c.isIdempotencyToken()) continue;
              const p = c.getMergedTraits(),
                u = this.getKey(i, p.xmlName, p.ec2QueryName, "struct"),
                m = `${o}${u}`;
              this.write(c, r[i], m), (s = !0);
            }
            if (!s && n.isUnionSchema()) {
              const { $unknown: i } = r;
              if (Array.isArray(i)) {
                const [c, p] = i,
                  u = `${o}${c}`;
                this.write(15, p, u);
              }
            }
          }
        } else if (!n.isUnitSchema())
          throw new Error(
            `@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`,
          );
      }
      flush() {
        if (this.buffer === void 0)
          throw new Error(
            "@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.",
          );
        const t = this.buffer;
        return (delete this.buffer, t);
      }
      getKey(t, r, o, n) {
        const { ec2: s, capitalizeKeys: i } = this.settings;
        if (s && o) return o;
        const c = r ?? t;
        return i && n === "struct" ? c[0].toUpperCase() + c.slice(1) : c;
      }
      writeKey(t) {
        t.endsWith(".") && (t = t.slice(0, t.length - 1)), (this.buffer += `&${Ms(t)}=`);
      }
      writeValue(t) {
        this.buffer += Ms(t);
      }
    };
  });
var En,
  TG = a(() => {
    ie();
    be();
    Um();
    RG();
    AG();
    En = class extends Fs {
      options;
      serializer;
      deserializer;
      mixin = new Xn();
      constructor(t) {
        super({ defaultNamespace: t.defaultNamespace, errorTypeRegistries: t.errorTypeRegistries }),
          (this.options = t);
        const r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !1,
          xmlNamespace: t.xmlNamespace,
          serviceNamespace: t.defaultNamespace,
          serializeEmptyLists: !0,
        };
        (this.serializer = new Bm(r)), (this.deserializer = new Gm(r));
      }
      getShapeId() {
        return "aws.protocols#awsQuery";
      }
      setSerdeContext(t) {
        this.serializer.setSerdeContext(t), this.deserializer.setSerdeContext(t);
      }
      getPayloadCodec() {
        throw new Error("AWSQuery protocol has no payload codec.");
      }
      async serializeRequest(t, r, o) {
        const n = await super.serializeRequest(t, r, o);
        n.path.endsWith("/") || (n.path += "/"),
          (n.headers["content-type"] = "application/x-www-form-urlencoded"),
          (gn(t.input) === "unit" || !n.body) && (n.body = "");
        const s = t.name.split("#")[1] ?? t.name;
        return (
          (n.body = `Action=${s}&Version=${this.options.version}` + n.body),
          n.body.endsWith("&") && (n.body = n.body.slice(-1)),
          n
        );
      }
      async deserializeResponse(t, r, o) {
        const n = this.deserializer,
          s = ce.of(t.output),
          i = {};
        if (o.statusCode >= 300) {
          const m = await Ut(o.body, r);
          m.byteLength > 0 && Object.assign(i, await n.read(15, m)),
            await this.handleError(t, r, o, i, this.deserializeMetadata(o));
        }
        for (const m in o.headers) {
          const d = o.headers[m];
          delete o.headers[m], (o.headers[m.toLowerCase()] = d);
        }
        const c = t.name.split("#")[1] ?? t.name,
          p = s.isStructSchema() && this.useNestedResult() ? c + "Result" : void 0,
          u = await Ut(o.body, r);
        return (
          u.byteLength > 0 && Object.assign(i, await n.read(s, u, p)),
          (i.$metadata = this.deserializeMetadata(o)),
          i
        );
      }
      useNestedResult() {
        return !0;
      }
      async handleError(t, r, o, n, s) {
        const i = this.loadQueryErrorCode(o, n) ?? "Unknown";
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const c = this.loadQueryError(n) ?? {},
          p = this.loadQueryErrorMessage(n);
        (c.message = p), (c.Error = { Type: c.Type, Code: c.Code, Message: p });
        const { errorSchema: u, errorMetadata: m } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            o,
            c,
            s,
            this.mixin.findQueryCompatibleError,
          ),
          d = ce.of(u),
          f = this.compositeErrorRegistry.getErrorCtor(u) ?? Error,
          S = new f({}),
          _ = { Type: c.Error.Type, Code: c.Error.Code, Error: c.Error };
        for (const [C, R] of d.structIterator()) {
          const A = R.getMergedTraits().xmlName ?? C,
            T = c[A] ?? n[A];
          _[C] = this.deserializer.readSchema(R, T);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(S, m, { $fault: d.getMergedTraits().error, message: p }, _),
          n,
        );
      }
      loadQueryErrorCode(t, r) {
        const o = (r.Errors?.[0]?.Error ?? r.Errors?.Error ?? r.Error)?.Code;
        if (o !== void 0) return o;
        if (t.statusCode == 404) return "NotFound";
      }
      loadQueryError(t) {
        return t.Errors?.[0]?.Error ?? t.Errors?.Error ?? t.Error;
      }
      loadQueryErrorMessage(t) {
        const r = this.loadQueryError(t);
        return r?.message ?? r?.Message ?? t.message ?? t.Message ?? "Unknown";
      }
      getDefaultContentType() {
        return "application/x-www-form-urlencoded";
      }
    };
  });
var yn = a(() => {
  gG();
  hG();
  SG();
  TG();
});
var Sp,
  Js,
  Hm,
  vG,
  bG,
  Vm,
  SR,
  DG,
  _R,
  oa,
  wG,
  IG,
  jZ,
  jr,
  WZ,
  PG,
  OG = a(() => {
    _e();
    (Sp = "ref"),
      (Js = -1),
      (Hm = !0),
      (vG = "isSet"),
      (bG = "PartitionResult"),
      (Vm = "booleanEquals"),
      (SR = "getAttr"),
      (DG = { [Sp]: "Endpoint" }),
      (_R = { [Sp]: bG }),
      (oa = {}),
      (wG = [{ [Sp]: "Region" }]),
      (IG = {
        conditions: [
          [vG, [DG]],
          [vG, wG],
          ["aws.partition", wG, bG],
          [Vm, [{ [Sp]: "UseFIPS" }, Hm]],
          [Vm, [{ [Sp]: "UseDualStack" }, Hm]],
          [Vm, [{ fn: SR, argv: [_R, "supportsDualStack"] }, Hm]],
          [Vm, [{ fn: SR, argv: [_R, "supportsFIPS"] }, Hm]],
          ["stringEquals", [{ fn: SR, argv: [_R, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Js],
          [Js, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [Js, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [DG, oa],
          ["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", oa],
          [Js, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://oidc.{Region}.amazonaws.com", oa],
          ["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}", oa],
          [Js, "FIPS is enabled but this partition does not support FIPS"],
          ["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}", oa],
          [Js, "DualStack is enabled but this partition does not support DualStack"],
          ["https://oidc.{Region}.{PartitionResult#dnsSuffix}", oa],
          [Js, "Invalid Configuration: Missing Region"],
        ],
      }),
      (jZ = 2),
      (jr = 1e8),
      (WZ = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        jr + 12,
        2,
        5,
        jr + 12,
        3,
        8,
        6,
        4,
        7,
        jr + 11,
        5,
        jr + 9,
        jr + 10,
        4,
        11,
        9,
        6,
        10,
        jr + 8,
        7,
        jr + 6,
        jr + 7,
        5,
        12,
        jr + 5,
        6,
        jr + 4,
        jr + 5,
        3,
        jr + 1,
        14,
        4,
        jr + 2,
        jr + 3,
      ])),
      (PG = Rt.from(WZ, jZ, IG.conditions, IG.results));
  });
var zZ,
  NG,
  $G = a(() => {
    ae();
    _e();
    OG();
    (zZ = new At({ size: 50, params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"] })),
      (NG = (e, t = {}) => zZ.get(e, () => gr(PG, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
var gt,
  jm = a(() => {
    L();
    gt = class e extends yt {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var _p,
  xp,
  Ep,
  yp,
  Cp,
  Rp,
  Ap,
  Tp,
  vp,
  Dp,
  wp,
  xR = a(() => {
    jm();
    (_p = class e extends gt {
      static shapeId = "com.amazonaws.ssooidc#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      error;
      reason;
      error_description;
      constructor(t) {
        super({ name: "AccessDeniedException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype),
          (this.error = t.error),
          (this.reason = t.reason),
          (this.error_description = t.error_description);
      }
    }),
      (xp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#AuthorizationPendingException";
        name = "AuthorizationPendingException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "AuthorizationPendingException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (Ep = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#ExpiredTokenException";
        name = "ExpiredTokenException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "ExpiredTokenException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (yp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#InternalServerException";
        name = "InternalServerException";
        $fault = "server";
        error;
        error_description;
        constructor(t) {
          super({ name: "InternalServerException", $fault: "server", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (Cp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#InvalidClientException";
        name = "InvalidClientException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "InvalidClientException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (Rp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#InvalidGrantException";
        name = "InvalidGrantException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "InvalidGrantException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (Ap = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#InvalidRequestException";
        name = "InvalidRequestException";
        $fault = "client";
        error;
        reason;
        error_description;
        constructor(t) {
          super({ name: "InvalidRequestException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.reason = t.reason),
            (this.error_description = t.error_description);
        }
      }),
      (Tp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#InvalidScopeException";
        name = "InvalidScopeException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "InvalidScopeException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (vp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#SlowDownException";
        name = "SlowDownException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "SlowDownException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (Dp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#UnauthorizedClientException";
        name = "UnauthorizedClientException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "UnauthorizedClientException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      }),
      (wp = class e extends gt {
        static shapeId = "com.amazonaws.ssooidc#UnsupportedGrantTypeException";
        name = "UnsupportedGrantTypeException";
        $fault = "client";
        error;
        error_description;
        constructor(t) {
          super({ name: "UnsupportedGrantTypeException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error),
            (this.error_description = t.error_description);
        }
      });
  });
var qZ,
  KZ,
  JZ,
  YZ,
  QZ,
  XZ,
  ZZ,
  eee,
  tee,
  ree,
  oee,
  nee,
  see,
  iee,
  aee,
  cee,
  pee,
  lee,
  uee,
  mee,
  Xo,
  dee,
  fee,
  gee,
  hee,
  See,
  Qe,
  _ee,
  vo,
  xee,
  Eee,
  Do,
  yee,
  MG,
  LG,
  Cee,
  kG,
  Ree,
  Aee,
  Tee,
  ot,
  UG,
  FG,
  fo,
  GG,
  BG,
  HG,
  VG,
  jG,
  WG,
  zG,
  qG,
  KG,
  JG,
  YG,
  ER,
  vee,
  Dee,
  wee,
  Iee,
  QG,
  XG,
  ZG,
  yR,
  Wm = a(() => {
    be();
    xR();
    jm();
    (qZ = "AccessDeniedException"),
      (KZ = "AuthorizationPendingException"),
      (JZ = "AccessToken"),
      (YZ = "ClientSecret"),
      (QZ = "CreateToken"),
      (XZ = "CreateTokenRequest"),
      (ZZ = "CreateTokenResponse"),
      (eee = "CodeVerifier"),
      (tee = "ExpiredTokenException"),
      (ree = "InvalidClientException"),
      (oee = "InvalidGrantException"),
      (nee = "InvalidRequestException"),
      (see = "InternalServerException"),
      (iee = "InvalidScopeException"),
      (aee = "IdToken"),
      (cee = "RefreshToken"),
      (pee = "SlowDownException"),
      (lee = "UnauthorizedClientException"),
      (uee = "UnsupportedGrantTypeException"),
      (mee = "accessToken"),
      (Xo = "client"),
      (dee = "clientId"),
      (fee = "clientSecret"),
      (gee = "codeVerifier"),
      (hee = "code"),
      (See = "deviceCode"),
      (Qe = "error"),
      (_ee = "expiresIn"),
      (vo = "error_description"),
      (xee = "grantType"),
      (Eee = "http"),
      (Do = "httpError"),
      (yee = "idToken"),
      (MG = "reason"),
      (LG = "refreshToken"),
      (Cee = "redirectUri"),
      (kG = "smithy.ts.sdk.synthetic.com.amazonaws.ssooidc"),
      (Ree = "scope"),
      (Aee = "server"),
      (Tee = "tokenType"),
      (ot = "com.amazonaws.ssooidc"),
      (UG = new Te(kG)),
      (FG = [-3, kG, "SSOOIDCServiceException", 0, [], []]);
    UG.registerError(FG, gt);
    (fo = new Te(ot)), (GG = [-3, ot, qZ, { [Qe]: Xo, [Do]: 400 }, [Qe, MG, vo], [0, 0, 0]]);
    fo.registerError(GG, _p);
    BG = [-3, ot, KZ, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(BG, xp);
    HG = [-3, ot, tee, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(HG, Ep);
    VG = [-3, ot, see, { [Qe]: Aee, [Do]: 500 }, [Qe, vo], [0, 0]];
    fo.registerError(VG, yp);
    jG = [-3, ot, ree, { [Qe]: Xo, [Do]: 401 }, [Qe, vo], [0, 0]];
    fo.registerError(jG, Cp);
    WG = [-3, ot, oee, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(WG, Rp);
    zG = [-3, ot, nee, { [Qe]: Xo, [Do]: 400 }, [Qe, MG, vo], [0, 0, 0]];
    fo.registerError(zG, Ap);
    qG = [-3, ot, iee, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(qG, Tp);
    KG = [-3, ot, pee, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(KG, vp);
    JG = [-3, ot, lee, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(JG, Dp);
    YG = [-3, ot, uee, { [Qe]: Xo, [Do]: 400 }, [Qe, vo], [0, 0]];
    fo.registerError(YG, wp);
    (ER = [UG, fo]),
      (vee = [0, ot, JZ, 8, 0]),
      (Dee = [0, ot, YZ, 8, 0]),
      (wee = [0, ot, eee, 8, 0]),
      (Iee = [0, ot, aee, 8, 0]),
      (QG = [0, ot, cee, 8, 0]),
      (XG = [
        3,
        ot,
        XZ,
        0,
        [dee, fee, xee, See, hee, LG, Ree, Cee, gee],
        [0, [() => Dee, 0], 0, 0, 0, [() => QG, 0], 64, 0, [() => wee, 0]],
        3,
      ]),
      (ZG = [3, ot, ZZ, 0, [mee, Tee, _ee, LG, yee], [[() => vee, 0], 0, 1, [() => QG, 0], [() => Iee, 0]]]),
      (yR = [9, ot, QZ, { [Eee]: ["POST", "/token", 200] }, () => XG, () => ZG]);
  });
var e3,
  t3 = a(() => {
    Ye();
    yn();
    se();
    Yo();
    L();
    ie();
    X();
    lR();
    $G();
    Wm();
    e3 = (e) => ({
      apiVersion: "2019-06-10",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? NG,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? uG,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (t) => t.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new Cr(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? xn,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ssooidc",
        errorTypeRegistries: ER,
        version: "2019-06-10",
        serviceTarget: "AWSSSOOIDCService",
      },
      serviceId: e?.serviceId ?? "SSO OIDC",
      sha256: e?.sha256 ?? Ft,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var r3,
  o3 = a(() => {
    fp();
    ae();
    Ye();
    L();
    oe();
    wt();
    X();
    _n();
    t3();
    r3 = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = e3(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        defaultSocketTimeout: Zr(e?.requestHandler, 3e5),
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: Qn.version }),
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var n3,
  s3,
  i3 = a(() => {
    (n3 = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (s3 = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var a3,
  c3 = a(() => {
    ae();
    L();
    ie();
    i3();
    a3 = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), n3(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), s3(r)));
    };
  });
var Ip,
  CR = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    lR();
    uR();
    o3();
    c3();
    Ip = class extends rt {
      config;
      constructor(...[t]) {
        const r = r3(t || {});
        super(r), (this.initConfig = r);
        const o = dG(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = mG(p),
          m = a3(u, t?.extensions || []);
        (this.config = m),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: lG,
              identityProviderConfigProvider: async (d) => new ft({ "aws.auth#sigv4": d.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var p3,
  l3,
  u3,
  m3 = a(() => {
    L();
    _e();
    uR();
    (p3 = mr(fG, "AWSSSOOIDCService", "SSOOIDCClient", Br)), (l3 = {}), (u3 = (e, t, r, o) => []);
  });
var bp,
  RR = a(() => {
    m3();
    Wm();
    bp = class extends p3(l3, u3, "CreateToken", yR) {};
  });
var bee,
  zm,
  d3 = a(() => {
    L();
    RR();
    CR();
    (bee = { CreateTokenCommand: bp }), (zm = class extends Ip {});
    ar(bee, zm);
  });
var f3 = a(() => {
  RR();
});
var Pee,
  Oee,
  g3 = a(() => {
    (Pee = { KMS_ACCESS_DENIED: "KMS_AccessDeniedException" }),
      (Oee = {
        KMS_DISABLED_KEY: "KMS_DisabledException",
        KMS_INVALID_KEY_USAGE: "KMS_InvalidKeyUsageException",
        KMS_INVALID_STATE: "KMS_InvalidStateException",
        KMS_KEY_NOT_FOUND: "KMS_NotFoundException",
      });
  });
var h3 = a(() => {});
var AR = {};
Xt(AR, {
  $Command: () => mo,
  AccessDeniedException: () => _p,
  AccessDeniedException$: () => GG,
  AccessDeniedExceptionReason: () => Pee,
  AuthorizationPendingException: () => xp,
  AuthorizationPendingException$: () => BG,
  CreateToken$: () => yR,
  CreateTokenCommand: () => bp,
  CreateTokenRequest$: () => XG,
  CreateTokenResponse$: () => ZG,
  ExpiredTokenException: () => Ep,
  ExpiredTokenException$: () => HG,
  InternalServerException: () => yp,
  InternalServerException$: () => VG,
  InvalidClientException: () => Cp,
  InvalidClientException$: () => jG,
  InvalidGrantException: () => Rp,
  InvalidGrantException$: () => WG,
  InvalidRequestException: () => Ap,
  InvalidRequestException$: () => zG,
  InvalidRequestExceptionReason: () => Oee,
  InvalidScopeException: () => Tp,
  InvalidScopeException$: () => qG,
  SSOOIDC: () => zm,
  SSOOIDCClient: () => Ip,
  SSOOIDCServiceException: () => gt,
  SSOOIDCServiceException$: () => FG,
  SlowDownException: () => vp,
  SlowDownException$: () => KG,
  UnauthorizedClientException: () => Dp,
  UnauthorizedClientException$: () => JG,
  UnsupportedGrantTypeException: () => wp,
  UnsupportedGrantTypeException$: () => YG,
  __Client: () => rt,
  errorTypeRegistries: () => ER,
});
var TR = a(() => {
  CR();
  d3();
  f3();
  L();
  Wm();
  g3();
  xR();
  h3();
  jm();
});
var S3,
  _3 = a(() => {
    S3 = async (e, t = {}, r) => {
      const { SSOOIDCClient: o } = await Promise.resolve().then(() => (TR(), AR)),
        n = (i) => t.clientConfig?.[i] ?? t.parentClientConfig?.[i] ?? r?.[i];
      return new o(
        Object.assign({}, t.clientConfig ?? {}, {
          region: e ?? t.clientConfig?.region,
          logger: n("logger"),
          userAgentAppId: n("userAgentAppId"),
        }),
      );
    };
  });
var x3,
  E3 = a(() => {
    _3();
    x3 = async (e, t, r = {}, o) => {
      const { CreateTokenCommand: n } = await Promise.resolve().then(() => (TR(), AR));
      return (await S3(t, r, o)).send(
        new n({
          clientId: e.clientId,
          clientSecret: e.clientSecret,
          refreshToken: e.refreshToken,
          grantType: "refresh_token",
        }),
      );
    };
  });
var vR,
  y3 = a(() => {
    oe();
    km();
    vR = (e) => {
      if (e.expiration && e.expiration.getTime() < Date.now()) throw new eo(`Token is expired. ${ea}`, !1);
    };
  });
var Zn,
  C3 = a(() => {
    oe();
    km();
    Zn = (e, t, r = !1) => {
      if (typeof t > "u")
        throw new eo(`Value not present for '${e}' in SSO Token${r ? ". Cannot refresh" : ""}. ${ea}`, !1);
    };
  });
import { promises as Nee } from "node:fs";
var $ee,
  R3,
  A3 = a(() => {
    oe();
    ({ writeFile: $ee } = Nee),
      (R3 = (e, t) => {
        const r = Nc(e),
          o = JSON.stringify(t, null, 2);
        return $ee(r, o);
      });
  });
var T3,
  qm,
  DR,
  v3 = a(() => {
    oe();
    km();
    E3();
    y3();
    C3();
    A3();
    (T3 = new Map()),
      (qm = new Map()),
      (DR =
        (e = {}) =>
        async ({ callerClientConfig: t } = {}) => {
          e.logger?.debug("@aws-sdk/token-providers - fromSso");
          const r = await Ro(e),
            o = or({ profile: e.profile ?? t?.profile }),
            n = r[o];
          if (n) {
            if (!n.sso_session) throw new eo(`Profile '${o}' is missing required property 'sso_session'.`);
          } else throw new eo(`Profile '${o}' could not be found in shared credentials file.`, !1);
          const s = n.sso_session,
            i = qm.get(s);
          if (i) return await i;
          const p = (await Fc(e))[s];
          if (!p) throw new eo(`Sso session '${s}' could not be found in shared credentials file.`, !1);
          for (const T of ["sso_start_url", "sso_region"])
            if (!p[T]) throw new eo(`Sso session '${s}' is missing required property '${T}'.`, !1);
          let u = p.sso_start_url,
            m = p.sso_region,
            d;
          try {
            d = await Mc(s);
          } catch {
            throw new eo(
              `The SSO session token associated with profile=${o} was not found or is invalid. ${ea}`,
              !1,
            );
          }
          Zn("accessToken", d.accessToken), Zn("expiresAt", d.expiresAt);
          const { accessToken: f, expiresAt: S } = d,
            _ = { token: f, expiration: new Date(S) };
          if (_.expiration.getTime() - Date.now() > 3e5) return _;
          const C = qm.get(s);
          if (C) return await C;
          const R = T3.get(s) ?? 0;
          if (Date.now() - R < 30 * 1e3) return (vR(_), _);
          Zn("clientId", d.clientId, !0),
            Zn("clientSecret", d.clientSecret, !0),
            Zn("refreshToken", d.refreshToken, !0);
          const A = (async () => {
            try {
              T3.set(s, Date.now());
              const T = await x3(d, m, e, t);
              Zn("accessToken", T.accessToken), Zn("expiresIn", T.expiresIn);
              const F = new Date(Date.now() + T.expiresIn * 1e3);
              try {
                await R3(s, {
                  ...d,
                  accessToken: T.accessToken,
                  expiresAt: F.toISOString(),
                  refreshToken: T.refreshToken,
                });
              } catch {}
              return { token: T.accessToken, expiration: F };
            } catch {
              return (vR(_), _);
            }
          })();
          qm.set(s, A);
          try {
            return await A;
          } finally {
            qm.delete(s);
          }
        });
  });
var D3 = a(() => {
  v3();
});
function Lee(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "awsssoportal", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
function kee(e) {
  return { schemeId: "smithy.api#noAuth" };
}
var w3,
  I3,
  b3,
  wR = a(() => {
    Ye();
    L();
    w3 = async (e, t, r) => ({
      operation: Me(t).operation,
      region:
        (await de(e.region)()) ||
        (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    });
    (I3 = (e) => {
      const t = [];
      return (e.operation === "GetRoleCredentials" ? t.push(kee(e)) : t.push(Lee(e)), t);
    }),
      (b3 = (e) => {
        const t = Vr(e);
        return Object.assign(t, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var P3,
  O3,
  IR = a(() => {
    (P3 = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        defaultSigningName: "awsssoportal",
      })),
      (O3 = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var Pp,
  Ys,
  Km,
  N3,
  k3,
  Jm,
  bR,
  $3,
  PR,
  na,
  M3,
  L3,
  Uee,
  Wr,
  Fee,
  U3,
  F3 = a(() => {
    _e();
    (Pp = "ref"),
      (Ys = -1),
      (Km = !0),
      (N3 = "isSet"),
      (k3 = "PartitionResult"),
      (Jm = "booleanEquals"),
      (bR = "getAttr"),
      ($3 = { [Pp]: "Endpoint" }),
      (PR = { [Pp]: k3 }),
      (na = {}),
      (M3 = [{ [Pp]: "Region" }]),
      (L3 = {
        conditions: [
          [N3, [$3]],
          [N3, M3],
          ["aws.partition", M3, k3],
          [Jm, [{ [Pp]: "UseFIPS" }, Km]],
          [Jm, [{ [Pp]: "UseDualStack" }, Km]],
          [Jm, [{ fn: bR, argv: [PR, "supportsDualStack"] }, Km]],
          [Jm, [{ fn: bR, argv: [PR, "supportsFIPS"] }, Km]],
          ["stringEquals", [{ fn: bR, argv: [PR, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Ys],
          [Ys, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [Ys, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [$3, na],
          ["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", na],
          [Ys, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://portal.sso.{Region}.amazonaws.com", na],
          ["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", na],
          [Ys, "FIPS is enabled but this partition does not support FIPS"],
          ["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}", na],
          [Ys, "DualStack is enabled but this partition does not support DualStack"],
          ["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", na],
          [Ys, "Invalid Configuration: Missing Region"],
        ],
      }),
      (Uee = 2),
      (Wr = 1e8),
      (Fee = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Wr + 12,
        2,
        5,
        Wr + 12,
        3,
        8,
        6,
        4,
        7,
        Wr + 11,
        5,
        Wr + 9,
        Wr + 10,
        4,
        11,
        9,
        6,
        10,
        Wr + 8,
        7,
        Wr + 6,
        Wr + 7,
        5,
        12,
        Wr + 5,
        6,
        Wr + 4,
        Wr + 5,
        3,
        Wr + 1,
        14,
        4,
        Wr + 2,
        Wr + 3,
      ])),
      (U3 = Rt.from(Fee, Uee, L3.conditions, L3.results));
  });
var Gee,
  G3,
  B3 = a(() => {
    ae();
    _e();
    F3();
    (Gee = new At({ size: 50, params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"] })),
      (G3 = (e, t = {}) => Gee.get(e, () => gr(U3, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
var Cn,
  OR = a(() => {
    L();
    Cn = class e extends yt {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var Ym,
  Qm,
  Xm,
  Zm,
  NR = a(() => {
    OR();
    (Ym = class e extends Cn {
      static shapeId = "com.amazonaws.sso#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      constructor(t) {
        super({ name: "InvalidRequestException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype);
      }
    }),
      (Qm = class e extends Cn {
        static shapeId = "com.amazonaws.sso#ResourceNotFoundException";
        name = "ResourceNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "ResourceNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Xm = class e extends Cn {
        static shapeId = "com.amazonaws.sso#TooManyRequestsException";
        name = "TooManyRequestsException";
        $fault = "client";
        constructor(t) {
          super({ name: "TooManyRequestsException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Zm = class e extends Cn {
        static shapeId = "com.amazonaws.sso#UnauthorizedException";
        name = "UnauthorizedException";
        $fault = "client";
        constructor(t) {
          super({ name: "UnauthorizedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      });
  });
var Bee,
  Hee,
  Vee,
  jee,
  Wee,
  zee,
  qee,
  Kee,
  Jee,
  Yee,
  Qee,
  Xee,
  Zee,
  ete,
  tte,
  ed,
  td,
  rte,
  ote,
  rd,
  nte,
  H3,
  od,
  ste,
  ite,
  ate,
  V3,
  cte,
  pte,
  lte,
  go,
  j3,
  ute,
  Op,
  mte,
  dte,
  fte,
  gte,
  W3,
  hte,
  Ste,
  _te,
  xte,
  Ete,
  yte,
  z3,
  nd = a(() => {
    be();
    NR();
    OR();
    (Bee = "AccessTokenType"),
      (Hee = "GetRoleCredentials"),
      (Vee = "GetRoleCredentialsRequest"),
      (jee = "GetRoleCredentialsResponse"),
      (Wee = "InvalidRequestException"),
      (zee = "RoleCredentials"),
      (qee = "ResourceNotFoundException"),
      (Kee = "SecretAccessKeyType"),
      (Jee = "SessionTokenType"),
      (Yee = "TooManyRequestsException"),
      (Qee = "UnauthorizedException"),
      (Xee = "accountId"),
      (Zee = "accessKeyId"),
      (ete = "accessToken"),
      (tte = "account_id"),
      (ed = "client"),
      (td = "error"),
      (rte = "expiration"),
      (ote = "http"),
      (rd = "httpError"),
      (nte = "httpHeader"),
      (H3 = "httpQuery"),
      (od = "message"),
      (ste = "roleCredentials"),
      (ite = "roleName"),
      (ate = "role_name"),
      (V3 = "smithy.ts.sdk.synthetic.com.amazonaws.sso"),
      (cte = "secretAccessKey"),
      (pte = "sessionToken"),
      (lte = "x-amz-sso_bearer_token"),
      (go = "com.amazonaws.sso"),
      (j3 = new Te(V3)),
      (ute = [-3, V3, "SSOServiceException", 0, [], []]);
    j3.registerError(ute, Cn);
    (Op = new Te(go)), (mte = [-3, go, Wee, { [td]: ed, [rd]: 400 }, [od], [0]]);
    Op.registerError(mte, Ym);
    dte = [-3, go, qee, { [td]: ed, [rd]: 404 }, [od], [0]];
    Op.registerError(dte, Qm);
    fte = [-3, go, Yee, { [td]: ed, [rd]: 429 }, [od], [0]];
    Op.registerError(fte, Xm);
    gte = [-3, go, Qee, { [td]: ed, [rd]: 401 }, [od], [0]];
    Op.registerError(gte, Zm);
    (W3 = [j3, Op]),
      (hte = [0, go, Bee, 8, 0]),
      (Ste = [0, go, Kee, 8, 0]),
      (_te = [0, go, Jee, 8, 0]),
      (xte = [
        3,
        go,
        Vee,
        0,
        [ite, Xee, ete],
        [
          [0, { [H3]: ate }],
          [0, { [H3]: tte }],
          [() => hte, { [nte]: lte }],
        ],
        3,
      ]),
      (Ete = [3, go, jee, 0, [ste], [[() => yte, 0]]]),
      (yte = [3, go, zee, 0, [Zee, cte, pte, rte], [0, [() => Ste, 0], [() => _te, 0], 1]]),
      (z3 = [9, go, Hee, { [ote]: ["GET", "/federation/credentials", 200] }, () => xte, () => Ete]);
  });
var q3,
  K3 = a(() => {
    Ye();
    yn();
    se();
    Yo();
    L();
    ie();
    X();
    wR();
    B3();
    nd();
    q3 = (e) => ({
      apiVersion: "2019-06-10",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? G3,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? I3,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (t) => t.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new Cr(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? xn,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sso",
        errorTypeRegistries: W3,
        version: "2019-06-10",
        serviceTarget: "SWBPortalService",
      },
      serviceId: e?.serviceId ?? "SSO",
      sha256: e?.sha256 ?? Ft,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var J3,
  Y3 = a(() => {
    fp();
    ae();
    Ye();
    L();
    oe();
    wt();
    X();
    _n();
    K3();
    J3 = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = q3(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        defaultSocketTimeout: Zr(e?.requestHandler, 3e5),
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: Qn.version }),
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var Q3,
  X3,
  Z3 = a(() => {
    (Q3 = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (X3 = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var e4,
  t4 = a(() => {
    ae();
    L();
    ie();
    Z3();
    e4 = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), Q3(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), X3(r)));
    };
  });
var sa,
  $R = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    wR();
    IR();
    Y3();
    t4();
    sa = class extends rt {
      config;
      constructor(...[t]) {
        const r = J3(t || {});
        super(r), (this.initConfig = r);
        const o = P3(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = b3(p),
          m = e4(u, t?.extensions || []);
        (this.config = m),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: w3,
              identityProviderConfigProvider: async (d) => new ft({ "aws.auth#sigv4": d.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var r4,
  o4,
  n4,
  s4 = a(() => {
    L();
    _e();
    IR();
    (r4 = mr(O3, "SWBPortalService", "SSOClient", Br)), (o4 = {}), (n4 = (e, t, r, o) => []);
  });
var ia,
  MR = a(() => {
    s4();
    nd();
    ia = class extends r4(o4, n4, "GetRoleCredentials", z3) {};
  });
var Cte,
  LR,
  i4 = a(() => {
    L();
    MR();
    $R();
    (Cte = { GetRoleCredentialsCommand: ia }), (LR = class extends sa {});
    ar(Cte, LR);
  });
var a4 = a(() => {
  MR();
});
var c4 = a(() => {});
var p4 = a(() => {
  $R();
  i4();
  a4();
  nd();
  NR();
  c4();
});
var l4 = {};
Xt(l4, { GetRoleCredentialsCommand: () => ia, SSOClient: () => sa });
var u4 = a(() => {
  p4();
});
var Np,
  kR,
  m4 = a(() => {
    ae();
    D3();
    oe();
    (Np = !1),
      (kR = async ({
        ssoStartUrl: e,
        ssoSession: t,
        ssoAccountId: r,
        ssoRegion: o,
        ssoRoleName: n,
        ssoClient: s,
        clientConfig: i,
        parentClientConfig: c,
        callerClientConfig: p,
        profile: u,
        filepath: m,
        configFilepath: d,
        ignoreCache: f,
        logger: S,
      }) => {
        let _,
          C = "To refresh this SSO session run aws sso login with the corresponding profile.";
        if (t)
          try {
            const Ur = await DR({
              profile: u,
              filepath: m,
              configFilepath: d,
              ignoreCache: f,
              clientConfig: i,
              parentClientConfig: c,
              logger: S,
            })({ callerClientConfig: p });
            _ = { accessToken: Ur.token, expiresAt: new Date(Ur.expiration).toISOString() };
          } catch (Ur) {
            throw new U(Ur.message, { tryNextLink: Np, logger: S });
          }
        else
          try {
            _ = await Mc(e);
          } catch {
            throw new U(`The SSO session associated with this profile is invalid. ${C}`, {
              tryNextLink: Np,
              logger: S,
            });
          }
        if (new Date(_.expiresAt).getTime() - Date.now() <= 0)
          throw new U(`The SSO session associated with this profile has expired. ${C}`, {
            tryNextLink: Np,
            logger: S,
          });
        let { accessToken: R } = _,
          { SSOClient: A, GetRoleCredentialsCommand: T } = await Promise.resolve().then(() => (u4(), l4)),
          F =
            s ||
            new A(
              Object.assign({}, i ?? {}, {
                logger: i?.logger ?? p?.logger ?? c?.logger,
                region: i?.region ?? o,
                userAgentAppId: i?.userAgentAppId ?? p?.userAgentAppId ?? c?.userAgentAppId,
              }),
            ),
          H;
        try {
          H = await F.send(new T({ accountId: r, roleName: n, accessToken: R }));
        } catch (Ur) {
          throw new U(Ur, { tryNextLink: Np, logger: S });
        }
        const {
          roleCredentials: {
            accessKeyId: ne,
            secretAccessKey: Se,
            sessionToken: Ee,
            expiration: uo,
            credentialScope: Bo,
            accountId: ze,
          } = {},
        } = H;
        if (!ne || !Se || !Ee || !uo)
          throw new U("SSO returns an invalid temporary credential.", { tryNextLink: Np, logger: S });
        const Et = {
          accessKeyId: ne,
          secretAccessKey: Se,
          sessionToken: Ee,
          expiration: new Date(uo),
          ...(Bo && { credentialScope: Bo }),
          ...(ze && { accountId: ze }),
        };
        return (t ? ue(Et, "CREDENTIALS_SSO", "s") : ue(Et, "CREDENTIALS_SSO_LEGACY", "u"), Et);
      });
  });
var sd,
  UR = a(() => {
    oe();
    sd = (e, t) => {
      const { sso_start_url: r, sso_account_id: o, sso_region: n, sso_role_name: s } = e;
      if (!r || !o || !n || !s)
        throw new U(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(e).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: t },
        );
      return e;
    };
  });
var d4,
  f4 = a(() => {
    oe();
    pR();
    m4();
    UR();
    d4 =
      (e = {}) =>
      async ({ callerClientConfig: t } = {}) => {
        e.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
        const { ssoStartUrl: r, ssoAccountId: o, ssoRegion: n, ssoRoleName: s, ssoSession: i } = e,
          { ssoClient: c } = e,
          p = or({ profile: e.profile ?? t?.profile });
        if (!r && !o && !n && !s && !i) {
          const m = (await Ro(e))[p];
          if (!m) throw new U(`Profile ${p} was not found.`, { logger: e.logger });
          if (!Lm(m))
            throw new U(`Profile ${p} is not configured with SSO credentials.`, { logger: e.logger });
          if (m?.sso_session) {
            const A = (await Fc(e))[m.sso_session],
              T = ` configurations in profile ${p} and sso-session ${m.sso_session}`;
            if (n && n !== A.sso_region)
              throw new U("Conflicting SSO region" + T, { tryNextLink: !1, logger: e.logger });
            if (r && r !== A.sso_start_url)
              throw new U("Conflicting SSO start_url" + T, { tryNextLink: !1, logger: e.logger });
            (m.sso_region = A.sso_region), (m.sso_start_url = A.sso_start_url);
          }
          const {
            sso_start_url: d,
            sso_account_id: f,
            sso_region: S,
            sso_role_name: _,
            sso_session: C,
          } = sd(m, e.logger);
          return kR({
            ssoStartUrl: d,
            ssoSession: C,
            ssoAccountId: f,
            ssoRegion: S,
            ssoRoleName: _,
            ssoClient: c,
            clientConfig: e.clientConfig,
            parentClientConfig: e.parentClientConfig,
            callerClientConfig: e.callerClientConfig,
            profile: p,
            filepath: e.filepath,
            configFilepath: e.configFilepath,
            ignoreCache: e.ignoreCache,
            logger: e.logger,
          });
        } else {
          if (!r || !o || !n || !s)
            throw new U(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: e.logger },
            );
          return kR({
            ssoStartUrl: r,
            ssoSession: i,
            ssoAccountId: o,
            ssoRegion: n,
            ssoRoleName: s,
            ssoClient: c,
            clientConfig: e.clientConfig,
            parentClientConfig: e.parentClientConfig,
            callerClientConfig: e.callerClientConfig,
            profile: p,
            filepath: e.filepath,
            configFilepath: e.configFilepath,
            ignoreCache: e.ignoreCache,
            logger: e.logger,
          });
        }
      };
  });
var FR = {};
Xt(FR, { fromSSO: () => d4, isSsoProfile: () => Lm, validateSsoProfile: () => sd });
var GR = a(() => {
  f4();
  pR();
  UR();
});
var g4,
  BR,
  h4 = a(() => {
    ae();
    oe();
    (g4 = (e, t, r) => {
      const o = {
        EcsContainer: async (n) => {
          const { fromHttp: s } = await Promise.resolve().then(() => (cR(), aR)),
            { fromContainerMetadata: i } = await Promise.resolve().then(() => (Nm(), Om));
          return (
            r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),
            async () => Ps(s(n ?? {}), i(n))().then(BR)
          );
        },
        Ec2InstanceMetadata: async (n) => {
          r?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");
          const { fromInstanceMetadata: s } = await Promise.resolve().then(() => (Nm(), Om));
          return async () => s(n)().then(BR);
        },
        Environment: async (n) => {
          r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");
          const { fromEnv: s } = await Promise.resolve().then(() => (QC(), pF));
          return async () => s(n)().then(BR);
        },
      };
      if (e in o) return o[e];
      throw new U(
        `Unsupported credential source in profile ${t}. Got ${e}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    }),
      (BR = (e) => ue(e, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p"));
  });
var $p,
  S4 = a(() => {
    $p = { CrtSignerV4: null };
  });
function x4(e) {
  return { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey, expiration: e.expiration };
}
function E4(e, t) {
  const r = e.credentialProvider;
  e.credentialProvider = () => ((e.credentialProvider = r), Promise.resolve(t));
}
var HR,
  _4,
  id,
  y4 = a(() => {
    Rm();
    (HR = "X-Amz-S3session-Token"),
      (_4 = HR.toLowerCase()),
      (id = class extends Kn {
        async signWithCredentials(t, r, o) {
          const n = x4(r);
          t.headers[_4] = r.sessionToken;
          return (E4(this, n), this.signRequest(t, o ?? {}));
        }
        async presignWithCredentials(t, r, o) {
          const n = x4(r);
          return (
            delete t.headers[_4],
            (t.headers[HR] = r.sessionToken),
            (t.query = t.query ?? {}),
            (t.query[HR] = r.sessionToken),
            E4(this, n),
            this.presign(t, o)
          );
        }
      });
  });
var Qs,
  C4 = a(() => {
    Rm();
    S4();
    y4();
    Qs = class {
      sigv4aSigner;
      sigv4Signer;
      signerOptions;
      static sigv4aDependency() {
        return typeof $p.CrtSignerV4 == "function"
          ? "crt"
          : typeof Cm.SignatureV4a == "function"
            ? "js"
            : "none";
      }
      constructor(t) {
        (this.sigv4Signer = new id(t)), (this.signerOptions = t);
      }
      async sign(t, r = {}) {
        return r.signingRegion === "*" ? this.getSigv4aSigner().sign(t, r) : this.sigv4Signer.sign(t, r);
      }
      async signWithCredentials(t, r, o = {}) {
        if (o.signingRegion === "*") {
          const n = this.getSigv4aSigner(),
            s = $p.CrtSignerV4;
          if (s && n instanceof s) return n.signWithCredentials(t, r, o);
          throw new Error(
            `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
          );
        }
        return this.sigv4Signer.signWithCredentials(t, r, o);
      }
      async presign(t, r = {}) {
        if (r.signingRegion === "*") {
          const o = this.getSigv4aSigner(),
            n = $p.CrtSignerV4;
          if (n && o instanceof n) return o.presign(t, r);
          throw new Error(
            `presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
          );
        }
        return this.sigv4Signer.presign(t, r);
      }
      async presignWithCredentials(t, r, o = {}) {
        if (o.signingRegion === "*")
          throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");
        return this.sigv4Signer.presignWithCredentials(t, r, o);
      }
      getSigv4aSigner() {
        if (!this.sigv4aSigner) {
          const t = $p.CrtSignerV4,
            r = Cm.SignatureV4a;
          if (this.signerOptions.runtime === "node") {
            if (!t && !r)
              throw new Error(
                "Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
              );
            if (t && typeof t == "function")
              this.sigv4aSigner = new t({ ...this.signerOptions, signingAlgorithm: 1 });
            else if (r && typeof r == "function") this.sigv4aSigner = new r({ ...this.signerOptions });
            else
              throw new Error(
                "Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
              );
          } else {
            if (!r || typeof r != "function")
              throw new Error(
                "JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a",
              );
            this.sigv4aSigner = new r({ ...this.signerOptions });
          }
        }
        return this.sigv4aSigner;
      }
    };
  });
var VR = a(() => {
  C4();
});
var ca,
  Xs,
  Mp,
  R4,
  P4,
  Lp,
  It,
  jR,
  A4,
  T4,
  v4,
  D4,
  w4,
  bt,
  WR,
  aa,
  I4,
  b4,
  Rte,
  ve,
  Ate,
  O4,
  N4 = a(() => {
    _e();
    (ca = "ref"),
      (Xs = -1),
      (Mp = !0),
      (R4 = "isSet"),
      (P4 = "PartitionResult"),
      (Lp = "booleanEquals"),
      (It = "stringEquals"),
      (jR = "getAttr"),
      (A4 = "us-east-1"),
      (T4 = "sigv4"),
      (v4 = "sts"),
      (D4 = "https://sts.{Region}.{PartitionResult#dnsSuffix}"),
      (w4 = { [ca]: "Endpoint" }),
      (bt = { [ca]: "Region" }),
      (WR = { [ca]: P4 }),
      (aa = {}),
      (I4 = [bt]),
      (b4 = {
        conditions: [
          [R4, [w4]],
          [R4, I4],
          ["aws.partition", I4, P4],
          [Lp, [{ [ca]: "UseFIPS" }, Mp]],
          [Lp, [{ [ca]: "UseDualStack" }, Mp]],
          [It, [bt, "aws-global"]],
          [Lp, [{ [ca]: "UseGlobalEndpoint" }, Mp]],
          [It, [bt, "eu-central-1"]],
          [Lp, [{ fn: jR, argv: [WR, "supportsDualStack"] }, Mp]],
          [Lp, [{ fn: jR, argv: [WR, "supportsFIPS"] }, Mp]],
          [It, [bt, "ap-south-1"]],
          [It, [bt, "eu-north-1"]],
          [It, [bt, "eu-west-1"]],
          [It, [bt, "eu-west-2"]],
          [It, [bt, "eu-west-3"]],
          [It, [bt, "sa-east-1"]],
          [It, [bt, A4]],
          [It, [bt, "us-east-2"]],
          [It, [bt, "us-west-2"]],
          [It, [bt, "us-west-1"]],
          [It, [bt, "ca-central-1"]],
          [It, [bt, "ap-southeast-1"]],
          [It, [bt, "ap-northeast-1"]],
          [It, [bt, "ap-southeast-2"]],
          [It, [{ fn: jR, argv: [WR, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [Xs],
          ["https://sts.amazonaws.com", { authSchemes: [{ name: T4, signingName: v4, signingRegion: A4 }] }],
          [D4, { authSchemes: [{ name: T4, signingName: v4, signingRegion: "{Region}" }] }],
          [Xs, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [Xs, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [w4, aa],
          ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", aa],
          [Xs, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://sts.{Region}.amazonaws.com", aa],
          ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", aa],
          [Xs, "FIPS is enabled but this partition does not support FIPS"],
          ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", aa],
          [Xs, "DualStack is enabled but this partition does not support DualStack"],
          [D4, aa],
          [Xs, "Invalid Configuration: Missing Region"],
        ],
      }),
      (Rte = 2),
      (ve = 1e8),
      (Ate = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        ve + 14,
        2,
        5,
        ve + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        ve + 1,
        8,
        6,
        9,
        ve + 13,
        7,
        ve + 1,
        10,
        10,
        ve + 1,
        11,
        11,
        ve + 1,
        12,
        12,
        ve + 1,
        13,
        13,
        ve + 1,
        14,
        14,
        ve + 1,
        15,
        15,
        ve + 1,
        16,
        16,
        ve + 1,
        17,
        17,
        ve + 1,
        18,
        18,
        ve + 1,
        19,
        19,
        ve + 1,
        20,
        20,
        ve + 1,
        21,
        21,
        ve + 1,
        22,
        22,
        ve + 1,
        23,
        23,
        ve + 1,
        ve + 2,
        8,
        ve + 11,
        ve + 12,
        4,
        28,
        26,
        9,
        27,
        ve + 10,
        24,
        ve + 8,
        ve + 9,
        8,
        29,
        ve + 7,
        9,
        ve + 6,
        ve + 7,
        3,
        ve + 3,
        31,
        4,
        ve + 4,
        ve + 5,
      ])),
      (O4 = Rt.from(Ate, Rte, b4.conditions, b4.results));
  });
var Tte,
  ad,
  zR = a(() => {
    ae();
    _e();
    N4();
    (Tte = new At({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"],
    })),
      (ad = (e, t = {}) => Tte.get(e, () => gr(O4, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
function M4(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "sts", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
function qR(e) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: { name: "sts", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
function L4(e) {
  return { schemeId: "smithy.api#noAuth" };
}
var vte,
  Dte,
  $4,
  wte,
  Ite,
  k4,
  U4,
  KR = a(() => {
    Ye();
    VR();
    L();
    _e();
    zR();
    (vte = (e) => async (t, r, o) => {
      if (!o)
        throw new Error(
          "Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`",
        );
      const n = await e(t, r, o),
        s = Me(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!s) throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);
      const i = await Au(o, { getEndpointParameterInstructions: s }, t);
      return Object.assign(n, i);
    }),
      (Dte = async (e, t, r) => ({
        operation: Me(t).operation,
        region:
          (await de(e.region)()) ||
          (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
          })(),
      })),
      ($4 = vte(Dte));
    (wte = (e, t, r) => (n) => {
      const i = e(n).properties?.authSchemes;
      if (!i) return t(n);
      const c = [];
      for (const p of i) {
        const { name: u, properties: m = {}, ...d } = p,
          f = u.toLowerCase();
        u !== f && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${u}' to '${f}'`);
        let S;
        if (f === "sigv4a") {
          S = "aws.auth#sigv4a";
          const R = i.find((A) => {
            const T = A.name.toLowerCase();
            return T !== "sigv4a" && T.startsWith("sigv4");
          });
          if (Qs.sigv4aDependency() === "none" && R) continue;
        } else if (f.startsWith("sigv4")) S = "aws.auth#sigv4";
        else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${f}'`);
        const _ = r[S];
        if (!_) throw new Error(`Could not find HttpAuthOption create function for '${S}'`);
        const C = _(n);
        (C.schemeId = S), (C.signingProperties = { ...(C.signingProperties || {}), ...d, ...m }), c.push(C);
      }
      return c;
    }),
      (Ite = (e) => {
        const t = [];
        return (
          e.operation === "AssumeRoleWithWebIdentity"
            ? (t.push(L4(e)), t.push(qR(e)))
            : (t.push(M4(e)), t.push(qR(e))),
          t
        );
      }),
      (k4 = wte(ad, Ite, { "aws.auth#sigv4": M4, "aws.auth#sigv4a": qR, "smithy.api#noAuth": L4 })),
      (U4 = (e) => {
        const t = Vr(e),
          r = fm(t);
        return Object.assign(r, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var F4,
  G4,
  JR = a(() => {
    (F4 = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        useGlobalEndpoint: e.useGlobalEndpoint ?? !1,
        defaultSigningName: "sts",
      })),
      (G4 = {
        UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var zr,
  cd = a(() => {
    L();
    zr = class e extends yt {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var kp,
  Up,
  Fp,
  Gp,
  Bp,
  Hp,
  Vp,
  YR = a(() => {
    cd();
    (kp = class e extends zr {
      static shapeId = "com.amazonaws.sts#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      constructor(t) {
        super({ name: "ExpiredTokenException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype);
      }
    }),
      (Up = class e extends zr {
        static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
        name = "MalformedPolicyDocumentException";
        $fault = "client";
        constructor(t) {
          super({ name: "MalformedPolicyDocumentException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Fp = class e extends zr {
        static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
        name = "PackedPolicyTooLargeException";
        $fault = "client";
        constructor(t) {
          super({ name: "PackedPolicyTooLargeException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Gp = class e extends zr {
        static shapeId = "com.amazonaws.sts#RegionDisabledException";
        name = "RegionDisabledException";
        $fault = "client";
        constructor(t) {
          super({ name: "RegionDisabledException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Bp = class e extends zr {
        static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
        name = "IDPRejectedClaimException";
        $fault = "client";
        constructor(t) {
          super({ name: "IDPRejectedClaimException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Hp = class e extends zr {
        static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
        name = "InvalidIdentityTokenException";
        $fault = "client";
        constructor(t) {
          super({ name: "InvalidIdentityTokenException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Vp = class e extends zr {
        static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
        name = "IDPCommunicationErrorException";
        $fault = "client";
        $retryable = {};
        constructor(t) {
          super({ name: "IDPCommunicationErrorException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      });
  });
var bte,
  Pte,
  Ote,
  Nte,
  $te,
  Mte,
  QR,
  Lte,
  kte,
  Ute,
  Fte,
  XR,
  Gte,
  B4,
  Bte,
  Hte,
  Vte,
  jte,
  Wte,
  zte,
  qte,
  Kte,
  H4,
  V4,
  j4,
  Jte,
  Yte,
  Qte,
  Xte,
  Zte,
  ere,
  W4,
  tre,
  rre,
  z4,
  ore,
  q4,
  nre,
  sre,
  ZR,
  ire,
  are,
  K4,
  J4,
  cre,
  pre,
  lre,
  ure,
  mre,
  dre,
  fre,
  gre,
  Zs,
  ei,
  hre,
  ti,
  ri,
  oi,
  Sre,
  Y4,
  _re,
  Fe,
  Q4,
  X4,
  es,
  Z4,
  eB,
  tB,
  rB,
  oB,
  nB,
  sB,
  eA,
  xre,
  Ere,
  tA,
  iB,
  aB,
  cB,
  pB,
  rA,
  lB,
  uB,
  mB,
  dB,
  yre,
  Cre,
  oA,
  nA,
  jp = a(() => {
    be();
    YR();
    cd();
    (bte = "Arn"),
      (Pte = "AccessKeyId"),
      (Ote = "AssumeRole"),
      (Nte = "AssumedRoleId"),
      ($te = "AssumeRoleRequest"),
      (Mte = "AssumeRoleResponse"),
      (QR = "AssumedRoleUser"),
      (Lte = "AssumeRoleWithWebIdentity"),
      (kte = "AssumeRoleWithWebIdentityRequest"),
      (Ute = "AssumeRoleWithWebIdentityResponse"),
      (Fte = "Audience"),
      (XR = "Credentials"),
      (Gte = "ContextAssertion"),
      (B4 = "DurationSeconds"),
      (Bte = "Expiration"),
      (Hte = "ExternalId"),
      (Vte = "ExpiredTokenException"),
      (jte = "IDPCommunicationErrorException"),
      (Wte = "IDPRejectedClaimException"),
      (zte = "InvalidIdentityTokenException"),
      (qte = "Key"),
      (Kte = "MalformedPolicyDocumentException"),
      (H4 = "MinimumSessionTokenSize"),
      (V4 = "Policy"),
      (j4 = "PolicyArns"),
      (Jte = "ProviderArn"),
      (Yte = "ProvidedContexts"),
      (Qte = "ProvidedContextsListType"),
      (Xte = "ProvidedContext"),
      (Zte = "PolicyDescriptorType"),
      (ere = "ProviderId"),
      (W4 = "PackedPolicySize"),
      (tre = "PackedPolicyTooLargeException"),
      (rre = "Provider"),
      (z4 = "RoleArn"),
      (ore = "RegionDisabledException"),
      (q4 = "RoleSessionName"),
      (nre = "SecretAccessKey"),
      (sre = "SubjectFromWebIdentityToken"),
      (ZR = "SourceIdentity"),
      (ire = "SerialNumber"),
      (are = "SessionToken"),
      (K4 = "SessionTokenSize"),
      (J4 = "SessionTokenUtilization"),
      (cre = "Tags"),
      (pre = "TokenCode"),
      (lre = "TransitiveTagKeys"),
      (ure = "Tag"),
      (mre = "Value"),
      (dre = "WebIdentityToken"),
      (fre = "arn"),
      (gre = "accessKeySecretType"),
      (Zs = "awsQueryError"),
      (ei = "client"),
      (hre = "clientTokenType"),
      (ti = "error"),
      (ri = "httpError"),
      (oi = "message"),
      (Sre = "policyDescriptorListType"),
      (Y4 = "smithy.ts.sdk.synthetic.com.amazonaws.sts"),
      (_re = "tagListType"),
      (Fe = "com.amazonaws.sts"),
      (Q4 = new Te(Y4)),
      (X4 = [-3, Y4, "STSServiceException", 0, [], []]);
    Q4.registerError(X4, zr);
    (es = new Te(Fe)),
      (Z4 = [-3, Fe, Vte, { [Zs]: ["ExpiredTokenException", 400], [ti]: ei, [ri]: 400 }, [oi], [0]]);
    es.registerError(Z4, kp);
    eB = [-3, Fe, jte, { [Zs]: ["IDPCommunicationError", 400], [ti]: ei, [ri]: 400 }, [oi], [0]];
    es.registerError(eB, Vp);
    tB = [-3, Fe, Wte, { [Zs]: ["IDPRejectedClaim", 403], [ti]: ei, [ri]: 403 }, [oi], [0]];
    es.registerError(tB, Bp);
    rB = [-3, Fe, zte, { [Zs]: ["InvalidIdentityToken", 400], [ti]: ei, [ri]: 400 }, [oi], [0]];
    es.registerError(rB, Hp);
    oB = [-3, Fe, Kte, { [Zs]: ["MalformedPolicyDocument", 400], [ti]: ei, [ri]: 400 }, [oi], [0]];
    es.registerError(oB, Up);
    nB = [-3, Fe, tre, { [Zs]: ["PackedPolicyTooLarge", 400], [ti]: ei, [ri]: 400 }, [oi], [0]];
    es.registerError(nB, Fp);
    sB = [-3, Fe, ore, { [Zs]: ["RegionDisabledException", 403], [ti]: ei, [ri]: 403 }, [oi], [0]];
    es.registerError(sB, Gp);
    (eA = [Q4, es]),
      (xre = [0, Fe, gre, 8, 0]),
      (Ere = [0, Fe, hre, 8, 0]),
      (tA = [3, Fe, QR, 0, [Nte, bte], [0, 0], 2]),
      (iB = [
        3,
        Fe,
        $te,
        0,
        [z4, q4, j4, V4, B4, cre, lre, Hte, ire, pre, ZR, Yte, H4],
        [0, 0, () => dB, 0, 1, () => Cre, 64, 0, 0, 0, 0, () => yre, 1],
        2,
      ]),
      (aB = [3, Fe, Mte, 0, [XR, QR, W4, ZR, J4, K4], [[() => rA, 0], () => tA, 1, 0, 1, 1]]),
      (cB = [
        3,
        Fe,
        kte,
        0,
        [z4, q4, dre, ere, j4, V4, B4, H4],
        [0, 0, [() => Ere, 0], 0, () => dB, 0, 1, 1],
        3,
      ]),
      (pB = [
        3,
        Fe,
        Ute,
        0,
        [XR, sre, QR, W4, rre, Fte, ZR, J4, K4],
        [[() => rA, 0], 0, () => tA, 1, 0, 0, 0, 1, 1],
      ]),
      (rA = [3, Fe, XR, 0, [Pte, nre, are, Bte], [0, [() => xre, 0], 0, 4], 4]),
      (lB = [3, Fe, Zte, 0, [fre], [0]]),
      (uB = [3, Fe, Xte, 0, [Jte, Gte], [0, 0]]),
      (mB = [3, Fe, ure, 0, [qte, mre], [0, 0], 2]),
      (dB = [1, Fe, Sre, 0, () => lB]),
      (yre = [1, Fe, Qte, 0, () => uB]),
      (Cre = [1, Fe, _re, 0, () => mB]),
      (oA = [9, Fe, Ote, 0, () => iB, () => aB]),
      (nA = [9, Fe, Lte, 0, () => cB, () => pB]);
  });
var fB,
  gB = a(() => {
    Ye();
    yn();
    VR();
    se();
    Yo();
    L();
    ie();
    X();
    KR();
    zR();
    jp();
    fB = (e) => ({
      apiVersion: "2011-06-15",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? ad,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? k4,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "aws.auth#sigv4a",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4a"),
          signer: new qn(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (t) => t.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new Cr(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? En,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries: eA,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615",
      },
      serviceId: e?.serviceId ?? "STS",
      sha256: e?.sha256 ?? Ft,
      signerConstructor: e?.signerConstructor ?? Qs,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var hB,
  SB = a(() => {
    fp();
    ae();
    Ye();
    se();
    L();
    oe();
    wt();
    X();
    _n();
    gB();
    hB = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = fB(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        defaultSocketTimeout: Zr(e?.requestHandler, 3e5),
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: Qn.version }),
        httpAuthSchemes: e?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (s) =>
              s.getIdentityProvider("aws.auth#sigv4") ||
              (async (i) => await e.credentialDefaultProvider(i?.__config || {})()),
            signer: new Je(),
          },
          {
            schemeId: "aws.auth#sigv4a",
            identityProvider: (s) => s.getIdentityProvider("aws.auth#sigv4a"),
            signer: new qn(),
          },
          {
            schemeId: "smithy.api#noAuth",
            identityProvider: (s) => s.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
            signer: new Cr(),
          },
        ],
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        sigv4aSigningRegionSet: e?.sigv4aSigningRegionSet ?? k(gm, n),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var _B,
  xB,
  EB = a(() => {
    (_B = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (xB = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var yB,
  CB = a(() => {
    ae();
    L();
    ie();
    EB();
    yB = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), _B(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), xB(r)));
    };
  });
var ts,
  pd = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    KR();
    JR();
    SB();
    CB();
    ts = class extends rt {
      config;
      constructor(...[t]) {
        const r = hB(t || {});
        super(r), (this.initConfig = r);
        const o = F4(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = U4(p),
          m = yB(u, t?.extensions || []);
        (this.config = m),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: $4,
              identityProviderConfigProvider: async (d) =>
                new ft({ "aws.auth#sigv4": d.credentials, "aws.auth#sigv4a": d.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var ld,
  ud,
  md,
  sA = a(() => {
    L();
    _e();
    JR();
    (ld = mr(G4, "AWSSecurityTokenServiceV20110615", "STSClient", Br)), (ud = {}), (md = (e, t, r, o) => []);
  });
var ni,
  dd = a(() => {
    sA();
    jp();
    ni = class extends ld(ud, md, "AssumeRole", oA) {};
  });
var si,
  fd = a(() => {
    sA();
    jp();
    si = class extends ld(ud, md, "AssumeRoleWithWebIdentity", nA) {};
  });
var Rre,
  gd,
  RB = a(() => {
    L();
    dd();
    fd();
    pd();
    (Rre = { AssumeRoleCommand: ni, AssumeRoleWithWebIdentityCommand: si }), (gd = class extends ts {});
    ar(Rre, gd);
  });
var AB = a(() => {
  dd();
  fd();
});
var TB = a(() => {});
var vB,
  DB,
  wB,
  IB,
  bB,
  PB = a(() => {
    ae();
    dd();
    fd();
    (vB = (e) => {
      if (typeof e?.Arn == "string") {
        const t = e.Arn.split(":");
        if (t.length > 4 && t[4] !== "") return t[4];
      }
    }),
      (DB = async (e, t, r, o = {}) => {
        let n = typeof e == "function" ? await e() : e,
          s = typeof t == "function" ? await t() : t,
          i = "",
          c = n ?? s ?? (i = await AC(o)());
        return (
          r?.debug?.(
            "@aws-sdk/client-sts::resolveRegion",
            "accepting first of:",
            `${n} (credential provider clientConfig)`,
            `${s} (contextual client)`,
            `${i} (STS default: AWS_REGION, profile region, or us-east-1)`,
          ),
          c
        );
      }),
      (wB = (e, t) => {
        let r, o;
        return async (n, s) => {
          if (((o = n), !r)) {
            const {
                logger: m = e?.parentClientConfig?.logger,
                profile: d = e?.parentClientConfig?.profile,
                region: f,
                requestHandler: S = e?.parentClientConfig?.requestHandler,
                credentialProviderLogger: _,
                userAgentAppId: C = e?.parentClientConfig?.userAgentAppId,
              } = e,
              R = await DB(f, e?.parentClientConfig?.region, _, { logger: m, profile: d }),
              A = !bB(S);
            r = new t({
              ...e,
              userAgentAppId: C,
              profile: d,
              credentialDefaultProvider: () => async () => o,
              region: R,
              requestHandler: A ? S : void 0,
              logger: m,
            });
          }
          const { Credentials: i, AssumedRoleUser: c } = await r.send(new ni(s));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(`Invalid response from STS.assumeRole call with role ${s.RoleArn}`);
          const p = vB(c),
            u = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(p && { accountId: p }),
            };
          return (ue(u, "CREDENTIALS_STS_ASSUME_ROLE", "i"), u);
        };
      }),
      (IB = (e, t) => {
        let r;
        return async (o) => {
          if (!r) {
            const {
                logger: p = e?.parentClientConfig?.logger,
                profile: u = e?.parentClientConfig?.profile,
                region: m,
                requestHandler: d = e?.parentClientConfig?.requestHandler,
                credentialProviderLogger: f,
                userAgentAppId: S = e?.parentClientConfig?.userAgentAppId,
              } = e,
              _ = await DB(m, e?.parentClientConfig?.region, f, { logger: p, profile: u }),
              C = !bB(d);
            r = new t({
              ...e,
              userAgentAppId: S,
              profile: u,
              region: _,
              requestHandler: C ? d : void 0,
              logger: p,
            });
          }
          const { Credentials: n, AssumedRoleUser: s } = await r.send(new si(o));
          if (!n || !n.AccessKeyId || !n.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`,
            );
          const i = vB(s),
            c = {
              accessKeyId: n.AccessKeyId,
              secretAccessKey: n.SecretAccessKey,
              sessionToken: n.SessionToken,
              expiration: n.Expiration,
              ...(n.CredentialScope && { credentialScope: n.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (
            i && ue(c, "RESOLVED_ACCOUNT_ID", "T"), ue(c, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"), c
          );
        };
      }),
      (bB = (e) => e?.metadata?.handlerProtocol === "h2");
  });
var OB,
  NB,
  $B,
  Are,
  MB = a(() => {
    PB();
    pd();
    (OB = (e, t) =>
      t
        ? class extends e {
            constructor(o) {
              super(o);
              for (const n of t) this.middlewareStack.use(n);
            }
          }
        : e),
      (NB = (e = {}, t) => wB(e, OB(ts, t))),
      ($B = (e = {}, t) => IB(e, OB(ts, t))),
      (Are = (e) => (t) => e({ roleAssumer: NB(t), roleAssumerWithWebIdentity: $B(t), ...t }));
  });
var iA = {};
Xt(iA, {
  $Command: () => mo,
  AssumeRole$: () => oA,
  AssumeRoleCommand: () => ni,
  AssumeRoleRequest$: () => iB,
  AssumeRoleResponse$: () => aB,
  AssumeRoleWithWebIdentity$: () => nA,
  AssumeRoleWithWebIdentityCommand: () => si,
  AssumeRoleWithWebIdentityRequest$: () => cB,
  AssumeRoleWithWebIdentityResponse$: () => pB,
  AssumedRoleUser$: () => tA,
  Credentials$: () => rA,
  ExpiredTokenException: () => kp,
  ExpiredTokenException$: () => Z4,
  IDPCommunicationErrorException: () => Vp,
  IDPCommunicationErrorException$: () => eB,
  IDPRejectedClaimException: () => Bp,
  IDPRejectedClaimException$: () => tB,
  InvalidIdentityTokenException: () => Hp,
  InvalidIdentityTokenException$: () => rB,
  MalformedPolicyDocumentException: () => Up,
  MalformedPolicyDocumentException$: () => oB,
  PackedPolicyTooLargeException: () => Fp,
  PackedPolicyTooLargeException$: () => nB,
  PolicyDescriptorType$: () => lB,
  ProvidedContext$: () => uB,
  RegionDisabledException: () => Gp,
  RegionDisabledException$: () => sB,
  STS: () => gd,
  STSClient: () => ts,
  STSServiceException: () => zr,
  STSServiceException$: () => X4,
  Tag$: () => mB,
  __Client: () => rt,
  decorateDefaultCredentialProvider: () => Are,
  errorTypeRegistries: () => eA,
  getDefaultRoleAssumer: () => NB,
  getDefaultRoleAssumerWithWebIdentity: () => $B,
});
var aA = a(() => {
  pd();
  RB();
  AB();
  L();
  jp();
  YR();
  TB();
  MB();
  cd();
});
var kB,
  Tre,
  vre,
  UB,
  LB,
  FB = a(() => {
    ae();
    oe();
    h4();
    (kB = (e, { profile: t = "default", logger: r } = {}) =>
      !!e &&
      typeof e == "object" &&
      typeof e.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof e.role_session_name) > -1 &&
      ["undefined", "string"].indexOf(typeof e.external_id) > -1 &&
      ["undefined", "string"].indexOf(typeof e.mfa_serial) > -1 &&
      (Tre(e, { profile: t, logger: r }) || vre(e, { profile: t, logger: r }))),
      (Tre = (e, { profile: t, logger: r }) => {
        const o = typeof e.source_profile == "string" && typeof e.credential_source > "u";
        return (
          o && r?.debug?.(`    ${t} isAssumeRoleWithSourceProfile source_profile=${e.source_profile}`), o
        );
      }),
      (vre = (e, { profile: t, logger: r }) => {
        const o = typeof e.credential_source == "string" && typeof e.source_profile > "u";
        return (
          o && r?.debug?.(`    ${t} isCredentialSourceProfile credential_source=${e.credential_source}`), o
        );
      }),
      (UB = async (e, t, r, o, n = {}, s) => {
        r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");
        const i = t[e],
          { source_profile: c, region: p } = i;
        if (!r.roleAssumer) {
          const { getDefaultRoleAssumer: m } = await Promise.resolve().then(() => (aA(), iA));
          r.roleAssumer = m(
            {
              ...r.clientConfig,
              credentialProviderLogger: r.logger,
              parentClientConfig: {
                ...o,
                ...r?.parentClientConfig,
                region: p ?? r?.parentClientConfig?.region ?? o?.region,
              },
            },
            r.clientPlugins,
          );
        }
        if (c && c in n)
          throw new U(
            `Detected a cycle attempting to resolve credentials for profile ${or(r)}. Profiles visited: ` +
              Object.keys(n).join(", "),
            { logger: r.logger },
          );
        r.logger?.debug(
          `@aws-sdk/credential-provider-ini - finding credential resolver using ${c ? `source_profile=[${c}]` : `profile=[${e}]`}`,
        );
        const u = c
          ? s(c, t, r, o, { ...n, [c]: !0 }, LB(t[c] ?? {}))
          : (await g4(i.credential_source, e, r.logger)(r))();
        if (LB(i)) return u.then((m) => ue(m, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
        {
          const m = {
              RoleArn: i.role_arn,
              RoleSessionName: i.role_session_name || `aws-sdk-js-${Date.now()}`,
              ExternalId: i.external_id,
              DurationSeconds: parseInt(i.duration_seconds || "3600", 10),
            },
            { mfa_serial: d } = i;
          if (d) {
            if (!r.mfaCodeProvider)
              throw new U(
                `Profile ${e} requires multi-factor authentication, but no MFA code callback was provided.`,
                { logger: r.logger, tryNextLink: !1 },
              );
            (m.SerialNumber = d), (m.TokenCode = await r.mfaCodeProvider(d));
          }
          const f = await u;
          return r.roleAssumer(f, m).then((S) => ue(S, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
        }
      }),
      (LB = (e) => !e.role_arn && !!e.credential_source);
  });
function Dre(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "signin", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
function wre(e) {
  return { schemeId: "smithy.api#noAuth" };
}
var GB,
  BB,
  HB,
  cA = a(() => {
    Ye();
    L();
    GB = async (e, t, r) => ({
      operation: Me(t).operation,
      region:
        (await de(e.region)()) ||
        (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    });
    (BB = (e) => {
      const t = [];
      return (e.operation === "CreateOAuth2Token" ? t.push(wre(e)) : t.push(Dre(e)), t);
    }),
      (HB = (e) => {
        const t = Vr(e);
        return Object.assign(t, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var VB,
  jB,
  pA = a(() => {
    (VB = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        defaultSigningName: "signin",
      })),
      (jB = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var ns,
  rs,
  WB,
  pa,
  zB,
  la,
  qB,
  uA,
  Rn,
  lA,
  KB,
  JB,
  os,
  ZB,
  YB,
  hd,
  jt,
  QB,
  XB,
  Ire,
  he,
  bre,
  eH,
  tH = a(() => {
    _e();
    (ns = "ref"),
      (rs = -1),
      (WB = !1),
      (pa = !0),
      (zB = "isSet"),
      (la = "booleanEquals"),
      (qB = "coalesce"),
      (uA = "PartitionResult"),
      (Rn = "stringEquals"),
      (lA = "getAttr"),
      (KB = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}"),
      (JB = { [ns]: "Endpoint" }),
      (os = { fn: lA, argv: [{ [ns]: uA }, "name"] }),
      (ZB = { [ns]: "Region" }),
      (YB = { [ns]: uA }),
      (hd = { authSchemes: [{ name: "sigv4", signingName: "signin", signingRegion: "{Region}" }] }),
      (jt = {}),
      (QB = [ZB]),
      (XB = {
        conditions: [
          [zB, QB],
          [la, [{ fn: qB, argv: [{ [ns]: "IsControlPlane" }, WB] }, pa]],
          [zB, [JB]],
          ["aws.partition", QB, uA],
          [la, [{ [ns]: "UseFIPS" }, pa]],
          [Rn, [os, "aws"]],
          [la, [{ fn: qB, argv: [{ [ns]: "IsOAuthEndpoint" }, WB] }, pa]],
          [la, [{ [ns]: "UseDualStack" }, pa]],
          [Rn, [os, "aws-cn"]],
          [Rn, [ZB, "us-gov-west-1"]],
          [Rn, [os, "aws-us-gov"]],
          [la, [{ fn: lA, argv: [YB, "supportsFIPS"] }, pa]],
          [Rn, [os, "aws-iso"]],
          [Rn, [os, "aws-iso-b"]],
          [Rn, [os, "aws-iso-f"]],
          [Rn, [os, "aws-iso-e"]],
          [Rn, [os, "aws-eusc"]],
          [la, [{ fn: lA, argv: [YB, "supportsDualStack"] }, pa]],
        ],
        results: [
          [rs],
          ["https://signin.{Region}.api.aws", hd],
          ["https://signin.{Region}.api.amazonwebservices.com.cn", hd],
          [KB, hd],
          [
            rs,
            "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.",
          ],
          ["https://{Region}.oauth.signin.aws", hd],
          ["https://{Region}.signin.aws.amazon.com", jt],
          ["https://{Region}.signin.amazonaws.cn", jt],
          ["https://{Region}.signin.amazonaws-us-gov.com", jt],
          ["https://{Region}.signin.c2shome.ic.gov", jt],
          ["https://{Region}.signin.sc2shome.sgov.gov", jt],
          ["https://{Region}.signin.csphome.hci.ic.gov", jt],
          ["https://{Region}.signin.csphome.adc-e.uk", jt],
          ["https://{Region}.signin.amazonaws-eusc.eu", jt],
          ["https://signin-fips.amazonaws-us-gov.com", jt],
          ["https://{Region}.signin-fips.amazonaws-us-gov.com", jt],
          ["https://{Region}.signin.{PartitionResult#dnsSuffix}", jt],
          [rs, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [rs, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [JB, jt],
          ["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", jt],
          [rs, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", jt],
          [rs, "FIPS is enabled but this partition does not support FIPS"],
          [KB, jt],
          [rs, "DualStack is enabled but this partition does not support DualStack"],
          ["https://signin.{Region}.{PartitionResult#dnsSuffix}", jt],
          [rs, "Invalid Configuration: Missing Region"],
        ],
      }),
      (Ire = 2),
      (he = 1e8),
      (bre = new Int32Array([
        -1,
        1,
        -1,
        0,
        6,
        3,
        2,
        36,
        4,
        4,
        5,
        he + 27,
        6,
        he + 4,
        he + 27,
        1,
        29,
        7,
        2,
        36,
        8,
        3,
        9,
        31,
        4,
        22,
        10,
        5,
        19,
        11,
        7,
        21,
        12,
        8,
        he + 7,
        13,
        10,
        he + 8,
        14,
        12,
        he + 9,
        15,
        13,
        he + 10,
        16,
        14,
        he + 11,
        17,
        15,
        he + 12,
        18,
        16,
        he + 13,
        he + 16,
        6,
        he + 5,
        20,
        7,
        21,
        he + 6,
        17,
        he + 24,
        he + 25,
        6,
        he + 4,
        23,
        7,
        27,
        24,
        9,
        he + 14,
        25,
        10,
        he + 15,
        26,
        11,
        he + 22,
        he + 23,
        11,
        28,
        he + 21,
        17,
        he + 20,
        he + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        he + 27,
        6,
        he + 4,
        33,
        7,
        he + 27,
        34,
        9,
        he + 14,
        he + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        he + 18,
        he + 19,
        6,
        he + 4,
        he + 17,
        5,
        he + 1,
        40,
        8,
        he + 2,
        he + 3,
      ])),
      (eH = Rt.from(bre, Ire, XB.conditions, XB.results));
  });
var Pre,
  rH,
  oH = a(() => {
    ae();
    _e();
    tH();
    (Pre = new At({
      size: 50,
      params: ["Endpoint", "IsControlPlane", "IsOAuthEndpoint", "Region", "UseDualStack", "UseFIPS"],
    })),
      (rH = (e, t = {}) => Pre.get(e, () => gr(eH, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
var wo,
  Sd = a(() => {
    L();
    wo = class e extends yt {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var Wp,
  zp,
  qp,
  Kp,
  mA = a(() => {
    Sd();
    (Wp = class e extends wo {
      static shapeId = "com.amazonaws.signin#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      error;
      constructor(t) {
        super({ name: "AccessDeniedException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype),
          (this.error = t.error);
      }
    }),
      (zp = class e extends wo {
        static shapeId = "com.amazonaws.signin#InternalServerException";
        name = "InternalServerException";
        $fault = "server";
        error;
        constructor(t) {
          super({ name: "InternalServerException", $fault: "server", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error);
        }
      }),
      (qp = class e extends wo {
        static shapeId = "com.amazonaws.signin#TooManyRequestsError";
        name = "TooManyRequestsError";
        $fault = "client";
        error;
        constructor(t) {
          super({ name: "TooManyRequestsError", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error);
        }
      }),
      (Kp = class e extends wo {
        static shapeId = "com.amazonaws.signin#ValidationException";
        name = "ValidationException";
        $fault = "client";
        error;
        constructor(t) {
          super({ name: "ValidationException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.error = t.error);
        }
      });
  });
var Ore,
  Nre,
  $re,
  Mre,
  Lre,
  kre,
  Ure,
  Fre,
  Gre,
  Bre,
  Hre,
  Vre,
  jre,
  Wre,
  zre,
  nH,
  dA,
  qre,
  SA,
  sH,
  iH,
  Kre,
  ss,
  fA,
  Jre,
  gA,
  Yre,
  uH,
  _A,
  aH,
  Pt,
  xd,
  Qre,
  _d,
  cH,
  mH,
  pH,
  lH,
  Xre,
  Zre,
  eoe,
  hA,
  toe,
  Wt,
  dH,
  fH,
  Jp,
  gH,
  hH,
  SH,
  _H,
  xA,
  roe,
  xH,
  EH,
  yH,
  CH,
  RH,
  AH,
  TH,
  vH,
  EA,
  yA,
  Yp = a(() => {
    be();
    mA();
    Sd();
    (Ore = "AccessDeniedException"),
      (Nre = "AccessToken"),
      ($re = "CreateOAuth2Token"),
      (Mre = "CreateOAuth2TokenRequest"),
      (Lre = "CreateOAuth2TokenRequestBody"),
      (kre = "CreateOAuth2TokenResponseBody"),
      (Ure = "CreateOAuth2TokenResponse"),
      (Fre = "CreateOAuth2TokenWithIAM"),
      (Gre = "CreateOAuth2TokenWithIAMRequest"),
      (Bre = "CreateOAuth2TokenWithIAMResponse"),
      (Hre = "InternalServerException"),
      (Vre = "OAuthAccessToken"),
      (jre = "RefreshToken"),
      (Wre = "TooManyRequestsError"),
      (zre = "ValidationException"),
      (nH = "accessKeyId"),
      (dA = "accessToken"),
      (qre = "access_token"),
      (SA = "client"),
      (sH = "clientId"),
      (iH = "codeVerifier"),
      (Kre = "code"),
      (ss = "error"),
      (fA = "expiresIn"),
      (Jre = "expires_in"),
      (gA = "grantType"),
      (Yre = "grant_type"),
      (uH = "http"),
      (_A = "httpError"),
      (aH = "idToken"),
      (Pt = "jsonName"),
      (xd = "message"),
      (Qre = "resource"),
      (_d = "refreshToken"),
      (cH = "redirectUri"),
      (mH = "smithy.ts.sdk.synthetic.com.amazonaws.signin"),
      (pH = "secretAccessKey"),
      (lH = "sessionToken"),
      (Xre = "server"),
      (Zre = "tokenInput"),
      (eoe = "tokenOutput"),
      (hA = "tokenType"),
      (toe = "token_type"),
      (Wt = "com.amazonaws.signin"),
      (dH = new Te(mH)),
      (fH = [-3, mH, "SigninServiceException", 0, [], []]);
    dH.registerError(fH, wo);
    (Jp = new Te(Wt)), (gH = [-3, Wt, Ore, { [ss]: SA }, [ss, xd], [0, 0], 2]);
    Jp.registerError(gH, Wp);
    hH = [-3, Wt, Hre, { [ss]: Xre, [_A]: 500 }, [ss, xd], [0, 0], 2];
    Jp.registerError(hH, zp);
    SH = [-3, Wt, Wre, { [ss]: SA, [_A]: 429 }, [ss, xd], [0, 0], 2];
    Jp.registerError(SH, qp);
    _H = [-3, Wt, zre, { [ss]: SA, [_A]: 400 }, [ss, xd], [0, 0], 2];
    Jp.registerError(_H, Kp);
    (xA = [dH, Jp]),
      (roe = [0, Wt, Vre, 8, 0]),
      (xH = [0, Wt, jre, 8, 0]),
      (EH = [
        3,
        Wt,
        Nre,
        8,
        [nH, pH, lH],
        [
          [0, { [Pt]: nH }],
          [0, { [Pt]: pH }],
          [0, { [Pt]: lH }],
        ],
        3,
      ]),
      (yH = [3, Wt, Mre, 0, [Zre], [[() => CH, 16]], 1]),
      (CH = [
        3,
        Wt,
        Lre,
        0,
        [sH, gA, Kre, cH, iH, _d],
        [
          [0, { [Pt]: sH }],
          [0, { [Pt]: gA }],
          0,
          [0, { [Pt]: cH }],
          [0, { [Pt]: iH }],
          [() => xH, { [Pt]: _d }],
        ],
        2,
      ]),
      (RH = [3, Wt, Ure, 0, [eoe], [[() => AH, 16]], 1]),
      (AH = [
        3,
        Wt,
        kre,
        0,
        [dA, hA, fA, _d, aH],
        [
          [() => EH, { [Pt]: dA }],
          [0, { [Pt]: hA }],
          [1, { [Pt]: fA }],
          [() => xH, { [Pt]: _d }],
          [0, { [Pt]: aH }],
        ],
        4,
      ]),
      (TH = [3, Wt, Gre, 0, [gA, Qre], [[0, { [Pt]: Yre }], 0], 2]),
      (vH = [
        3,
        Wt,
        Bre,
        0,
        [dA, hA, fA],
        [
          [() => roe, { [Pt]: qre }],
          [0, { [Pt]: toe }],
          [1, { [Pt]: Jre }],
        ],
        3,
      ]),
      (EA = [9, Wt, $re, { [uH]: ["POST", "/v1/token", 200] }, () => yH, () => RH]),
      (yA = [
        9,
        Wt,
        Fre,
        { [uH]: ["POST", "/v1/token?x-amz-client-auth-method=iam", 200] },
        () => TH,
        () => vH,
      ]);
  });
var DH,
  wH = a(() => {
    Ye();
    yn();
    se();
    Yo();
    L();
    ie();
    X();
    cA();
    oH();
    Yp();
    DH = (e) => ({
      apiVersion: "2023-01-01",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? rH,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? BB,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (t) => t.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new Cr(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? xn,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.signin",
        errorTypeRegistries: xA,
        version: "2023-01-01",
        serviceTarget: "Signin",
      },
      serviceId: e?.serviceId ?? "Signin",
      sha256: e?.sha256 ?? Ft,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var IH,
  bH = a(() => {
    fp();
    ae();
    Ye();
    L();
    oe();
    wt();
    X();
    _n();
    wH();
    IH = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = DH(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        defaultSocketTimeout: Zr(e?.requestHandler, 3e5),
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: Qn.version }),
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var PH,
  OH,
  NH = a(() => {
    (PH = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (OH = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var $H,
  MH = a(() => {
    ae();
    L();
    ie();
    NH();
    $H = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), PH(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), OH(r)));
    };
  });
var Qp,
  CA = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    cA();
    pA();
    bH();
    MH();
    Qp = class extends rt {
      config;
      constructor(...[t]) {
        const r = IH(t || {});
        super(r), (this.initConfig = r);
        const o = VB(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = HB(p),
          m = $H(u, t?.extensions || []);
        (this.config = m),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: GB,
              identityProviderConfigProvider: async (d) => new ft({ "aws.auth#sigv4": d.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Ed,
  LH,
  kH,
  yd,
  RA = a(() => {
    L();
    _e();
    pA();
    (Ed = mr(jB, "Signin", "SigninClient", Br)),
      (LH = { IsControlPlane: { type: "staticContextParams", value: !1 } }),
      (kH = { IsOAuthEndpoint: { type: "staticContextParams", value: !0 } }),
      (yd = (e, t, r, o) => []);
  });
var Xp,
  AA = a(() => {
    RA();
    Yp();
    Xp = class extends Ed(LH, yd, "CreateOAuth2Token", EA) {};
  });
var Zp,
  TA = a(() => {
    RA();
    Yp();
    Zp = class extends Ed(kH, yd, "CreateOAuth2TokenWithIAM", yA) {};
  });
var ooe,
  Cd,
  UH = a(() => {
    L();
    AA();
    TA();
    CA();
    (ooe = { CreateOAuth2TokenCommand: Xp, CreateOAuth2TokenWithIAMCommand: Zp }), (Cd = class extends Qp {});
    ar(ooe, Cd);
  });
var FH = a(() => {
  AA();
  TA();
});
var noe,
  GH = a(() => {
    noe = {
      AUTHCODE_EXPIRED: "AUTHCODE_EXPIRED",
      CONFLICT: "CONFLICT",
      INSUFFICIENT_PERMISSIONS: "INSUFFICIENT_PERMISSIONS",
      INVALID_REQUEST: "INVALID_REQUEST",
      OAUTH_INVALID_GRANT: "invalid_grant",
      OAUTH_INVALID_REQUEST: "invalid_request",
      OAUTH_INVALID_SCOPE: "invalid_scope",
      OAUTH_INVALID_TARGET: "invalid_target",
      OAUTH_RATE_EXCEEDED: "rate_exceeded",
      OAUTH_SERVICE_UNAVAILABLE: "service_unavailable",
      OAUTH_UNSUPPORTED_GRANT_TYPE: "unsupported_grant_type",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      SERVER_ERROR: "server_error",
      SERVICE_QUOTA_EXCEEDED: "SERVICE_QUOTA_EXCEEDED",
      TOKEN_EXPIRED: "TOKEN_EXPIRED",
      USER_CREDENTIALS_CHANGED: "USER_CREDENTIALS_CHANGED",
    };
  });
var BH = a(() => {});
var HH = {};
Xt(HH, {
  $Command: () => mo,
  AccessDeniedException: () => Wp,
  AccessDeniedException$: () => gH,
  AccessToken$: () => EH,
  CreateOAuth2Token$: () => EA,
  CreateOAuth2TokenCommand: () => Xp,
  CreateOAuth2TokenRequest$: () => yH,
  CreateOAuth2TokenRequestBody$: () => CH,
  CreateOAuth2TokenResponse$: () => RH,
  CreateOAuth2TokenResponseBody$: () => AH,
  CreateOAuth2TokenWithIAM$: () => yA,
  CreateOAuth2TokenWithIAMCommand: () => Zp,
  CreateOAuth2TokenWithIAMRequest$: () => TH,
  CreateOAuth2TokenWithIAMResponse$: () => vH,
  InternalServerException: () => zp,
  InternalServerException$: () => hH,
  OAuth2ErrorCode: () => noe,
  Signin: () => Cd,
  SigninClient: () => Qp,
  SigninServiceException: () => wo,
  SigninServiceException$: () => fH,
  TooManyRequestsError: () => qp,
  TooManyRequestsError$: () => SH,
  ValidationException: () => Kp,
  ValidationException$: () => _H,
  __Client: () => rt,
  errorTypeRegistries: () => xA,
});
var VH = a(() => {
  CA();
  UH();
  FH();
  L();
  Yp();
  GH();
  mA();
  BH();
  Sd();
});
import { createPublicKey as aoe, sign as coe, createPrivateKey as ioe, createHash as soe } from "node:crypto";
import { promises as vA } from "node:fs";
import { homedir as poe } from "node:os";
import { join as jH, dirname as loe } from "node:path";
var Rd,
  WH = a(() => {
    oe();
    ie();
    Rd = class e {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD = 300 * 1e3;
      constructor(t, r, o) {
        (this.profileData = t), (this.init = r), (this.callerClientConfig = o);
      }
      async loadCredentials() {
        const t = await this.loadToken();
        if (!t)
          throw new U(
            `Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,
            { tryNextLink: !1, logger: this.logger },
          );
        const r = t.accessToken,
          o = Date.now();
        return new Date(r.expiresAt).getTime() - o <= e.REFRESH_THRESHOLD
          ? this.refresh(t)
          : this.toCredentials(t.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(t) {
        return {
          accessKeyId: t.accessKeyId,
          secretAccessKey: t.secretAccessKey,
          sessionToken: t.sessionToken,
          accountId: t.accountId,
          expiration: new Date(t.expiresAt),
        };
      }
      async refresh(t) {
        const r = await this.loadToken().catch(() => t),
          o = Date.now(),
          n = new Date(r.accessToken.expiresAt).getTime(),
          s = new Date(t.accessToken.expiresAt).getTime(),
          i = n <= o && s > o ? t : r;
        if (new Date(i.accessToken.expiresAt).getTime() - Date.now() > e.REFRESH_THRESHOLD)
          return this.toCredentials(i.accessToken);
        const { SigninClient: p, CreateOAuth2TokenCommand: u } = await Promise.resolve().then(
            () => (VH(), HH),
          ),
          { logger: m, userAgentAppId: d } = this.callerClientConfig ?? {},
          S = ((T) => T?.metadata?.handlerProtocol === "h2")(this.callerClientConfig?.requestHandler)
            ? void 0
            : this.callerClientConfig?.requestHandler,
          _ = typeof i.signInRegion == "string" && i.signInRegion.length > 0 ? i.signInRegion : void 0,
          C =
            _ ??
            this.profileData.region ??
            (await this.callerClientConfig?.region?.()) ??
            process.env.AWS_REGION,
          R = new p({
            credentials: { accessKeyId: "", secretAccessKey: "" },
            region: C,
            requestHandler: S,
            logger: m,
            userAgentAppId: d,
            ...this.init?.clientConfig,
            ...(_ && { region: _ }),
          });
        this.createDPoPInterceptor(R.middlewareStack);
        const A = {
          tokenInput: { clientId: i.clientId, refreshToken: i.refreshToken, grantType: "refresh_token" },
        };
        try {
          const T = await R.send(new u(A)),
            { accessKeyId: F, secretAccessKey: H, sessionToken: ne } = T.tokenOutput?.accessToken ?? {},
            { refreshToken: Se, expiresIn: Ee } = T.tokenOutput ?? {};
          if (!F || !H || !ne || !Se)
            throw new U("Token refresh response missing required fields", {
              logger: this.logger,
              tryNextLink: !1,
            });
          const uo = (Ee ?? 900) * 1e3,
            Bo = new Date(Date.now() + uo),
            ze = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: F,
                secretAccessKey: H,
                sessionToken: ne,
                expiresAt: Bo.toISOString(),
              },
              refreshToken: Se,
            };
          return (await this.saveToken(ze), this.toCredentials(ze.accessToken));
        } catch (T) {
          if (T.name === "AccessDeniedException") {
            let H = T.error,
              ne;
            switch (H) {
              case "TOKEN_EXPIRED":
                ne = "Your session has expired. Please reauthenticate.";
                break;
              case "USER_CREDENTIALS_CHANGED":
                ne =
                  "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.";
                break;
              case "INSUFFICIENT_PERMISSIONS":
                ne =
                  "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                ne = `Failed to refresh token: ${String(T)}. Please re-authenticate using \`aws login\``;
            }
            throw new U(ne, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(T)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new U(`Failed to refresh token: ${String(T)}. Please re-authenticate using aws login`, {
            logger: this.logger,
          });
        }
      }
      async loadToken() {
        const t = this.getTokenFilePath();
        try {
          const r = await vA.readFile(t, "utf8"),
            o = JSON.parse(r),
            n = ["accessToken", "clientId", "refreshToken", "dpopKey"].filter((s) => !o[s]);
          if ((o.accessToken?.accountId || n.push("accountId"), n.length > 0))
            throw new U(`Token validation failed, missing fields: ${n.join(", ")}`, {
              logger: this.logger,
              tryNextLink: !1,
            });
          return o;
        } catch (r) {
          throw new U(`Failed to load token from ${t}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(t) {
        const r = this.getTokenFilePath(),
          o = loe(r);
        try {
          await vA.mkdir(o, { recursive: !0 });
        } catch {}
        await vA.writeFile(r, JSON.stringify(t, null, 2), "utf8");
      }
      getTokenFilePath() {
        const t = process.env.AWS_LOGIN_CACHE_DIRECTORY ?? jH(poe(), ".aws", "login", "cache"),
          r = Buffer.from(this.loginSession, "utf8"),
          o = soe("sha256").update(r).digest("hex");
        return jH(t, `${o}.json`);
      }
      derToRawSignature(t) {
        let r = 2;
        if (t[r] !== 2) throw new Error("Invalid DER signature");
        r++;
        let o = t[r++],
          n = t.subarray(r, r + o);
        if (((r += o), t[r] !== 2)) throw new Error("Invalid DER signature");
        r++;
        let s = t[r++],
          i = t.subarray(r, r + s);
        (n = n[0] === 0 ? n.subarray(1) : n), (i = i[0] === 0 ? i.subarray(1) : i);
        const c = Buffer.concat([Buffer.alloc(32 - n.length), n]),
          p = Buffer.concat([Buffer.alloc(32 - i.length), i]);
        return Buffer.concat([c, p]);
      }
      createDPoPInterceptor(t) {
        t.add(
          (r) => async (o) => {
            if (me.isInstance(o.request)) {
              const n = o.request,
                s = `${n.protocol}//${n.hostname}${n.port ? `:${n.port}` : ""}${n.path}`,
                i = await this.generateDpop(n.method, s);
              n.headers = { ...n.headers, DPoP: i };
            }
            return r(o);
          },
          { step: "finalizeRequest", name: "dpopInterceptor", override: !0 },
        );
      }
      async generateDpop(t = "POST", r) {
        const o = await this.loadToken();
        try {
          let n = ioe({ key: o.dpopKey, format: "pem", type: "sec1" }),
            i = aoe(n).export({ format: "der", type: "spki" }),
            c = -1;
          for (let T = 0; T < i.length; T++)
            if (i[T] === 4) {
              c = T;
              break;
            }
          const p = i.slice(c + 1, c + 33),
            u = i.slice(c + 33, c + 65),
            m = {
              alg: "ES256",
              typ: "dpop+jwt",
              jwk: { kty: "EC", crv: "P-256", x: p.toString("base64url"), y: u.toString("base64url") },
            },
            d = { jti: crypto.randomUUID(), htm: t, htu: r, iat: Math.floor(Date.now() / 1e3) },
            f = Buffer.from(JSON.stringify(m)).toString("base64url"),
            S = Buffer.from(JSON.stringify(d)).toString("base64url"),
            _ = `${f}.${S}`,
            C = coe("sha256", Buffer.from(_), n),
            A = this.derToRawSignature(C).toString("base64url");
          return `${_}.${A}`;
        } catch (n) {
          throw new U(`Failed to generate Dpop proof: ${n instanceof Error ? n.message : String(n)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
    };
  });
var zH,
  qH = a(() => {
    ae();
    oe();
    WH();
    zH =
      (e) =>
      async ({ callerClientConfig: t } = {}) => {
        e?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");
        const r = await Ro(e || {}),
          o = or({ profile: e?.profile ?? t?.profile }),
          n = r[o];
        if (!n?.login_session)
          throw new U(`Profile ${o} does not contain login_session.`, { tryNextLink: !0, logger: e?.logger });
        const i = await new Rd(n, e, t).loadCredentials();
        return ue(i, "CREDENTIALS_LOGIN", "AD");
      };
  });
var KH = {};
Xt(KH, { fromLoginCredentials: () => zH });
var JH = a(() => {
  qH();
});
var YH,
  QH,
  XH = a(() => {
    ae();
    (YH = (e) => !!(e && e.login_session)),
      (QH = async (e, t, r) => {
        const { fromLoginCredentials: o } = await Promise.resolve().then(() => (JH(), KH)),
          n = await o({ ...t, profile: e })({ callerClientConfig: r });
        return ue(n, "CREDENTIALS_PROFILE_LOGIN", "AC");
      });
  });
var ZH,
  e2 = a(() => {
    ae();
    ZH = (e, t, r) => {
      if (t.Version !== 1) throw Error(`Profile ${e} credential_process did not return Version 1.`);
      if (t.AccessKeyId === void 0 || t.SecretAccessKey === void 0)
        throw Error(`Profile ${e} credential_process returned invalid credentials.`);
      if (t.Expiration) {
        const s = new Date();
        if (new Date(t.Expiration) < s)
          throw Error(`Profile ${e} credential_process returned expired credentials.`);
      }
      let o = t.AccountId;
      !o && r?.[e]?.aws_account_id && (o = r[e].aws_account_id);
      const n = {
        accessKeyId: t.AccessKeyId,
        secretAccessKey: t.SecretAccessKey,
        ...(t.SessionToken && { sessionToken: t.SessionToken }),
        ...(t.Expiration && { expiration: new Date(t.Expiration) }),
        ...(t.CredentialScope && { credentialScope: t.CredentialScope }),
        ...(o && { accountId: o }),
      };
      return (ue(n, "CREDENTIALS_PROCESS", "w"), n);
    };
  });
import { exec as uoe } from "node:child_process";
import { promisify as moe } from "node:util";
var t2,
  r2 = a(() => {
    oe();
    e2();
    t2 = async (e, t, r) => {
      const o = t[e];
      if (t[e]) {
        const n = o.credential_process;
        if (n !== void 0) {
          const s = moe(Gc?.getTokenRecord?.().exec ?? uoe);
          try {
            let { stdout: i } = await s(n),
              c;
            try {
              c = JSON.parse(i.trim());
            } catch {
              throw Error(`Profile ${e} credential_process returned invalid JSON.`);
            }
            return ZH(e, c, t);
          } catch (i) {
            throw new U(i.message, { logger: r });
          }
        } else throw new U(`Profile ${e} did not contain credential_process.`, { logger: r });
      } else throw new U(`Profile ${e} could not be found in shared credentials file.`, { logger: r });
    };
  });
var o2,
  n2 = a(() => {
    oe();
    r2();
    o2 =
      (e = {}) =>
      async ({ callerClientConfig: t } = {}) => {
        e.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
        const r = await Ro(e);
        return t2(or({ profile: e.profile ?? t?.profile }), r, e.logger);
      };
  });
var DA = {};
Xt(DA, { fromProcess: () => o2 });
var wA = a(() => {
  n2();
});
var s2,
  i2,
  a2 = a(() => {
    ae();
    (s2 = (e) => !!e && typeof e == "object" && typeof e.credential_process == "string"),
      (i2 = async (e, t) => {
        const { fromProcess: r } = await Promise.resolve().then(() => (wA(), DA)),
          o = await r({ ...e, profile: t })();
        return ue(o, "CREDENTIALS_PROFILE_PROCESS", "v");
      });
  });
var c2,
  p2,
  l2 = a(() => {
    ae();
    (c2 = async (e, t, r = {}, o) => {
      const { fromSSO: n } = await Promise.resolve().then(() => (GR(), FR));
      return n({
        profile: e,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: o }).then((s) =>
        t.sso_session ? ue(s, "CREDENTIALS_PROFILE_SSO", "r") : ue(s, "CREDENTIALS_PROFILE_SSO_LEGACY", "t"),
      );
    }),
      (p2 = (e) =>
        e &&
        (typeof e.sso_start_url == "string" ||
          typeof e.sso_account_id == "string" ||
          typeof e.sso_session == "string" ||
          typeof e.sso_region == "string" ||
          typeof e.sso_role_name == "string"));
  });
var IA,
  bA,
  u2 = a(() => {
    ae();
    (IA = (e) =>
      !!e &&
      typeof e == "object" &&
      typeof e.aws_access_key_id == "string" &&
      typeof e.aws_secret_access_key == "string" &&
      ["undefined", "string"].indexOf(typeof e.aws_session_token) > -1 &&
      ["undefined", "string"].indexOf(typeof e.aws_account_id) > -1),
      (bA = async (e, t) => {
        t?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials");
        const r = {
          accessKeyId: e.aws_access_key_id,
          secretAccessKey: e.aws_secret_access_key,
          sessionToken: e.aws_session_token,
          ...(e.aws_credential_scope && { credentialScope: e.aws_credential_scope }),
          ...(e.aws_account_id && { accountId: e.aws_account_id }),
        };
        return ue(r, "CREDENTIALS_PROFILE", "n");
      });
  });
var Ad,
  PA = a(() => {
    Ad = (e) => async (t) => {
      e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
      let {
          roleArn: r,
          roleSessionName: o,
          webIdentityToken: n,
          providerId: s,
          policyArns: i,
          policy: c,
          durationSeconds: p,
        } = e,
        { roleAssumerWithWebIdentity: u } = e;
      if (!u) {
        const { getDefaultRoleAssumerWithWebIdentity: m } = await Promise.resolve().then(() => (aA(), iA));
        u = m(
          {
            ...e.clientConfig,
            credentialProviderLogger: e.logger,
            parentClientConfig: { ...t?.callerClientConfig, ...e.parentClientConfig },
          },
          e.clientPlugins,
        );
      }
      return u({
        RoleArn: r,
        RoleSessionName: o ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: n,
        ProviderId: s,
        PolicyArns: i,
        Policy: c,
        DurationSeconds: p,
      });
    };
  });
import { readFileSync as doe } from "node:fs";
var m2,
  foe,
  goe,
  d2,
  f2 = a(() => {
    ae();
    oe();
    PA();
    (m2 = "AWS_WEB_IDENTITY_TOKEN_FILE"),
      (foe = "AWS_ROLE_ARN"),
      (goe = "AWS_ROLE_SESSION_NAME"),
      (d2 =
        (e = {}) =>
        async (t) => {
          e.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");
          const r = e?.webIdentityTokenFile ?? process.env[m2],
            o = e?.roleArn ?? process.env[foe],
            n = e?.roleSessionName ?? process.env[goe];
          if (!r || !o) throw new U("Web identity configuration not specified", { logger: e.logger });
          const s = await Ad({
            ...e,
            webIdentityToken: Gc?.getTokenRecord?.()[r] ?? doe(r, { encoding: "ascii" }),
            roleArn: o,
            roleSessionName: n,
          })(t);
          return (r === process.env[m2] && ue(s, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h"), s);
        });
  });
var OA = {};
Xt(OA, { fromTokenFile: () => d2, fromWebToken: () => Ad });
var NA = a(() => {
  f2();
  PA();
});
var g2,
  h2,
  S2 = a(() => {
    ae();
    (g2 = (e) =>
      !!e &&
      typeof e == "object" &&
      typeof e.web_identity_token_file == "string" &&
      typeof e.role_arn == "string" &&
      ["undefined", "string"].indexOf(typeof e.role_session_name) > -1),
      (h2 = async (e, t, r) => {
        const { fromTokenFile: o } = await Promise.resolve().then(() => (NA(), OA)),
          n = await o({
            webIdentityTokenFile: e.web_identity_token_file,
            roleArn: e.role_arn,
            roleSessionName: e.role_session_name,
            roleAssumerWithWebIdentity: t.roleAssumerWithWebIdentity,
            logger: t.logger,
            parentClientConfig: t.parentClientConfig,
          })({ callerClientConfig: r });
        return ue(n, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
      });
  });
var $A,
  _2 = a(() => {
    oe();
    FB();
    XH();
    a2();
    l2();
    u2();
    S2();
    $A = async (e, t, r, o, n = {}, s = !1) => {
      const i = t[e];
      if (Object.keys(n).length > 0 && IA(i)) return bA(i, r);
      if (s || kB(i, { profile: e, logger: r.logger })) return UB(e, t, r, o, n, $A);
      if (IA(i)) return bA(i, r);
      if (g2(i)) return h2(i, r, o);
      if (s2(i)) return i2(r, e);
      if (p2(i)) return await c2(e, i, r, o);
      if (YH(i)) return QH(e, r, o);
      throw new U(
        `Could not resolve credentials using profile: [${e}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    };
  });
var x2,
  E2 = a(() => {
    oe();
    _2();
    x2 =
      (e = {}) =>
      async ({ callerClientConfig: t } = {}) => {
        e.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
        const r = await Ro(e);
        return $A(or({ profile: e.profile ?? t?.profile }), r, e, t);
      };
  });
var y2 = {};
Xt(y2, { fromIni: () => x2 });
var C2 = a(() => {
  E2();
});
var R2,
  ii,
  A2,
  T2 = a(() => {
    QC();
    oe();
    aG();
    pG();
    (R2 = !1),
      (ii = (e = {}) =>
        cG(
          [
            async () => {
              if (e.profile ?? process.env[pu])
                throw (
                  process.env[pp] &&
                    process.env[lp] &&
                    (R2 ||
                      ((e.logger?.warn && e.logger?.constructor?.name !== "NoOpLogger"
                        ? e.logger.warn.bind(e.logger)
                        : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),
                      (R2 = !0))),
                  new U("AWS_PROFILE is set, skipping fromEnv provider.", {
                    logger: e.logger,
                    tryNextLink: !0,
                  })
                );
              return (
                e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv"), Am(e)()
              );
            },
            async (t) => {
              e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
              const { ssoStartUrl: r, ssoAccountId: o, ssoRegion: n, ssoRoleName: s, ssoSession: i } = e;
              if (!r && !o && !n && !s && !i)
                throw new U("Skipping SSO provider in default chain (inputs do not include SSO fields).", {
                  logger: e.logger,
                });
              const { fromSSO: c } = await Promise.resolve().then(() => (GR(), FR));
              return c(e)(t);
            },
            async (t) => {
              e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
              const { fromIni: r } = await Promise.resolve().then(() => (C2(), y2));
              return r(e)(t);
            },
            async (t) => {
              e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
              const { fromProcess: r } = await Promise.resolve().then(() => (wA(), DA));
              return r(e)(t);
            },
            async (t) => {
              e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
              const { fromTokenFile: r } = await Promise.resolve().then(() => (NA(), OA));
              return r(e)(t);
            },
            async () => (
              e.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider"),
              (await iG(e))()
            ),
            async () => {
              throw new U("Could not load credentials from any providers", {
                tryNextLink: !1,
                logger: e.logger,
              });
            },
          ],
          A2,
        )),
      (A2 = (e) => e?.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5);
  });
var Td = a(() => {
  T2();
});
var tl,
  ai,
  vd,
  v2,
  b2,
  Dd,
  MA,
  D2,
  LA,
  el,
  w2,
  I2,
  hoe,
  Or,
  Soe,
  P2,
  O2 = a(() => {
    _e();
    (tl = "ref"),
      (ai = -1),
      (vd = !0),
      (v2 = "isSet"),
      (b2 = "PartitionResult"),
      (Dd = "booleanEquals"),
      (MA = "getAttr"),
      (D2 = { [tl]: "Endpoint" }),
      (LA = { [tl]: b2 }),
      (el = {}),
      (w2 = [{ [tl]: "Region" }]),
      (I2 = {
        conditions: [
          [v2, [D2]],
          [v2, w2],
          ["aws.partition", w2, b2],
          [Dd, [{ [tl]: "UseFIPS" }, vd]],
          [Dd, [{ [tl]: "UseDualStack" }, vd]],
          ["stringEquals", [{ fn: MA, argv: [LA, "name"] }, "aws-us-gov"]],
          [Dd, [{ fn: MA, argv: [LA, "supportsFIPS"] }, vd]],
          [Dd, [{ fn: MA, argv: [LA, "supportsDualStack"] }, vd]],
        ],
        results: [
          [ai],
          [ai, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [ai, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [D2, el],
          ["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", el],
          ["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", el],
          ["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", el],
          [ai, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", el],
          [ai, "FIPS is enabled but this partition does not support FIPS"],
          [ai, "DualStack is enabled but this partition does not support DualStack"],
          [ai, "Invalid Configuration: Missing Region"],
        ],
      }),
      (hoe = 2),
      (Or = 1e8),
      (Soe = new Int32Array([
        -1,
        1,
        -1,
        0,
        14,
        3,
        1,
        4,
        Or + 11,
        2,
        5,
        Or + 11,
        3,
        8,
        6,
        4,
        7,
        Or + 4,
        7,
        Or + 5,
        Or + 10,
        4,
        11,
        9,
        5,
        Or + 4,
        10,
        6,
        Or + 8,
        Or + 9,
        5,
        Or + 5,
        12,
        6,
        13,
        Or + 7,
        7,
        Or + 6,
        Or + 7,
        3,
        Or + 1,
        15,
        4,
        Or + 2,
        Or + 3,
      ])),
      (P2 = Rt.from(Soe, hoe, I2.conditions, I2.results));
  });
var _oe,
  N2,
  $2 = a(() => {
    ae();
    _e();
    O2();
    (_oe = new At({ size: 50, params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"] })),
      (N2 = (e, t = {}) => _oe.get(e, () => gr(P2, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
var Ge,
  kA = a(() => {
    L();
    Ge = class e extends yt {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var wd,
  Id,
  bd,
  Pd,
  Od,
  Nd,
  $d,
  Md,
  Ld,
  kd,
  Ud,
  Fd,
  Gd,
  Bd,
  Hd,
  Vd,
  jd,
  Wd,
  zd,
  UA = a(() => {
    kA();
    (wd = class e extends Ge {
      static shapeId = "com.amazonaws.cloudwatch#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(t) {
        super({ name: "ConflictException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype),
          (this.Message = t.Message);
      }
    }),
      (Id = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
        name = "KmsAccessDeniedException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "KmsAccessDeniedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (bd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
        name = "KmsKeyDisabledException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "KmsKeyDisabledException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Pd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
        name = "KmsKeyNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "KmsKeyNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Od = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
        name = "ResourceNotFoundException";
        $fault = "client";
        ResourceType;
        ResourceId;
        Message;
        constructor(t) {
          super({ name: "ResourceNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.ResourceType = t.ResourceType),
            (this.ResourceId = t.ResourceId),
            (this.Message = t.Message);
        }
      }),
      (Nd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
        name = "ConcurrentModificationException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "ConcurrentModificationException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      ($d = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
        name = "DashboardInvalidInputError";
        $fault = "client";
        dashboardValidationMessages;
        constructor(t) {
          super({ name: "DashboardInvalidInputError", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.dashboardValidationMessages = t.dashboardValidationMessages);
        }
      }),
      (Md = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
        name = "DashboardNotFoundError";
        $fault = "client";
        constructor(t) {
          super({ name: "DashboardNotFoundError", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Ld = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
        name = "ResourceConflict";
        $fault = "client";
        constructor(t) {
          super({ name: "ResourceConflict", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (kd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
        name = "ResourceNotFound";
        $fault = "client";
        constructor(t) {
          super({ name: "ResourceNotFound", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Ud = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
        name = "InternalServiceFault";
        $fault = "server";
        Message;
        constructor(t) {
          super({ name: "InternalServiceFault", $fault: "server", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Fd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
        name = "InvalidParameterCombinationException";
        $fault = "client";
        constructor(t) {
          super({ name: "InvalidParameterCombinationException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Gd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
        name = "InvalidParameterValueException";
        $fault = "client";
        constructor(t) {
          super({ name: "InvalidParameterValueException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Bd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
        name = "MissingRequiredParameterException";
        $fault = "client";
        constructor(t) {
          super({ name: "MissingRequiredParameterException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Hd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
        name = "InvalidNextToken";
        $fault = "client";
        constructor(t) {
          super({ name: "InvalidNextToken", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Vd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
        name = "LimitExceededException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "LimitExceededException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (jd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
        name = "LimitExceededFault";
        $fault = "client";
        constructor(t) {
          super({ name: "LimitExceededFault", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Wd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
        name = "InvalidFormatFault";
        $fault = "client";
        constructor(t) {
          super({ name: "InvalidFormatFault", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (zd = class e extends Ge {
        static shapeId = "com.amazonaws.cloudwatch#ValidationException";
        name = "ValidationException";
        $fault = "client";
        constructor(t) {
          super({ name: "ValidationException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      });
  });
var M2,
  ua,
  xoe,
  FA,
  ci,
  Eoe,
  L2,
  GA,
  yoe,
  k2,
  Coe,
  Roe,
  Aoe,
  BA,
  Toe,
  voe,
  Doe,
  woe,
  Ioe,
  ma,
  U2,
  da,
  boe,
  Poe,
  F2,
  G2,
  B2,
  H2,
  V2,
  j2,
  Ooe,
  W2,
  Io,
  Noe,
  rl,
  z2,
  $oe,
  Moe,
  q2,
  Loe,
  koe,
  K2,
  Uoe,
  J2,
  Y2,
  Foe,
  Goe,
  Boe,
  Q2,
  X2,
  Hoe,
  Voe,
  joe,
  Kd,
  Woe,
  zoe,
  Z2,
  qoe,
  Koe,
  eV,
  Jd,
  tV,
  Joe,
  Yoe,
  Qoe,
  Yd,
  Xoe,
  Zoe,
  ene,
  tne,
  rne,
  one,
  nne,
  oo,
  rV,
  sne,
  ine,
  ane,
  cne,
  pne,
  lne,
  une,
  mne,
  dne,
  fne,
  gne,
  hne,
  Sne,
  _ne,
  xne,
  Ene,
  yne,
  Cne,
  Rne,
  Ane,
  Tne,
  vne,
  Dne,
  wne,
  oV,
  Ine,
  bne,
  Pne,
  One,
  Nne,
  $ne,
  Mne,
  nV,
  Lne,
  kne,
  HA,
  Une,
  Fne,
  Gne,
  Bne,
  Hne,
  Vne,
  jne,
  Wne,
  zne,
  qne,
  Kne,
  Jne,
  Yne,
  Qne,
  Qd,
  Xne,
  Zne,
  ese,
  tse,
  rse,
  ose,
  nse,
  sV,
  sse,
  iV,
  ise,
  VA,
  aV,
  ase,
  cse,
  pse,
  lse,
  use,
  mse,
  jA,
  WA,
  dse,
  pi,
  cV,
  fse,
  gse,
  hse,
  pV,
  lV,
  Sse,
  uV,
  mV,
  dV,
  zA,
  Xd,
  _se,
  xse,
  Ese,
  yse,
  qA,
  fV,
  Cse,
  gV,
  Zd,
  KA,
  Rse,
  Ase,
  Tse,
  vse,
  Dse,
  wse,
  Ise,
  bse,
  Pse,
  Ose,
  Nse,
  $se,
  Mse,
  Lse,
  kse,
  Use,
  Fse,
  Gse,
  Bse,
  Hse,
  Vse,
  jse,
  Wse,
  zse,
  qse,
  Kse,
  Jse,
  Yse,
  Qse,
  Xse,
  Zse,
  eie,
  tie,
  rie,
  hV,
  oie,
  SV,
  fa,
  li,
  nie,
  sie,
  _V,
  xV,
  iie,
  aie,
  cie,
  EV,
  pie,
  lie,
  uie,
  mie,
  die,
  fie,
  gie,
  hie,
  Sie,
  _ie,
  xie,
  Eie,
  yV,
  yie,
  Cie,
  Rie,
  Aie,
  JA,
  CV,
  Tie,
  vie,
  Die,
  wie,
  Iie,
  bie,
  Pie,
  Oie,
  Nie,
  $ie,
  Mie,
  Lie,
  kie,
  Uie,
  Fie,
  Gie,
  Bie,
  Hie,
  Vie,
  jie,
  RV,
  Wie,
  zie,
  qie,
  AV,
  TV,
  An,
  YA,
  Kie,
  QA,
  Jie,
  Yie,
  XA,
  ZA,
  Qie,
  vV,
  Xie,
  Zie,
  eae,
  tae,
  rae,
  oae,
  ef,
  no,
  DV,
  eT,
  nae,
  sae,
  iae,
  aae,
  tf,
  wV,
  tT,
  rT,
  cae,
  pae,
  lae,
  uae,
  mae,
  dae,
  fae,
  gae,
  IV,
  bV,
  hae,
  oT,
  Sae,
  _ae,
  nT,
  ol,
  PV,
  OV,
  sT,
  Nr,
  Xe,
  en,
  NV,
  xae,
  Eae,
  yae,
  rf,
  Cae,
  ga,
  Rae,
  Aae,
  Tae,
  ui,
  vae,
  Dae,
  wae,
  Iae,
  bae,
  Pae,
  Oae,
  Nae,
  $ae,
  Mae,
  Lae,
  kae,
  Uae,
  Fae,
  Gae,
  Bae,
  Hae,
  Vae,
  jae,
  Wae,
  zae,
  qae,
  Kae,
  Jae,
  Yae,
  Qae,
  Xae,
  Zae,
  ece,
  tce,
  rce,
  oce,
  $V,
  MV,
  nce,
  iT,
  nl,
  ha,
  sce,
  LV,
  ice,
  ace,
  cce,
  pce,
  of,
  lce,
  uce,
  aT,
  mce,
  dce,
  cT,
  fce,
  kV,
  gce,
  hce,
  pT,
  Sce,
  _ce,
  UV,
  lT,
  FV,
  GV,
  xce,
  uT,
  Ece,
  yce,
  nf,
  Cce,
  Rce,
  Ace,
  Tce,
  vce,
  Dce,
  wce,
  Ice,
  bce,
  Pce,
  Oce,
  Nce,
  mT,
  $ce,
  sl,
  sf,
  Mce,
  Lce,
  af,
  kce,
  cf,
  dT,
  Sa,
  Uce,
  BV,
  Fce,
  HV,
  Gce,
  il,
  fT,
  Bce,
  pf,
  Hce,
  gT,
  al,
  Vce,
  jce,
  lf,
  VV,
  jV,
  Wce,
  zce,
  qce,
  bo,
  Kce,
  uf,
  hT,
  Jce,
  mi,
  mf,
  Yce,
  Qce,
  Xce,
  Zce,
  epe,
  tpe,
  rpe,
  ope,
  npe,
  spe,
  cl,
  ipe,
  WV,
  zV,
  pl,
  ape,
  $r,
  ht,
  cpe,
  mt,
  zt,
  Po,
  qV,
  ppe,
  h,
  KV,
  lpe,
  nt,
  upe,
  mpe,
  dpe,
  fpe,
  gpe,
  hpe,
  Spe,
  _pe,
  xpe,
  Epe,
  ype,
  Cpe,
  Rpe,
  Ape,
  Tpe,
  vpe,
  Dpe,
  wpe,
  Ipe,
  JV,
  _a,
  bpe,
  Ppe,
  Ope,
  Npe,
  $pe,
  Mpe,
  YV,
  Lpe,
  kpe,
  Upe,
  Fpe,
  Gpe,
  Bpe,
  Hpe,
  Vpe,
  jpe,
  Wpe,
  zpe,
  qpe,
  Kpe,
  Jpe,
  Ype,
  Qpe,
  Xpe,
  Zpe,
  ele,
  tle,
  rle,
  ole,
  nle,
  sle,
  ile,
  ale,
  cle,
  ple,
  lle,
  ule,
  mle,
  dle,
  fle,
  gle,
  hle,
  Sle,
  _le,
  xle,
  Ele,
  yle,
  Cle,
  Rle,
  Ale,
  Tle,
  vle,
  Dle,
  wle,
  Ile,
  ble,
  Ple,
  Ole,
  Nle,
  $le,
  Mle,
  Lle,
  kle,
  Ule,
  Fle,
  Gle,
  Ble,
  Hle,
  Vle,
  jle,
  Wle,
  zle,
  qle,
  Kle,
  Jle,
  Yle,
  Qle,
  Xle,
  Zle,
  eue,
  tue,
  rue,
  oue,
  nue,
  sue,
  iue,
  aue,
  cue,
  pue,
  lue,
  uue,
  mue,
  due,
  QV,
  fue,
  XV,
  gue,
  hue,
  Sue,
  ST,
  _ue,
  xue,
  Eue,
  yue,
  Cue,
  ZV,
  Rue,
  Aue,
  Tue,
  vue,
  Due,
  wue,
  Iue,
  bue,
  Pue,
  Oue,
  Nue,
  $ue,
  Mue,
  Lue,
  kue,
  Uue,
  Fue,
  Gue,
  _T,
  Bue,
  ej,
  Hue,
  Vue,
  tj,
  jue,
  xT,
  Wue,
  zue,
  que,
  Kue,
  Jue,
  Yue,
  Que,
  Xue,
  Zue,
  eme,
  tme,
  rme,
  ome,
  nme,
  sme,
  ime,
  ame,
  cme,
  pme,
  lme,
  df,
  tn,
  ume,
  mme,
  dme,
  fme,
  gme,
  ff,
  hme,
  Sme,
  rj,
  _me,
  xme,
  Oo,
  Eme,
  yme,
  Cme,
  Rme,
  Ame,
  Tme,
  vme,
  Dme,
  oj,
  nj,
  gf,
  sj,
  wme,
  Ime,
  bme,
  qd,
  ij,
  Pme,
  Zo,
  ET,
  No,
  aj,
  cj,
  pj,
  lj,
  uj,
  mj,
  dj,
  fj,
  gj,
  hj,
  Sj,
  _j,
  xj,
  Ej,
  yj,
  Cj,
  Rj,
  Aj,
  Tj,
  vj,
  Dj,
  wj,
  Ij,
  bj,
  Pj,
  Oj,
  Nj,
  $j,
  Mj,
  Lj,
  kj,
  Uj,
  Fj,
  Gj,
  Bj,
  Hj,
  Vj,
  jj,
  Wj,
  zj,
  qj,
  Kj,
  Jj,
  Yj,
  Qj,
  Xj,
  Zj,
  e6,
  t6,
  r6,
  o6,
  n6,
  s6,
  i6,
  a6,
  c6,
  p6,
  j = a(() => {
    be();
    kA();
    UA();
    (M2 = "Average"),
      (ua = "AlarmActions"),
      (xoe = "ApproximateAggregateValue"),
      (FA = "AlarmArn"),
      (ci = "ActionConfiguration"),
      (Eoe = "AlarmContributorAttributes"),
      (L2 = "AlarmContributorId"),
      (GA = "AlarmConfigurationUpdatedTimestamp"),
      (yoe = "AlarmContributor"),
      (k2 = "AlarmContributors"),
      (Coe = "AnomalyDetector"),
      (Roe = "AnomalyDetectorConfiguration"),
      (Aoe = "AnomalyDetectorExcludedTimeRanges"),
      (BA = "AnomalyDetectorId"),
      (Toe = "AnomalyDetectorIds"),
      (voe = "AssociateDatasetKmsKey"),
      (Doe = "AssociateDatasetKmsKeyInput"),
      (woe = "AssociateDatasetKmsKeyOutput"),
      (Ioe = "AnomalyDetectorTypes"),
      (ma = "AlarmDescription"),
      (U2 = "AnomalyDetectors"),
      (da = "ActionsEnabled"),
      (boe = "AggregationExpression"),
      (Poe = "AlarmHistoryItem"),
      (F2 = "AlarmHistoryItems"),
      (G2 = "AccountId"),
      (B2 = "ActionLogLineCount"),
      (H2 = "ActionLogLineRoleArn"),
      (V2 = "AlarmMuteRuleArn"),
      (j2 = "AlarmMuteRuleName"),
      (Ooe = "AlarmMuteRuleSummary"),
      (W2 = "AlarmMuteRuleSummaries"),
      (Io = "AlarmName"),
      (Noe = "AlarmNamePrefix"),
      (rl = "AlarmNames"),
      (z2 = "ApplyOnTransformedLogs"),
      ($oe = "ActionPrefix"),
      (Moe = "AlarmPromQLCriteria"),
      (q2 = "AlarmRule"),
      (Loe = "AdaptationSpeed"),
      (koe = "ActionsSuppressedBy"),
      (K2 = "ActionsSuppressorExtensionPeriod"),
      (Uoe = "ActionsSuppressedReason"),
      (J2 = "ActionsSuppressorWaitPeriod"),
      (Y2 = "ActionsSuppressor"),
      (Foe = "AdditionalStatistics"),
      (Goe = "AggregationStatistic"),
      (Boe = "AlarmType"),
      (Q2 = "AlarmTagsPropagation"),
      (X2 = "AlarmTypes"),
      (Hoe = "ApproximateUniqueCount"),
      (Voe = "AggregateValue"),
      (joe = "ApproximateValue"),
      (Kd = "Arn"),
      (Woe = "Attributes"),
      (zoe = "BatchFailures"),
      (Z2 = "Configuration"),
      (qoe = "ContributorAttributes"),
      (Koe = "CompositeAlarm"),
      (eV = "CompositeAlarms"),
      (Jd = "CreatedAt"),
      (tV = "CreationDate"),
      (Joe = "ConflictException"),
      (Yoe = "ContributorId"),
      (Qoe = "ConcurrentModificationException"),
      (Yd = "ComparisonOperator"),
      (Xoe = "ChildrenOfAlarmName"),
      (Zoe = "CreateResourceMetricsConfiguration"),
      (ene = "CreateResourceMetricsConfigurationInput"),
      (tne = "CreateResourceMetricsConfigurationOutput"),
      (rne = "Contributors"),
      (one = "Code"),
      (nne = "Counts"),
      (oo = "Dimensions"),
      (rV = "DashboardArn"),
      (sne = "DisableAlarmActions"),
      (ine = "DisableAlarmActionsInput"),
      (ane = "DescribeAlarmContributors"),
      (cne = "DescribeAlarmContributorsInput"),
      (pne = "DescribeAlarmContributorsOutput"),
      (lne = "DeleteAnomalyDetector"),
      (une = "DeleteAnomalyDetectorInput"),
      (mne = "DescribeAnomalyDetectorsInput"),
      (dne = "DeleteAnomalyDetectorOutput"),
      (fne = "DescribeAnomalyDetectorsOutput"),
      (gne = "DescribeAnomalyDetectors"),
      (hne = "DescribeAlarmsForMetric"),
      (Sne = "DescribeAlarmsForMetricInput"),
      (_ne = "DescribeAlarmsForMetricOutput"),
      (xne = "DescribeAlarmHistory"),
      (Ene = "DescribeAlarmHistoryInput"),
      (yne = "DescribeAlarmHistoryOutput"),
      (Cne = "DeleteAlarmsInput"),
      (Rne = "DescribeAlarmsInput"),
      (Ane = "DeleteAlarmMuteRule"),
      (Tne = "DeleteAlarmMuteRuleInput"),
      (vne = "DescribeAlarmsOutput"),
      (Dne = "DeleteAlarms"),
      (wne = "DescribeAlarms"),
      (oV = "DashboardBody"),
      (Ine = "DeleteDashboards"),
      (bne = "DeleteDashboardsInput"),
      (Pne = "DisassociateDatasetKmsKey"),
      (One = "DisassociateDatasetKmsKeyInput"),
      (Nne = "DisassociateDatasetKmsKeyOutput"),
      ($ne = "DeleteDashboardsOutput"),
      (Mne = "DashboardEntry"),
      (nV = "DashboardEntries"),
      (Lne = "DimensionFilter"),
      (kne = "DimensionFilters"),
      (HA = "DatasetIdentifier"),
      (Une = "DashboardInvalidInputError"),
      (Fne = "DeleteInsightRules"),
      (Gne = "DeleteInsightRulesInput"),
      (Bne = "DescribeInsightRulesInput"),
      (Hne = "DisableInsightRulesInput"),
      (Vne = "DeleteInsightRulesOutput"),
      (jne = "DescribeInsightRulesOutput"),
      (Wne = "DisableInsightRulesOutput"),
      (zne = "DescribeInsightRules"),
      (qne = "DisableInsightRules"),
      (Kne = "DatasetId"),
      (Jne = "DeleteMetricStream"),
      (Yne = "DeleteMetricStreamInput"),
      (Qne = "DeleteMetricStreamOutput"),
      (Qd = "DashboardName"),
      (Xne = "DashboardNotFoundError"),
      (Zne = "DashboardNamePrefix"),
      (ese = "DashboardNames"),
      (tse = "DataPath"),
      (rse = "DeleteResourceMetricsConfiguration"),
      (ose = "DeleteResourceMetricsConfigurationInput"),
      (nse = "DeleteResourceMetricsConfigurationOutput"),
      (sV = "DatapointsToAlarm"),
      (sse = "DashboardValidationMessage"),
      (iV = "DashboardValidationMessages"),
      (ise = "Datapoint"),
      (VA = "Datapoints"),
      (aV = "Description"),
      (ase = "Definition"),
      (cse = "Dimension"),
      (pse = "Duration"),
      (lse = "Enabled"),
      (use = "EnableAlarmActions"),
      (mse = "EnableAlarmActionsInput"),
      (jA = "EvaluationCriteria"),
      (WA = "ExpireDate"),
      (dse = "EndDate"),
      (pi = "ExcludeFilters"),
      (cV = "EvaluationInterval"),
      (fse = "EnableInsightRules"),
      (gse = "EnableInsightRulesInput"),
      (hse = "EnableInsightRulesOutput"),
      (pV = "EvaluateLowSampleCountPercentile"),
      (lV = "EntityMetricData"),
      (Sse = "EntityMetricDataList"),
      (uV = "EvaluationPeriods"),
      (mV = "ExtendedStatistics"),
      (dV = "EvaluationState"),
      (zA = "ExtendedStatistic"),
      (Xd = "EndTime"),
      (_se = "ExcludedTagKeys"),
      (xse = "EndTimeOffset"),
      (Ese = "ExcludedTimeRanges"),
      (yse = "ExceptionType"),
      (qA = "EvaluationWindow"),
      (fV = "Entity"),
      (Cse = "Entries"),
      (gV = "Expression"),
      (Zd = "Failures"),
      (KA = "FirehoseArn"),
      (Rse = "FailureCode"),
      (Ase = "FailureDescription"),
      (Tse = "FailureResource"),
      (vse = "GetAlarmMuteRule"),
      (Dse = "GetAlarmMuteRuleInput"),
      (wse = "GetAlarmMuteRuleOutput"),
      (Ise = "GetDashboard"),
      (bse = "GetDashboardInput"),
      (Pse = "GetDatasetInput"),
      (Ose = "GetDashboardOutput"),
      (Nse = "GetDatasetOutput"),
      ($se = "GetDataset"),
      (Mse = "GetInsightRuleReport"),
      (Lse = "GetInsightRuleReportInput"),
      (kse = "GetInsightRuleReportOutput"),
      (Use = "GetMetricData"),
      (Fse = "GetMetricDataInput"),
      (Gse = "GetMetricDataOutput"),
      (Bse = "GetMetricStatistics"),
      (Hse = "GetMetricStatisticsInput"),
      (Vse = "GetMetricStreamInput"),
      (jse = "GetMetricStatisticsOutput"),
      (Wse = "GetMetricStreamOutput"),
      (zse = "GetMetricStream"),
      (qse = "GetMetricWidgetImage"),
      (Kse = "GetMetricWidgetImageInput"),
      (Jse = "GetMetricWidgetImageOutput"),
      (Yse = "GetOTelEnrichment"),
      (Qse = "GetOTelEnrichmentInput"),
      (Xse = "GetOTelEnrichmentOutput"),
      (Zse = "GetResourceMetricsConfiguration"),
      (eie = "GetResourceMetricsConfigurationInput"),
      (tie = "GetResourceMetricsConfigurationOutput"),
      (rie = "HistoryData"),
      (hV = "HistoryItemType"),
      (oie = "HistorySummary"),
      (SV = "Id"),
      (fa = "InsufficientDataActions"),
      (li = "IncludeFilters"),
      (nie = "InvalidFormatFault"),
      (sie = "IncludeLinkedAccounts"),
      (_V = "IncludeLinkedAccountsMetrics"),
      (xV = "IncludeMetrics"),
      (iie = "InvalidNextToken"),
      (aie = "InvalidParameterCombinationException"),
      (cie = "InvalidParameterValueException"),
      (EV = "InsightRules"),
      (pie = "InsightRuleContributor"),
      (lie = "InsightRuleContributorDatapoint"),
      (uie = "InsightRuleContributorDatapoints"),
      (mie = "InsightRuleContributors"),
      (die = "InsightRuleMetricDatapoint"),
      (fie = "InsightRuleMetricDatapoints"),
      (gie = "InsightRule"),
      (hie = "InternalServiceFault"),
      (Sie = "IncludedTagKeys"),
      (_ie = "Keys"),
      (xie = "KeyAttributes"),
      (Eie = "KmsAccessDeniedException"),
      (yV = "KmsKeyArn"),
      (yie = "KmsKeyDisabledException"),
      (Cie = "KmsKeyNotFoundException"),
      (Rie = "KeyLabels"),
      (Aie = "Key"),
      (JA = "Label"),
      (CV = "LogAlarms"),
      (Tie = "ListAlarmMuteRules"),
      (vie = "ListAlarmMuteRulesInput"),
      (Die = "ListAlarmMuteRulesOutput"),
      (wie = "LogAlarm"),
      (Iie = "ListDashboards"),
      (bie = "ListDashboardsInput"),
      (Pie = "ListDashboardsOutput"),
      (Oie = "LimitExceededException"),
      (Nie = "LimitExceededFault"),
      ($ie = "LogGroupIdentifiers"),
      (Mie = "LastModified"),
      (Lie = "ListMetricsInput"),
      (kie = "ListManagedInsightRules"),
      (Uie = "ListManagedInsightRulesInput"),
      (Fie = "ListManagedInsightRulesOutput"),
      (Gie = "ListMetricsOutput"),
      (Bie = "ListMetricStreams"),
      (Hie = "ListMetricStreamsInput"),
      (Vie = "ListMetricStreamsOutput"),
      (jie = "ListMetrics"),
      (RV = "LabelOptions"),
      (Wie = "ListTagsForResource"),
      (zie = "ListTagsForResourceInput"),
      (qie = "ListTagsForResourceOutput"),
      (AV = "LastUpdateDate"),
      (TV = "LastUpdatedTimestamp"),
      (An = "Message"),
      (YA = "MetricAlarms"),
      (Kie = "MetricAlarm"),
      (QA = "MetricCharacteristics"),
      (Jie = "MaxContributorCount"),
      (Yie = "MaxContributorValue"),
      (XA = "MetricData"),
      (ZA = "MetricDataQueries"),
      (Qie = "MetricDataQuery"),
      (vV = "MetricDataResults"),
      (Xie = "MetricDataResultMessages"),
      (Zie = "MetricDataResult"),
      (eae = "MaxDatapoints"),
      (tae = "MetricDatapoints"),
      (rae = "MessageData"),
      (oae = "MetricDatum"),
      (ef = "MetricMathAnomalyDetector"),
      (no = "MetricName"),
      (DV = "MetricNames"),
      (eT = "MaxRecords"),
      (nae = "ManagedRuleDescription"),
      (sae = "ManagedRuleDescriptions"),
      (iae = "MissingRequiredParameterException"),
      (aae = "ManagedRuleState"),
      (tf = "MaxResults"),
      (wV = "ManagedRule"),
      (tT = "ManagedRules"),
      (rT = "MetricSelections"),
      (cae = "MetricStreamEntry"),
      (pae = "MetricStreamEntries"),
      (lae = "MetricStreamFilter"),
      (uae = "MetricStreamFilters"),
      (mae = "MetricStreamStatisticsConfiguration"),
      (dae = "MetricStreamStatisticsConfigurations"),
      (fae = "MetricStreamStatisticsIncludeMetrics"),
      (gae = "MetricStreamStatisticsMetric"),
      (IV = "MetricStat"),
      (bV = "MuteType"),
      (hae = "MetricTimezone"),
      (oT = "MuteTargets"),
      (Sae = "MetricWidget"),
      (_ae = "MetricWidgetImage"),
      (nT = "Maximum"),
      (ol = "Metrics"),
      (PV = "Messages"),
      (OV = "Metric"),
      (sT = "Minimum"),
      (Nr = "Namespace"),
      (Xe = "NextToken"),
      (en = "Name"),
      (NV = "Names"),
      (xae = "OwningAccount"),
      (Eae = "OwningAccounts"),
      (yae = "OrderBy"),
      (rf = "OutputFormat"),
      (Cae = "OutlierFilteringStrength"),
      (ga = "OKActions"),
      (Rae = "OnlyStartEvaluatingAfterWarmUpPeriodEnds"),
      (Aae = "OTelEnrichmentMetricSelector"),
      (Tae = "OTelEnrichmentMetricSelectorList"),
      (ui = "Period"),
      (vae = "PutAnomalyDetector"),
      (Dae = "PutAnomalyDetectorInput"),
      (wae = "PutAnomalyDetectorOutput"),
      (Iae = "PutAlarmMuteRule"),
      (bae = "PutAlarmMuteRuleInput"),
      (Pae = "PutCompositeAlarm"),
      (Oae = "PutCompositeAlarmInput"),
      (Nae = "PutDashboard"),
      ($ae = "PutDashboardInput"),
      (Mae = "PutDashboardOutput"),
      (Lae = "PartialFailure"),
      (kae = "PutInsightRule"),
      (Uae = "PutInsightRuleInput"),
      (Fae = "PutInsightRuleOutput"),
      (Gae = "PutLogAlarm"),
      (Bae = "PutLogAlarmInput"),
      (Hae = "PutMetricAlarm"),
      (Vae = "PutMetricAlarmInput"),
      (jae = "PutMetricData"),
      (Wae = "PutMetricDataInput"),
      (zae = "PutManagedInsightRules"),
      (qae = "PutManagedInsightRulesInput"),
      (Kae = "PutManagedInsightRulesOutput"),
      (Jae = "PutMetricStream"),
      (Yae = "PutMetricStreamInput"),
      (Qae = "PutMetricStreamOutput"),
      (Xae = "ParentsOfAlarmName"),
      (Zae = "PendingPeriod"),
      (ece = "PromQLCriteria"),
      (tce = "PeriodicSpikes"),
      (rce = "Query"),
      (oce = "QueryARN"),
      ($V = "QueryResultsToAlarm"),
      (MV = "QueryResultsToEvaluate"),
      (nce = "QueryString"),
      (iT = "Rule"),
      (nl = "ResourceArn"),
      (ha = "ResourceARN"),
      (sce = "RecentlyActive"),
      (LV = "RoleArn"),
      (ice = "ResourceConflict"),
      (ace = "ReturnData"),
      (cce = "RuleDefinition"),
      (pce = "ResourceId"),
      (of = "ResourceMetricsConfiguration"),
      (lce = "ResourceMetricSelection"),
      (uce = "ResourceMetricSelectionList"),
      (aT = "RuleNames"),
      (mce = "ResourceNotFound"),
      (dce = "ResourceNotFoundException"),
      (cT = "RuleName"),
      (fce = "RecoveryPeriod"),
      (kV = "RuleState"),
      (gce = "ResourceType"),
      (hce = "Range"),
      (pT = "Status"),
      (Sce = "SetAlarmState"),
      (_ce = "SetAlarmStateInput"),
      (UV = "ScanBy"),
      (lT = "SampleCount"),
      (FV = "ScheduleConfiguration"),
      (GV = "StatisticsConfigurations"),
      (xce = "StatusCode"),
      (uT = "StartDate"),
      (Ece = "ScheduleExpression"),
      (yce = "StrictEntityValidation"),
      (nf = "SingleMetricAnomalyDetector"),
      (Cce = "StartMetricStreams"),
      (Rce = "StartMetricStreamsInput"),
      (Ace = "StopMetricStreamsInput"),
      (Tce = "StartMetricStreamsOutput"),
      (vce = "StopMetricStreamsOutput"),
      (Dce = "StopMetricStreams"),
      (wce = "StartOTelEnrichment"),
      (Ice = "StartOTelEnrichmentInput"),
      (bce = "StopOTelEnrichmentInput"),
      (Pce = "StartOTelEnrichmentOutput"),
      (Oce = "StopOTelEnrichmentOutput"),
      (Nce = "StopOTelEnrichment"),
      (mT = "ScheduledQueryConfiguration"),
      ($ce = "ScheduledQueryRoleARN"),
      (sl = "StateReason"),
      (sf = "StateReasonData"),
      (Mce = "StorageResolution"),
      (Lce = "StatisticSet"),
      (af = "StartTime"),
      (kce = "StartTimeOffset"),
      (cf = "StateTransitionedTimestamp"),
      (dT = "StateUpdatedTimestamp"),
      (Sa = "StateValue"),
      (Uce = "StatisticValues"),
      (BV = "SlidingWindow"),
      (Fce = "Schema"),
      (HV = "Schedule"),
      (Gce = "Size"),
      (il = "Stat"),
      (fT = "Statistic"),
      (Bce = "Statistics"),
      (pf = "State"),
      (Hce = "Statuses"),
      (gT = "Sum"),
      (al = "Timestamp"),
      (Vce = "TagKeys"),
      (jce = "TagList"),
      (lf = "TreatMissingData"),
      (VV = "ThresholdMetricId"),
      (jV = "TemplateName"),
      (Wce = "TagResource"),
      (zce = "TagResourceInput"),
      (qce = "TagResourceOutput"),
      (bo = "Tags"),
      (Kce = "Tag"),
      (uf = "Threshold"),
      (hT = "Timezone"),
      (Jce = "Timestamps"),
      (mi = "Unit"),
      (mf = "UpdatedAt"),
      (Yce = "UniqueContributors"),
      (Qce = "UpdateOTelEnrichment"),
      (Xce = "UpdateOTelEnrichmentInput"),
      (Zce = "UpdateOTelEnrichmentOutput"),
      (epe = "UntagResource"),
      (tpe = "UntagResourceInput"),
      (rpe = "UpdateResourceMetricsConfiguration"),
      (ope = "UpdateResourceMetricsConfigurationInput"),
      (npe = "UpdateResourceMetricsConfigurationOutput"),
      (spe = "UntagResourceOutput"),
      (cl = "Value"),
      (ipe = "ValidationException"),
      (WV = "Values"),
      (zV = "WallClockWindow"),
      (pl = "WarmUpConfiguration"),
      (ape = "WarmUpPeriodDurationInMinutes"),
      ($r = "awsQueryError"),
      (ht = "client"),
      (cpe = "dashboardValidationMessages"),
      (mt = "error"),
      (zt = "httpError"),
      (Po = "message"),
      (qV = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch"),
      (ppe = "server"),
      (h = "com.amazonaws.cloudwatch"),
      (KV = new Te(qV)),
      (lpe = [-3, qV, "CloudWatchServiceException", 0, [], []]);
    KV.registerError(lpe, Ge);
    (nt = new Te(h)),
      (upe = [
        -3,
        h,
        Qoe,
        { [$r]: ["ConcurrentModificationException", 429], [mt]: ht, [zt]: 429 },
        [An],
        [0],
      ]);
    nt.registerError(upe, Nd);
    mpe = [-3, h, Joe, { [mt]: ht, [zt]: 409 }, [An], [0]];
    nt.registerError(mpe, wd);
    dpe = [
      -3,
      h,
      Une,
      { [$r]: ["InvalidParameterInput", 400], [mt]: ht, [zt]: 400 },
      [Po, cpe],
      [0, () => rj],
    ];
    nt.registerError(dpe, $d);
    fpe = [-3, h, Xne, { [$r]: ["ResourceNotFound", 404], [mt]: ht, [zt]: 404 }, [Po], [0]];
    nt.registerError(fpe, Md);
    gpe = [-3, h, hie, { [$r]: ["InternalServiceError", 500], [mt]: ppe, [zt]: 500 }, [An], [0]];
    nt.registerError(gpe, Ud);
    hpe = [-3, h, nie, { [$r]: ["InvalidFormat", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(hpe, Wd);
    Spe = [-3, h, iie, { [$r]: ["InvalidNextToken", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(Spe, Hd);
    _pe = [-3, h, aie, { [$r]: ["InvalidParameterCombination", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(_pe, Fd);
    xpe = [-3, h, cie, { [$r]: ["InvalidParameterValue", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(xpe, Gd);
    Epe = [-3, h, Eie, { [mt]: ht }, [An], [0], 1];
    nt.registerError(Epe, Id);
    ype = [-3, h, yie, { [mt]: ht }, [An], [0], 1];
    nt.registerError(ype, bd);
    Cpe = [-3, h, Cie, { [mt]: ht }, [An], [0], 1];
    nt.registerError(Cpe, Pd);
    Rpe = [-3, h, Oie, { [$r]: ["LimitExceededException", 400], [mt]: ht, [zt]: 400 }, [An], [0]];
    nt.registerError(Rpe, Vd);
    Ape = [-3, h, Nie, { [$r]: ["LimitExceeded", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(Ape, jd);
    Tpe = [-3, h, iae, { [$r]: ["MissingParameter", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(Tpe, Bd);
    vpe = [-3, h, ice, { [$r]: ["ResourceConflict", 409], [mt]: ht, [zt]: 409 }, [Po], [0]];
    nt.registerError(vpe, Ld);
    Dpe = [-3, h, mce, { [$r]: ["ResourceNotFound", 404], [mt]: ht, [zt]: 404 }, [Po], [0]];
    nt.registerError(Dpe, kd);
    wpe = [
      -3,
      h,
      dce,
      { [$r]: ["ResourceNotFoundException", 404], [mt]: ht, [zt]: 404 },
      [gce, pce, An],
      [0, 0, 0],
    ];
    nt.registerError(wpe, Od);
    Ipe = [-3, h, ipe, { [$r]: ["ValidationError", 400], [mt]: ht, [zt]: 400 }, [Po], [0]];
    nt.registerError(Ipe, zd);
    (JV = [KV, nt]),
      (_a = [3, h, ci, 0, [Q2], [() => $pe]]),
      (bpe = [3, h, yoe, 0, [Yoe, qoe, sl, cf], [0, 128, 0, 4], 3]),
      (Ppe = [3, h, Poe, 0, [Io, L2, Boe, al, hV, oie, rie, Eoe], [0, 0, 0, 4, 0, 0, 0, 128]]),
      (Ope = [3, h, Ooe, 0, [V2, WA, pT, bV, TV], [0, 4, 0, 0, 4]]),
      (Npe = [3, h, Moe, 0, [rce, Zae, fce], [0, 1, 1], 1]),
      ($pe = [3, h, Q2, 0, [lse, Sie, _se], [2, 64, 64], 1]),
      (Mpe = [
        3,
        h,
        Coe,
        0,
        [BA, Nr, no, oo, il, Z2, Sa, QA, nf, ef],
        [0, 0, 0, () => Oo, 0, () => YV, 0, () => XV, () => xT, () => ST],
      ]),
      (YV = [3, h, Roe, 0, [Ese, hae, Loe, Cae], [() => fme, 0, 0, 0]]),
      (Lpe = [3, h, Doe, 0, [HA, yV], [0, 0], 2]),
      (kpe = [3, h, woe, 0, [], []]),
      (Upe = [
        3,
        h,
        Koe,
        0,
        [da, ua, FA, GA, ma, Io, q2, fa, ga, sl, sf, dT, Sa, cf, koe, Uoe, Y2, J2, K2, ci],
        [2, 64, 0, 4, 0, 0, 0, 64, 64, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1, () => _a],
      ]),
      (Fpe = [3, h, ene, 0, [nl, rT], [0, () => ET], 1]),
      (Gpe = [3, h, tne, 0, [of], [() => _T], 1]),
      (Bpe = [3, h, Mne, 0, [Qd, rV, Mie, Gce], [0, 0, 4, 1]]),
      (Hpe = [3, h, sse, 0, [tse, An], [0, 0]]),
      (Vpe = [3, h, ise, 0, [al, lT, M2, gT, sT, nT, mi, mV], [4, 1, 1, 1, 1, 1, 0, 129]]),
      (jpe = [3, h, Tne, 0, [j2], [0], 1]),
      (Wpe = [3, h, Cne, 0, [rl], [64], 1]),
      (zpe = [3, h, une, 0, [BA, Nr, no, oo, il, nf, ef], [0, 0, 0, () => Oo, 0, () => xT, () => ST]]),
      (qpe = [3, h, dne, 0, [], []]),
      (Kpe = [3, h, bne, 0, [ese], [64], 1]),
      (Jpe = [3, h, $ne, 0, [], []]),
      (Ype = [3, h, Gne, 0, [aT], [64], 1]),
      (Qpe = [3, h, Vne, 0, [Zd], [() => ff]]),
      (Xpe = [3, h, Yne, 0, [en], [0], 1]),
      (Zpe = [3, h, Qne, 0, [], []]),
      (ele = [3, h, ose, 0, [nl], [0], 1]),
      (tle = [3, h, nse, 0, [], []]),
      (rle = [3, h, cne, 0, [Io, Xe], [0, 0], 1]),
      (ole = [3, h, pne, 0, [k2, Xe], [() => ume, 0], 1]),
      (nle = [3, h, Ene, 0, [Io, L2, X2, hV, uT, dse, eT, Xe, UV], [0, 0, 64, 0, 4, 4, 1, 0, 0]]),
      (sle = [3, h, yne, 0, [F2, Xe], [() => mme, 0]]),
      (ile = [3, h, Sne, 0, [no, Nr, fT, zA, oo, ui, mi], [0, 0, 0, 0, () => Oo, 1, 0], 2]),
      (ale = [3, h, _ne, 0, [YA], [() => oj]]),
      (cle = [3, h, Rne, 0, [rl, Noe, X2, Xoe, Xae, Sa, $oe, eT, Xe], [64, 0, 64, 0, 0, 0, 0, 1, 0]]),
      (ple = [3, h, vne, 0, [eV, YA, CV, Xe], [() => hme, () => oj, () => Tme, 0]]),
      (lle = [3, h, mne, 0, [Toe, Xe, tf, Nr, no, oo, Ioe], [64, 0, 1, 0, 0, () => Oo, 64]]),
      (ule = [3, h, fne, 0, [U2, Xe], [() => gme, 0]]),
      (mle = [3, h, Bne, 0, [Xe, tf], [0, 1]]),
      (dle = [3, h, jne, 0, [Xe, EV], [0, () => Ame]]),
      (fle = [3, h, cse, 0, [en, cl], [0, 0], 2]),
      (gle = [3, h, Lne, 0, [en, cl], [0, 0], 1]),
      (hle = [3, h, ine, 0, [rl], [64], 1]),
      (Sle = [3, h, Hne, 0, [aT], [64], 1]),
      (_le = [3, h, Wne, 0, [Zd], [() => ff]]),
      (xle = [3, h, One, 0, [HA], [0], 1]),
      (Ele = [3, h, Nne, 0, [], []]),
      (yle = [3, h, mse, 0, [rl], [64], 1]),
      (Cle = [3, h, gse, 0, [aT], [64], 1]),
      (Rle = [3, h, hse, 0, [Zd], [() => ff]]),
      (Ale = [3, h, fV, 0, [xie, Woe], [128, 128]]),
      (Tle = [3, h, lV, 0, [fV, XA], [() => Ale, () => nj]]),
      (vle = [3, h, Dse, 0, [j2], [0], 1]),
      (Dle = [
        3,
        h,
        wse,
        0,
        [en, V2, aV, iT, oT, uT, WA, pT, TV, bV],
        [0, 0, 0, () => ej, () => ZV, 4, 4, 0, 4, 0],
      ]),
      (wle = [3, h, bse, 0, [Qd], [0], 1]),
      (Ile = [3, h, Ose, 0, [rV, oV, Qd], [0, 0, 0]]),
      (ble = [3, h, Pse, 0, [HA], [0], 1]),
      (Ple = [3, h, Nse, 0, [Kne, Kd, yV], [0, 0, 0], 2]),
      (Ole = [3, h, Lse, 0, [cT, af, Xd, ui, Jie, ol, yae], [0, 4, 4, 1, 1, 64, 0], 4]),
      (Nle = [3, h, kse, 0, [Rie, Goe, Voe, Hoe, rne, tae], [64, 0, 1, 1, () => Cme, () => Rme]]),
      ($le = [3, h, Fse, 0, [ZA, af, Xd, Xe, UV, eae, RV], [() => gf, 4, 4, 0, 0, 1, () => Yle], 3]),
      (Mle = [3, h, Gse, 0, [vV, Xe, PV], [() => wme, 0, () => sj]]),
      (Lle = [3, h, Hse, 0, [Nr, no, af, Xd, ui, oo, Bce, mV, mi], [0, 0, 4, 4, 1, () => Oo, 64, 64, 0], 5]),
      (kle = [3, h, jse, 0, [JA, VA], [0, () => _me]]),
      (Ule = [3, h, Vse, 0, [en], [0], 1]),
      (Fle = [
        3,
        h,
        Wse,
        0,
        [Kd, en, li, pi, KA, LV, pf, tV, AV, rf, GV, _V],
        [0, 0, () => qd, () => qd, 0, 0, 0, 4, 4, 0, () => ij, 2],
      ]),
      (Gle = [3, h, Kse, 0, [Sae, rf], [0, 0], 1]),
      (Ble = [3, h, Jse, 0, [_ae], [21]]),
      (Hle = [3, h, Qse, 0, [], []]),
      (Vle = [3, h, Xse, 0, [pT, li, pi, Jd, mf], [0, () => Zo, () => Zo, 4, 4], 1]),
      (jle = [3, h, eie, 0, [nl], [0], 1]),
      (Wle = [3, h, tie, 0, [of], [() => _T], 1]),
      (zle = [3, h, gie, 0, [en, pf, Fce, ase, wV, z2], [0, 0, 0, 0, 2, 2], 4]),
      (qle = [3, h, pie, 0, [_ie, xoe, VA], [64, 1, () => yme], 3]),
      (Kle = [3, h, lie, 0, [al, joe], [4, 1], 2]),
      (Jle = [3, h, die, 0, [al, Yce, Yie, lT, M2, gT, sT, nT], [4, 1, 1, 1, 1, 1, 1, 1], 1]),
      (Yle = [3, h, RV, 0, [hT], [0]]),
      (Qle = [3, h, vie, 0, [Io, Hce, eT, Xe], [0, 64, 1, 0]]),
      (Xle = [3, h, Die, 0, [W2, Xe], [() => dme, 0]]),
      (Zle = [3, h, bie, 0, [Zne, Xe], [0, 0]]),
      (eue = [3, h, Pie, 0, [nV, Xe], [() => Sme, 0]]),
      (tue = [3, h, Uie, 0, [ha, Xe, tf], [0, 0, 1], 1]),
      (rue = [3, h, Fie, 0, [tT, Xe], [() => vme, 0]]),
      (oue = [3, h, Lie, 0, [Nr, no, oo, Xe, sce, sie, xae], [0, 0, () => xme, 0, 0, 2, 0]]),
      (nue = [3, h, Gie, 0, [ol, Xe, Eae], [() => Ime, 0, 64]]),
      (sue = [3, h, Hie, 0, [Xe, tf], [0, 1]]),
      (iue = [3, h, Vie, 0, [Xe, Cse], [0, () => bme]]),
      (aue = [3, h, zie, 0, [ha], [0], 1]),
      (cue = [3, h, qie, 0, [bo], [() => No]]),
      (pue = [
        3,
        h,
        wie,
        0,
        [Io, FA, ma, GA, da, ga, ua, fa, Sa, sl, sf, dT, mT, MV, $V, uf, Yd, lf, cf, dV, B2, H2, pl, ci],
        [0, 0, 0, 4, 2, 64, 64, 64, 0, 0, 0, 4, () => tj, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => df, () => _a],
      ]),
      (lue = [3, h, wV, 0, [jV, ha, bo], [0, 0, () => No], 2]),
      (uue = [3, h, nae, 0, [jV, ha, kV], [0, 0, () => mue]]),
      (mue = [3, h, aae, 0, [cT, pf], [0, 0], 2]),
      (due = [3, h, rae, 0, [one, cl], [0, 0]]),
      (QV = [3, h, OV, 0, [Nr, no, oo], [0, 0, () => Oo]]),
      (fue = [
        3,
        h,
        Kie,
        0,
        [
          Io,
          FA,
          ma,
          GA,
          da,
          ga,
          ua,
          fa,
          Sa,
          sl,
          sf,
          dT,
          no,
          Nr,
          fT,
          zA,
          oo,
          ui,
          mi,
          uV,
          sV,
          uf,
          Yd,
          lf,
          pV,
          ol,
          VV,
          dV,
          cf,
          qA,
          pl,
          jA,
          cV,
          ci,
        ],
        [
          0,
          0,
          0,
          4,
          2,
          64,
          64,
          64,
          0,
          0,
          0,
          4,
          0,
          0,
          0,
          0,
          () => Oo,
          1,
          0,
          1,
          1,
          1,
          0,
          0,
          0,
          () => gf,
          0,
          0,
          4,
          () => cj,
          () => df,
          () => aj,
          1,
          () => _a,
        ],
      ]),
      (XV = [3, h, QA, 0, [tce], [2]]),
      (gue = [3, h, Qie, 0, [SV, IV, gV, JA, ace, ui, G2], [0, () => _ue, 0, 0, 2, 1, 0], 1]),
      (hue = [3, h, Zie, 0, [SV, JA, Jce, WV, xce, PV], [0, 0, 68, 65, 0, () => sj]]),
      (Sue = [
        3,
        h,
        oae,
        0,
        [no, oo, al, cl, Uce, WV, nne, mi, Mce],
        [0, () => Oo, 4, 1, () => Yue, 65, 65, 0, 1],
        1,
      ]),
      (ST = [3, h, ef, 0, [ZA], [() => gf]]),
      (_ue = [3, h, IV, 0, [OV, ui, il, mi], [() => QV, 1, 0, 0], 3]),
      (xue = [3, h, cae, 0, [Kd, tV, AV, en, KA, pf, rf], [0, 4, 4, 0, 0, 0, 0]]),
      (Eue = [3, h, lae, 0, [Nr, DV], [0, 64]]),
      (yue = [3, h, mae, 0, [xV, Foe], [() => Pme, 64], 2]),
      (Cue = [3, h, gae, 0, [Nr, no], [0, 0], 2]),
      (ZV = [3, h, oT, 0, [rl], [64], 1]),
      (Rue = [3, h, Aae, 0, [Nr, DV], [0, 64], 1]),
      (Aue = [3, h, Lae, 0, [Tse, yse, Rse, Ase], [0, 0, 0, 0]]),
      (Tue = [3, h, bae, 0, [en, iT, aV, oT, bo, uT, WA], [0, () => ej, 0, () => ZV, () => No, 4, 4], 2]),
      (vue = [
        3,
        h,
        Dae,
        0,
        [Nr, no, oo, il, Z2, QA, nf, ef],
        [0, 0, () => Oo, 0, () => YV, () => XV, () => xT, () => ST],
      ]),
      (Due = [3, h, wae, 0, [BA], [0]]),
      (wue = [
        3,
        h,
        Oae,
        0,
        [Io, q2, da, ua, ma, fa, ga, bo, Y2, J2, K2, ci],
        [0, 0, 2, 64, 0, 64, 64, () => No, 0, 1, 1, () => _a],
        2,
      ]),
      (Iue = [3, h, $ae, 0, [Qd, oV, bo], [0, 0, () => No], 2]),
      (bue = [3, h, Mae, 0, [iV], [() => rj]]),
      (Pue = [3, h, Uae, 0, [cT, cce, kV, bo, z2], [0, 0, 0, () => No, 2], 2]),
      (Oue = [3, h, Fae, 0, [], []]),
      (Nue = [
        3,
        h,
        Bae,
        0,
        [Io, mT, MV, $V, uf, Yd, ma, B2, H2, da, ga, ua, fa, lf, bo, pl, ci],
        [0, () => tj, 1, 1, 1, 0, 0, 1, 0, 2, 64, 64, 64, 0, () => No, () => df, () => _a],
        6,
      ]),
      ($ue = [3, h, qae, 0, [tT], [() => Dme], 1]),
      (Mue = [3, h, Kae, 0, [Zd], [() => ff]]),
      (Lue = [
        3,
        h,
        Vae,
        0,
        [
          Io,
          ma,
          da,
          ga,
          ua,
          fa,
          no,
          Nr,
          fT,
          zA,
          oo,
          ui,
          mi,
          uV,
          sV,
          uf,
          Yd,
          lf,
          pV,
          ol,
          bo,
          VV,
          qA,
          pl,
          jA,
          cV,
          ci,
        ],
        [
          0,
          0,
          2,
          64,
          64,
          64,
          0,
          0,
          0,
          0,
          () => Oo,
          1,
          0,
          1,
          1,
          1,
          0,
          0,
          0,
          () => gf,
          () => No,
          0,
          () => cj,
          () => df,
          () => aj,
          1,
          () => _a,
        ],
        1,
      ]),
      (kue = [3, h, Wae, 0, [Nr, XA, lV, yce], [0, () => nj, () => Eme, 2], 1]),
      (Uue = [
        3,
        h,
        Yae,
        0,
        [en, KA, LV, rf, li, pi, bo, GV, _V],
        [0, 0, 0, 0, () => qd, () => qd, () => No, () => ij, 2],
        4,
      ]),
      (Fue = [3, h, Qae, 0, [Kd], [0]]),
      (Gue = [3, h, hce, 0, [af, Xd], [4, 4], 2]),
      (_T = [3, h, of, 0, [nl, Jd, mf, rT], [0, 4, 4, () => ET], 3]),
      (Bue = [3, h, lce, 0, [xV], [64], 1]),
      (ej = [3, h, iT, 0, [HV], [() => Hue], 1]),
      (Hue = [3, h, HV, 0, [gV, pse, hT], [0, 0, 0], 2]),
      (Vue = [3, h, FV, 0, [Ece, kce, xse], [0, 1, 1], 2]),
      (tj = [3, h, mT, 0, [nce, $ce, FV, boe, $ie, oce, bo], [0, 0, () => Vue, 0, 64, 0, () => No], 4]),
      (jue = [3, h, _ce, 0, [Io, Sa, sl, sf], [0, 0, 0, 0], 3]),
      (xT = [3, h, nf, 0, [G2, Nr, no, oo, il], [0, 0, 0, () => Oo, 0]]),
      (Wue = [3, h, BV, 0, [], []]),
      (zue = [3, h, Rce, 0, [NV], [64], 1]),
      (que = [3, h, Tce, 0, [], []]),
      (Kue = [3, h, Ice, 0, [li, pi], [() => Zo, () => Zo]]),
      (Jue = [3, h, Pce, 0, [li, pi, Jd, mf], [() => Zo, () => Zo, 4, 4]]),
      (Yue = [3, h, Lce, 0, [lT, gT, sT, nT], [1, 1, 1, 1], 4]),
      (Que = [3, h, Ace, 0, [NV], [64], 1]),
      (Xue = [3, h, vce, 0, [], []]),
      (Zue = [3, h, bce, 0, [], []]),
      (eme = [3, h, Oce, 0, [], []]),
      (tme = [3, h, Kce, 0, [Aie, cl], [0, 0], 2]),
      (rme = [3, h, zce, 0, [ha, bo], [0, () => No], 2]),
      (ome = [3, h, qce, 0, [], []]),
      (nme = [3, h, tpe, 0, [ha, Vce], [0, 64], 2]),
      (sme = [3, h, spe, 0, [], []]),
      (ime = [3, h, Xce, 0, [li, pi], [() => Zo, () => Zo]]),
      (ame = [3, h, Zce, 0, [li, pi, Jd, mf], [() => Zo, () => Zo, 4, 4]]),
      (cme = [3, h, ope, 0, [nl, rT], [0, () => ET], 1]),
      (pme = [3, h, npe, 0, [of], [() => _T], 1]),
      (lme = [3, h, zV, 0, [hT], [0]]),
      (df = [3, h, pl, 0, [ape, Rae], [1, 2], 1]),
      (tn = "unit"),
      (ume = [1, h, k2, 0, () => bpe]),
      (mme = [1, h, F2, 0, () => Ppe]),
      (dme = [1, h, W2, 0, () => Ope]),
      (fme = [1, h, Aoe, 0, () => Gue]),
      (gme = [1, h, U2, 0, () => Mpe]),
      (ff = [1, h, zoe, 0, () => Aue]),
      (hme = [1, h, eV, 0, () => Upe]),
      (Sme = [1, h, nV, 0, () => Bpe]),
      (rj = [1, h, iV, 0, () => Hpe]),
      (_me = [1, h, VA, 0, () => Vpe]),
      (xme = [1, h, kne, 0, () => gle]),
      (Oo = [1, h, oo, 0, () => fle]),
      (Eme = [1, h, Sse, 0, () => Tle]),
      (yme = [1, h, uie, 0, () => Kle]),
      (Cme = [1, h, mie, 0, () => qle]),
      (Rme = [1, h, fie, 0, () => Jle]),
      (Ame = [1, h, EV, 0, () => zle]),
      (Tme = [1, h, CV, 0, () => pue]),
      (vme = [1, h, sae, 0, () => uue]),
      (Dme = [1, h, tT, 0, () => lue]),
      (oj = [1, h, YA, 0, () => fue]),
      (nj = [1, h, XA, 0, () => Sue]),
      (gf = [1, h, ZA, 0, () => gue]),
      (sj = [1, h, Xie, 0, () => due]),
      (wme = [1, h, vV, 0, () => hue]),
      (Ime = [1, h, ol, 0, () => QV]),
      (bme = [1, h, pae, 0, () => xue]),
      (qd = [1, h, uae, 0, () => Eue]),
      (ij = [1, h, dae, 0, () => yue]),
      (Pme = [1, h, fae, 0, () => Cue]),
      (Zo = [1, h, Tae, 0, () => Rue]),
      (ET = [1, h, uce, 0, () => Bue]),
      (No = [1, h, jce, 0, () => tme]),
      (aj = [4, h, jA, 0, [ece], [() => Npe]]),
      (cj = [4, h, qA, 0, [zV, BV], [() => lme, () => Wue]]),
      (pj = [9, h, voe, 0, () => Lpe, () => kpe]),
      (lj = [9, h, Zoe, 0, () => Fpe, () => Gpe]),
      (uj = [9, h, Ane, 0, () => jpe, () => tn]),
      (mj = [9, h, Dne, 0, () => Wpe, () => tn]),
      (dj = [9, h, lne, 0, () => zpe, () => qpe]),
      (fj = [9, h, Ine, 0, () => Kpe, () => Jpe]),
      (gj = [9, h, Fne, 0, () => Ype, () => Qpe]),
      (hj = [9, h, Jne, 0, () => Xpe, () => Zpe]),
      (Sj = [9, h, rse, 0, () => ele, () => tle]),
      (_j = [9, h, ane, 0, () => rle, () => ole]),
      (xj = [9, h, xne, 0, () => nle, () => sle]),
      (Ej = [9, h, wne, 0, () => cle, () => ple]),
      (yj = [9, h, hne, 0, () => ile, () => ale]),
      (Cj = [9, h, gne, 0, () => lle, () => ule]),
      (Rj = [9, h, zne, 0, () => mle, () => dle]),
      (Aj = [9, h, sne, 0, () => hle, () => tn]),
      (Tj = [9, h, qne, 0, () => Sle, () => _le]),
      (vj = [9, h, Pne, 2, () => xle, () => Ele]),
      (Dj = [9, h, use, 0, () => yle, () => tn]),
      (wj = [9, h, fse, 0, () => Cle, () => Rle]),
      (Ij = [9, h, vse, 0, () => vle, () => Dle]),
      (bj = [9, h, Ise, 0, () => wle, () => Ile]),
      (Pj = [9, h, $se, 0, () => ble, () => Ple]),
      (Oj = [9, h, Mse, 0, () => Ole, () => Nle]),
      (Nj = [9, h, Use, 0, () => $le, () => Mle]),
      ($j = [9, h, Bse, 0, () => Lle, () => kle]),
      (Mj = [9, h, zse, 0, () => Ule, () => Fle]),
      (Lj = [9, h, qse, 0, () => Gle, () => Ble]),
      (kj = [9, h, Yse, 0, () => Hle, () => Vle]),
      (Uj = [9, h, Zse, 0, () => jle, () => Wle]),
      (Fj = [9, h, Tie, 0, () => Qle, () => Xle]),
      (Gj = [9, h, Iie, 0, () => Zle, () => eue]),
      (Bj = [9, h, kie, 0, () => tue, () => rue]),
      (Hj = [9, h, jie, 0, () => oue, () => nue]),
      (Vj = [9, h, Bie, 0, () => sue, () => iue]),
      (jj = [9, h, Wie, 0, () => aue, () => cue]),
      (Wj = [9, h, Iae, 0, () => Tue, () => tn]),
      (zj = [9, h, vae, 0, () => vue, () => Due]),
      (qj = [9, h, Pae, 0, () => wue, () => tn]),
      (Kj = [9, h, Nae, 0, () => Iue, () => bue]),
      (Jj = [9, h, kae, 0, () => Pue, () => Oue]),
      (Yj = [9, h, Gae, 0, () => Nue, () => tn]),
      (Qj = [9, h, zae, 0, () => $ue, () => Mue]),
      (Xj = [9, h, Hae, 0, () => Lue, () => tn]),
      (Zj = [9, h, jae, 0, () => kue, () => tn]),
      (e6 = [9, h, Jae, 0, () => Uue, () => Fue]),
      (t6 = [9, h, Sce, 0, () => jue, () => tn]),
      (r6 = [9, h, Cce, 0, () => zue, () => que]),
      (o6 = [9, h, wce, 0, () => Kue, () => Jue]),
      (n6 = [9, h, Dce, 0, () => Que, () => Xue]),
      (s6 = [9, h, Nce, 0, () => Zue, () => eme]),
      (i6 = [9, h, Wce, 0, () => rme, () => ome]),
      (a6 = [9, h, epe, 0, () => nme, () => sme]),
      (c6 = [9, h, Qce, 0, () => ime, () => ame]),
      (p6 = [9, h, rpe, 0, () => cme, () => pme]);
  });
var l6,
  u6 = a(() => {
    Ye();
    yn();
    Yo();
    L();
    ie();
    X();
    WC();
    $2();
    j();
    l6 = (e) => ({
      apiVersion: "2010-08-01",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? N2,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? rF,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? gp,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.cloudwatch",
        errorTypeRegistries: JV,
        xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
        version: "2010-08-01",
        serviceTarget: "GraniteServiceVersion20100801",
        awsQueryCompatible: !0,
      },
      serviceId: e?.serviceId ?? "CloudWatch",
      sha256: e?.sha256 ?? Ft,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var m6,
  d6 = a(() => {
    iF();
    ae();
    Ye();
    Td();
    L();
    oe();
    wt();
    X();
    lm();
    _n();
    u6();
    m6 = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = l6(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        credentialDefaultProvider: e?.credentialDefaultProvider ?? ii,
        defaultSocketTimeout: Zr(e?.requestHandler, 9e5),
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: aF.version }),
        disableRequestCompression: e?.disableRequestCompression ?? k(TC, e),
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        requestMinCompressionSizeBytes: e?.requestMinCompressionSizeBytes ?? k(vC, e),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var f6,
  g6,
  h6 = a(() => {
    (f6 = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (g6 = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var S6,
  _6 = a(() => {
    ae();
    L();
    ie();
    h6();
    S6 = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), f6(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), g6(r)));
    };
  });
var Le,
  so = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    lm();
    WC();
    zC();
    d6();
    _6();
    Le = class extends rt {
      config;
      constructor(...[t]) {
        const r = m6(t || {});
        super(r), (this.initConfig = r);
        const o = nF(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = oF(p),
          m = IC(u),
          d = S6(m, t?.extensions || []);
        (this.config = d),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: tF,
              identityProviderConfigProvider: async (f) => new ft({ "aws.auth#sigv4": f.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var v,
  D,
  w,
  x6,
  q = a(() => {
    L();
    _e();
    lm();
    zC();
    (v = mr(sF, "GraniteServiceVersion20100801", "CloudWatchClient", Br)),
      (D = {}),
      (w = (e, t, r, o) => []),
      (x6 = (e, t, r, o) => [wC(r, { encodings: ["gzip"] })]);
  });
var hf,
  yT = a(() => {
    q();
    j();
    hf = class extends v(D, w, "AssociateDatasetKmsKey", pj) {};
  });
var Sf,
  CT = a(() => {
    q();
    j();
    Sf = class extends v(D, w, "CreateResourceMetricsConfiguration", lj) {};
  });
var _f,
  RT = a(() => {
    q();
    j();
    _f = class extends v(D, w, "DeleteAlarmMuteRule", uj) {};
  });
var xf,
  AT = a(() => {
    q();
    j();
    xf = class extends v(D, w, "DeleteAlarms", mj) {};
  });
var Ef,
  TT = a(() => {
    q();
    j();
    Ef = class extends v(D, w, "DeleteAnomalyDetector", dj) {};
  });
var yf,
  vT = a(() => {
    q();
    j();
    yf = class extends v(D, w, "DeleteDashboards", fj) {};
  });
var Cf,
  DT = a(() => {
    q();
    j();
    Cf = class extends v(D, w, "DeleteInsightRules", gj) {};
  });
var Rf,
  wT = a(() => {
    q();
    j();
    Rf = class extends v(D, w, "DeleteMetricStream", hj) {};
  });
var Af,
  IT = a(() => {
    q();
    j();
    Af = class extends v(D, w, "DeleteResourceMetricsConfiguration", Sj) {};
  });
var Tf,
  bT = a(() => {
    q();
    j();
    Tf = class extends v(D, w, "DescribeAlarmContributors", _j) {};
  });
var xa,
  vf = a(() => {
    q();
    j();
    xa = class extends v(D, w, "DescribeAlarmHistory", xj) {};
  });
var qr,
  di = a(() => {
    q();
    j();
    qr = class extends v(D, w, "DescribeAlarms", Ej) {};
  });
var Df,
  PT = a(() => {
    q();
    j();
    Df = class extends v(D, w, "DescribeAlarmsForMetric", yj) {};
  });
var Ea,
  wf = a(() => {
    q();
    j();
    Ea = class extends v(D, w, "DescribeAnomalyDetectors", Cj) {};
  });
var ya,
  If = a(() => {
    q();
    j();
    ya = class extends v(D, w, "DescribeInsightRules", Rj) {};
  });
var bf,
  OT = a(() => {
    q();
    j();
    bf = class extends v(D, w, "DisableAlarmActions", Aj) {};
  });
var Pf,
  NT = a(() => {
    q();
    j();
    Pf = class extends v(D, w, "DisableInsightRules", Tj) {};
  });
var Of,
  $T = a(() => {
    q();
    j();
    Of = class extends v(D, w, "DisassociateDatasetKmsKey", vj) {};
  });
var Nf,
  MT = a(() => {
    q();
    j();
    Nf = class extends v(D, w, "EnableAlarmActions", Dj) {};
  });
var $f,
  LT = a(() => {
    q();
    j();
    $f = class extends v(D, w, "EnableInsightRules", wj) {};
  });
var Ca,
  Mf = a(() => {
    q();
    j();
    Ca = class extends v(D, w, "GetAlarmMuteRule", Ij) {};
  });
var Lf,
  kT = a(() => {
    q();
    j();
    Lf = class extends v(D, w, "GetDashboard", bj) {};
  });
var kf,
  UT = a(() => {
    q();
    j();
    kf = class extends v(D, w, "GetDataset", Pj) {};
  });
var Uf,
  FT = a(() => {
    q();
    j();
    Uf = class extends v(D, w, "GetInsightRuleReport", Oj) {};
  });
var is,
  Ff = a(() => {
    q();
    j();
    is = class extends v(D, w, "GetMetricData", Nj) {};
  });
var Gf,
  GT = a(() => {
    q();
    j();
    Gf = class extends v(D, w, "GetMetricStatistics", $j) {};
  });
var Bf,
  BT = a(() => {
    q();
    j();
    Bf = class extends v(D, w, "GetMetricStream", Mj) {};
  });
var Hf,
  HT = a(() => {
    q();
    j();
    Hf = class extends v(D, w, "GetMetricWidgetImage", Lj) {};
  });
var Vf,
  VT = a(() => {
    q();
    j();
    Vf = class extends v(D, w, "GetOTelEnrichment", kj) {};
  });
var jf,
  jT = a(() => {
    q();
    j();
    jf = class extends v(D, w, "GetResourceMetricsConfiguration", Uj) {};
  });
var Ra,
  Wf = a(() => {
    q();
    j();
    Ra = class extends v(D, w, "ListAlarmMuteRules", Fj) {};
  });
var Aa,
  zf = a(() => {
    q();
    j();
    Aa = class extends v(D, w, "ListDashboards", Gj) {};
  });
var Ta,
  qf = a(() => {
    q();
    j();
    Ta = class extends v(D, w, "ListManagedInsightRules", Bj) {};
  });
var va,
  Kf = a(() => {
    q();
    j();
    va = class extends v(D, w, "ListMetrics", Hj) {};
  });
var Da,
  Jf = a(() => {
    q();
    j();
    Da = class extends v(D, w, "ListMetricStreams", Vj) {};
  });
var wa,
  WT = a(() => {
    q();
    j();
    wa = class extends v(D, w, "ListTagsForResource", jj) {};
  });
var Yf,
  zT = a(() => {
    q();
    j();
    Yf = class extends v(D, w, "PutAlarmMuteRule", Wj) {};
  });
var Qf,
  qT = a(() => {
    q();
    j();
    Qf = class extends v(D, w, "PutAnomalyDetector", zj) {};
  });
var Xf,
  KT = a(() => {
    q();
    j();
    Xf = class extends v(D, w, "PutCompositeAlarm", qj) {};
  });
var Zf,
  JT = a(() => {
    q();
    j();
    Zf = class extends v(D, w, "PutDashboard", Kj) {};
  });
var eg,
  YT = a(() => {
    q();
    j();
    eg = class extends v(D, w, "PutInsightRule", Jj) {};
  });
var tg,
  QT = a(() => {
    q();
    j();
    tg = class extends v(D, w, "PutLogAlarm", Yj) {};
  });
var rg,
  XT = a(() => {
    q();
    j();
    rg = class extends v(D, w, "PutManagedInsightRules", Qj) {};
  });
var og,
  ZT = a(() => {
    q();
    j();
    og = class extends v(D, w, "PutMetricAlarm", Xj) {};
  });
var ng,
  ev = a(() => {
    q();
    j();
    ng = class extends v(D, x6, "PutMetricData", Zj) {};
  });
var sg,
  tv = a(() => {
    q();
    j();
    sg = class extends v(D, w, "PutMetricStream", e6) {};
  });
var ig,
  rv = a(() => {
    q();
    j();
    ig = class extends v(D, w, "SetAlarmState", t6) {};
  });
var ag,
  ov = a(() => {
    q();
    j();
    ag = class extends v(D, w, "StartMetricStreams", r6) {};
  });
var cg,
  nv = a(() => {
    q();
    j();
    cg = class extends v(D, w, "StartOTelEnrichment", o6) {};
  });
var pg,
  sv = a(() => {
    q();
    j();
    pg = class extends v(D, w, "StopMetricStreams", n6) {};
  });
var lg,
  iv = a(() => {
    q();
    j();
    lg = class extends v(D, w, "StopOTelEnrichment", s6) {};
  });
var ug,
  av = a(() => {
    q();
    j();
    ug = class extends v(D, w, "TagResource", i6) {};
  });
var mg,
  cv = a(() => {
    q();
    j();
    mg = class extends v(D, w, "UntagResource", a6) {};
  });
var dg,
  pv = a(() => {
    q();
    j();
    dg = class extends v(D, w, "UpdateOTelEnrichment", c6) {};
  });
var fg,
  lv = a(() => {
    q();
    j();
    fg = class extends v(D, w, "UpdateResourceMetricsConfiguration", p6) {};
  });
var E6,
  uv = a(() => {
    se();
    so();
    vf();
    E6 = B(Le, xa, "NextToken", "NextToken", "MaxRecords");
  });
var y6,
  mv = a(() => {
    se();
    so();
    di();
    y6 = B(Le, qr, "NextToken", "NextToken", "MaxRecords");
  });
var C6,
  dv = a(() => {
    se();
    so();
    wf();
    C6 = B(Le, Ea, "NextToken", "NextToken", "MaxResults");
  });
var R6,
  fv = a(() => {
    se();
    so();
    If();
    R6 = B(Le, ya, "NextToken", "NextToken", "MaxResults");
  });
var A6,
  gv = a(() => {
    se();
    so();
    Ff();
    A6 = B(Le, is, "NextToken", "NextToken", "MaxDatapoints");
  });
var T6,
  hv = a(() => {
    se();
    so();
    Wf();
    T6 = B(Le, Ra, "NextToken", "NextToken", "MaxRecords");
  });
var v6,
  Sv = a(() => {
    se();
    so();
    zf();
    v6 = B(Le, Aa, "NextToken", "NextToken", "");
  });
var D6,
  _v = a(() => {
    se();
    so();
    qf();
    D6 = B(Le, Ta, "NextToken", "NextToken", "MaxResults");
  });
var w6,
  xv = a(() => {
    se();
    so();
    Kf();
    w6 = B(Le, va, "NextToken", "NextToken", "");
  });
var I6,
  Ev = a(() => {
    se();
    so();
    Jf();
    I6 = B(Le, Da, "NextToken", "NextToken", "MaxResults");
  });
var Ome,
  b6,
  yv = a(() => {
    L();
    di();
    (Ome = async (e, t) => {
      let r;
      try {
        const o = await e.send(new qr(t));
        r = o;
        try {
          if ([].concat(...o.MetricAlarms).length > 0 == !0) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (b6 = async (e, t) => {
        const o = await le({ ...{ minDelay: 5, maxDelay: 120 }, ...e }, t, Ome);
        return pe(o);
      });
  });
var Nme,
  P6,
  Cv = a(() => {
    L();
    Mf();
    (Nme = async (e, t) => {
      let r;
      try {
        return ((r = await e.send(new Ca(t))), { state: $.SUCCESS, reason: r });
      } catch (o) {
        if (((r = o), o.name === "ResourceNotFoundException")) return { state: $.RETRY, reason: r };
      }
      return { state: $.RETRY, reason: r };
    }),
      (P6 = async (e, t) => {
        const o = await le({ ...{ minDelay: 5, maxDelay: 120 }, ...e }, t, Nme);
        return pe(o);
      });
  });
var $me,
  O6,
  Rv = a(() => {
    L();
    di();
    ($me = async (e, t) => {
      let r;
      try {
        const o = await e.send(new qr(t));
        r = o;
        try {
          if ([].concat(...o.CompositeAlarms).length > 0 == !0) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (O6 = async (e, t) => {
        const o = await le({ ...{ minDelay: 5, maxDelay: 120 }, ...e }, t, $me);
        return pe(o);
      });
  });
var Mme,
  N6,
  Av = a(() => {
    L();
    di();
    (Mme = async (e, t) => {
      let r;
      try {
        const o = await e.send(new qr(t));
        r = o;
        try {
          if ([].concat(...o.LogAlarms).length > 0 == !0) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (N6 = async (e, t) => {
        const o = await le({ ...{ minDelay: 5, maxDelay: 120 }, ...e }, t, Mme);
        return pe(o);
      });
  });
var Lme,
  kme,
  Ume,
  Tv,
  $6 = a(() => {
    L();
    so();
    yT();
    CT();
    RT();
    AT();
    TT();
    vT();
    DT();
    wT();
    IT();
    bT();
    vf();
    di();
    PT();
    wf();
    If();
    OT();
    NT();
    $T();
    MT();
    LT();
    Mf();
    kT();
    UT();
    FT();
    Ff();
    GT();
    BT();
    HT();
    VT();
    jT();
    Wf();
    zf();
    qf();
    Kf();
    Jf();
    WT();
    zT();
    qT();
    KT();
    JT();
    YT();
    QT();
    XT();
    ZT();
    ev();
    tv();
    rv();
    ov();
    nv();
    sv();
    iv();
    av();
    cv();
    pv();
    lv();
    uv();
    mv();
    dv();
    fv();
    gv();
    hv();
    Sv();
    _v();
    xv();
    Ev();
    yv();
    Cv();
    Rv();
    Av();
    (Lme = {
      AssociateDatasetKmsKeyCommand: hf,
      CreateResourceMetricsConfigurationCommand: Sf,
      DeleteAlarmMuteRuleCommand: _f,
      DeleteAlarmsCommand: xf,
      DeleteAnomalyDetectorCommand: Ef,
      DeleteDashboardsCommand: yf,
      DeleteInsightRulesCommand: Cf,
      DeleteMetricStreamCommand: Rf,
      DeleteResourceMetricsConfigurationCommand: Af,
      DescribeAlarmContributorsCommand: Tf,
      DescribeAlarmHistoryCommand: xa,
      DescribeAlarmsCommand: qr,
      DescribeAlarmsForMetricCommand: Df,
      DescribeAnomalyDetectorsCommand: Ea,
      DescribeInsightRulesCommand: ya,
      DisableAlarmActionsCommand: bf,
      DisableInsightRulesCommand: Pf,
      DisassociateDatasetKmsKeyCommand: Of,
      EnableAlarmActionsCommand: Nf,
      EnableInsightRulesCommand: $f,
      GetAlarmMuteRuleCommand: Ca,
      GetDashboardCommand: Lf,
      GetDatasetCommand: kf,
      GetInsightRuleReportCommand: Uf,
      GetMetricDataCommand: is,
      GetMetricStatisticsCommand: Gf,
      GetMetricStreamCommand: Bf,
      GetMetricWidgetImageCommand: Hf,
      GetOTelEnrichmentCommand: Vf,
      GetResourceMetricsConfigurationCommand: jf,
      ListAlarmMuteRulesCommand: Ra,
      ListDashboardsCommand: Aa,
      ListManagedInsightRulesCommand: Ta,
      ListMetricsCommand: va,
      ListMetricStreamsCommand: Da,
      ListTagsForResourceCommand: wa,
      PutAlarmMuteRuleCommand: Yf,
      PutAnomalyDetectorCommand: Qf,
      PutCompositeAlarmCommand: Xf,
      PutDashboardCommand: Zf,
      PutInsightRuleCommand: eg,
      PutLogAlarmCommand: tg,
      PutManagedInsightRulesCommand: rg,
      PutMetricAlarmCommand: og,
      PutMetricDataCommand: ng,
      PutMetricStreamCommand: sg,
      SetAlarmStateCommand: ig,
      StartMetricStreamsCommand: ag,
      StartOTelEnrichmentCommand: cg,
      StopMetricStreamsCommand: pg,
      StopOTelEnrichmentCommand: lg,
      TagResourceCommand: ug,
      UntagResourceCommand: mg,
      UpdateOTelEnrichmentCommand: dg,
      UpdateResourceMetricsConfigurationCommand: fg,
    }),
      (kme = {
        paginateDescribeAlarmHistory: E6,
        paginateDescribeAlarms: y6,
        paginateDescribeAnomalyDetectors: C6,
        paginateDescribeInsightRules: R6,
        paginateGetMetricData: A6,
        paginateListAlarmMuteRules: T6,
        paginateListDashboards: v6,
        paginateListManagedInsightRules: D6,
        paginateListMetrics: w6,
        paginateListMetricStreams: I6,
      }),
      (Ume = {
        waitUntilAlarmExists: b6,
        waitUntilCompositeAlarmExists: O6,
        waitUntilLogAlarmExists: N6,
        waitUntilAlarmMuteRuleExists: P6,
      }),
      (Tv = class extends Le {});
    ar(Lme, Tv, { paginators: kme, waiters: Ume });
  });
var M6 = a(() => {
  yT();
  CT();
  RT();
  AT();
  TT();
  vT();
  DT();
  wT();
  IT();
  bT();
  vf();
  di();
  PT();
  wf();
  If();
  OT();
  NT();
  $T();
  MT();
  LT();
  Mf();
  kT();
  UT();
  FT();
  Ff();
  GT();
  BT();
  HT();
  VT();
  jT();
  Wf();
  zf();
  qf();
  Jf();
  Kf();
  WT();
  zT();
  qT();
  KT();
  JT();
  YT();
  QT();
  XT();
  ZT();
  ev();
  tv();
  rv();
  ov();
  nv();
  sv();
  iv();
  av();
  cv();
  pv();
  lv();
});
var L6 = a(() => {});
var k6 = a(() => {
  L6();
  uv();
  mv();
  dv();
  fv();
  gv();
  hv();
  Sv();
  _v();
  xv();
  Ev();
});
var U6 = a(() => {
  yv();
  Rv();
  Av();
  Cv();
});
var F6 = a(() => {});
var G6 = a(() => {});
var gg = a(() => {
  so();
  $6();
  M6();
  k6();
  U6();
  j();
  F6();
  UA();
  G6();
});
function Gme(e) {
  return !Fme.some((t) => e.startsWith(t));
}
function Bme(e) {
  const t = e.maxAttempts ?? 6;
  if (e.retryBaseMs === void 0) return new zn(t, { maxAttempts: t });
  const r = e.retryBaseMs / 50,
    o = new Vs({ minFillRate: Math.max(0.5, 25 / Math.max(r, 0.01)) });
  return new zn(t, { maxAttempts: t, baseDelay: e.retryBaseMs, backoff: new vv(r), rateLimiter: o });
}
function Ia(e) {
  const t = e.requestTimeoutMs ?? 15e3;
  return {
    region: e.region,
    ...(e.endpoint ? { endpoint: e.endpoint } : {}),
    ...(e.credentials ? { credentials: e.credentials } : {}),
    retryStrategy: Bme(e),
    requestHandler: {
      connectionTimeout: Math.max(1e3, Math.floor(t / 3)),
      requestTimeout: t,
      throwOnRequestTimeout: !0,
    },
  };
}
function Hme(e) {
  if (!e || typeof e != "object") return;
  const t = e;
  if (!t.$operation) return;
  let r = t.Code ?? t.name ?? "Error";
  (r === "Error" || r === "TypeError") && t.code && (r = t.code);
  const o =
    (t.message ?? "").split(`
`)[0] ?? "";
  return { operation: t.$operation, code: r, message: o };
}
function as(e, t) {
  if (!e || typeof e != "object") return !1;
  const r = e,
    o = t.replace(/Exception$/, "");
  return [r.name, r.Code].some((n) => n === t || n === o || n === `${o}Exception`);
}
function $o(e) {
  const t = Hme(e);
  return t
    ? `${t.operation} failed: ${t.code}${t.message ? `: ${t.message}` : ""}`
    : e instanceof Error
      ? e.message.split(`
`)[0]
      : String(e);
}
function ba(e, t, r) {
  return (
    e.middlewareStack.add(
      (o, n) => async (s) => {
        const i = (n.commandName ?? "Unknown").replace(/Command$/, "");
        r.onCall?.({ service: t, operation: i, mutating: Gme(i) });
        try {
          return await o(s);
        } catch (c) {
          throw (
            c &&
              typeof c == "object" &&
              Object.defineProperty(c, "$operation", { value: i, enumerable: !1, configurable: !0 }),
            c
          );
        }
      },
      { step: "initialize", name: "securecloudOperationName", override: !0 },
    ),
    e
  );
}
var Fme,
  vv,
  Tn = a(() => {
    wt();
    Fme = ["Describe", "List", "Get"];
    vv = class {
      base;
      factor;
      constructor(t) {
        (this.factor = t), (this.base = 50 * t);
      }
      computeNextBackoffDelay(t) {
        return Math.floor(Math.random() * Math.min(this.base * 2 ** t, 2e4));
      }
      setDelayBase(t) {
        this.base = t * this.factor;
      }
    };
  });
function Dv(e) {
  return ba(new Le({ ...Ia(e), protocol: En }), "cloudwatch", e);
}
var B6 = a(() => {
  gg();
  yn();
  Tn();
});
function Vme(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "ecs", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
var H6,
  V6,
  j6,
  wv = a(() => {
    Ye();
    L();
    H6 = async (e, t, r) => ({
      operation: Me(t).operation,
      region:
        (await de(e.region)()) ||
        (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    });
    (V6 = (e) => {
      const t = [];
      switch (e.operation) {
        default:
          t.push(Vme(e));
      }
      return t;
    }),
      (j6 = (e) => {
        const t = Vr(e);
        return Object.assign(t, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var W6,
  z6,
  Iv = a(() => {
    (W6 = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        defaultSigningName: "ecs",
      })),
      (z6 = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var K6,
  q6 = a(() => {
    K6 = {
      name: "@aws-sdk/client-ecs",
      version: "3.1162.0",
      description: "AWS SDK for JavaScript Ecs Client for Node.js, Browser and React Native",
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecs",
      license: "Apache-2.0",
      author: { name: "AWS SDK for JavaScript Team", url: "https://aws.amazon.com/sdk-for-javascript/" },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "clients/client-ecs",
      },
      files: ["dist-*/**"],
      sideEffects: !1,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser" },
      types: "./dist-types/index.d.ts",
      typesVersions: { "<4.5": { "dist-types/*": ["dist-types/ts3.4/*"] } },
      "react-native": { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native" },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        "extract:docs": "api-extractor run --local",
        "generate:client": "node ../../scripts/generate-clients/single-service",
        "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
        "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
        "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs",
      },
      dependencies: {
        "@aws-sdk/core": "^3.980.0",
        "@aws-sdk/credential-provider-node": "^3.972.93",
        "@aws-sdk/types": "^3.975.0",
        "@smithy/core": "^3.38.0",
        "@smithy/fetch-http-handler": "^5.8.0",
        "@smithy/node-http-handler": "^4.14.0",
        "@smithy/types": "^4.19.0",
        tslib: "^2.6.2",
      },
      devDependencies: {
        "@tsconfig/node20": "20.1.8",
        "@types/node": "^20.14.8",
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2",
      },
      engines: { node: ">=20.0.0" },
    };
  });
var ul,
  fi,
  hg,
  J6,
  tW,
  Sg,
  Y6,
  Q6,
  X6,
  ll,
  Z6,
  eW,
  Wme,
  io,
  zme,
  rW,
  oW = a(() => {
    _e();
    (ul = "ref"),
      (fi = -1),
      (hg = !0),
      (J6 = "isSet"),
      (tW = "PartitionResult"),
      (Sg = "booleanEquals"),
      (Y6 = "getAttr"),
      (Q6 = { [ul]: "Endpoint" }),
      (X6 = { [ul]: tW }),
      (ll = {}),
      (Z6 = [{ [ul]: "Region" }]),
      (eW = {
        conditions: [
          [J6, [Q6]],
          [J6, Z6],
          ["aws.partition", Z6, tW],
          [Sg, [{ [ul]: "UseFIPS" }, hg]],
          [Sg, [{ [ul]: "UseDualStack" }, hg]],
          [Sg, [{ fn: Y6, argv: [X6, "supportsDualStack"] }, hg]],
          [Sg, [{ fn: Y6, argv: [X6, "supportsFIPS"] }, hg]],
        ],
        results: [
          [fi],
          [fi, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [fi, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [Q6, ll],
          ["https://ecs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", ll],
          [fi, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://ecs-fips.{Region}.{PartitionResult#dnsSuffix}", ll],
          [fi, "FIPS is enabled but this partition does not support FIPS"],
          ["https://ecs.{Region}.{PartitionResult#dualStackDnsSuffix}", ll],
          [fi, "DualStack is enabled but this partition does not support DualStack"],
          ["https://ecs.{Region}.{PartitionResult#dnsSuffix}", ll],
          [fi, "Invalid Configuration: Missing Region"],
        ],
      }),
      (Wme = 2),
      (io = 1e8),
      (zme = new Int32Array([
        -1,
        1,
        -1,
        0,
        12,
        3,
        1,
        4,
        io + 11,
        2,
        5,
        io + 11,
        3,
        8,
        6,
        4,
        7,
        io + 10,
        5,
        io + 8,
        io + 9,
        4,
        10,
        9,
        6,
        io + 6,
        io + 7,
        5,
        11,
        io + 5,
        6,
        io + 4,
        io + 5,
        3,
        io + 1,
        13,
        4,
        io + 2,
        io + 3,
      ])),
      (rW = Rt.from(zme, Wme, eW.conditions, eW.results));
  });
var qme,
  nW,
  sW = a(() => {
    ae();
    _e();
    oW();
    (qme = new At({ size: 50, params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"] })),
      (nW = (e, t = {}) => qme.get(e, () => gr(rW, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
var fe,
  bv = a(() => {
    L();
    fe = class e extends yt {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ecs#ECSServiceException";
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var _g,
  xg,
  Eg,
  yg,
  Cg,
  Rg,
  Ag,
  Tg,
  vg,
  Dg,
  wg,
  Ig,
  bg,
  Pg,
  Og,
  Ng,
  $g,
  Mg,
  Lg,
  kg,
  Ug,
  Fg,
  Gg,
  Bg,
  Hg,
  Vg,
  jg,
  Wg,
  zg,
  qg,
  Kg,
  Pv = a(() => {
    bv();
    (_g = class e extends fe {
      static shapeId = "com.amazonaws.ecs#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      constructor(t) {
        super({ name: "AccessDeniedException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype);
      }
    }),
      (xg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ClientException";
        name = "ClientException";
        $fault = "client";
        constructor(t) {
          super({ name: "ClientException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Eg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ClusterNotFoundException";
        name = "ClusterNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "ClusterNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (yg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#InvalidParameterException";
        name = "InvalidParameterException";
        $fault = "client";
        constructor(t) {
          super({ name: "InvalidParameterException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Cg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#LimitExceededException";
        name = "LimitExceededException";
        $fault = "client";
        constructor(t) {
          super({ name: "LimitExceededException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Rg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ServerException";
        name = "ServerException";
        $fault = "server";
        constructor(t) {
          super({ name: "ServerException", $fault: "server", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Ag = class e extends fe {
        static shapeId = "com.amazonaws.ecs#UnsupportedFeatureException";
        name = "UnsupportedFeatureException";
        $fault = "client";
        constructor(t) {
          super({ name: "UnsupportedFeatureException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Tg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#UpdateInProgressException";
        name = "UpdateInProgressException";
        $fault = "client";
        constructor(t) {
          super({ name: "UpdateInProgressException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (vg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#NamespaceNotFoundException";
        name = "NamespaceNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "NamespaceNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Dg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ClusterContainsCapacityProviderException";
        name = "ClusterContainsCapacityProviderException";
        $fault = "client";
        constructor(t) {
          super({ name: "ClusterContainsCapacityProviderException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (wg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ClusterContainsContainerInstancesException";
        name = "ClusterContainsContainerInstancesException";
        $fault = "client";
        constructor(t) {
          super({ name: "ClusterContainsContainerInstancesException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Ig = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ClusterContainsServicesException";
        name = "ClusterContainsServicesException";
        $fault = "client";
        constructor(t) {
          super({ name: "ClusterContainsServicesException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (bg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ClusterContainsTasksException";
        name = "ClusterContainsTasksException";
        $fault = "client";
        constructor(t) {
          super({ name: "ClusterContainsTasksException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Pg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#TargetNotConnectedException";
        name = "TargetNotConnectedException";
        $fault = "client";
        constructor(t) {
          super({ name: "TargetNotConnectedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Og = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ResourceInUseException";
        name = "ResourceInUseException";
        $fault = "client";
        constructor(t) {
          super({ name: "ResourceInUseException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Ng = class e extends fe {
        static shapeId = "com.amazonaws.ecs#TargetNotFoundException";
        name = "TargetNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "TargetNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      ($g = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ServiceNotFoundException";
        name = "ServiceNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "ServiceNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Mg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#AttributeLimitExceededException";
        name = "AttributeLimitExceededException";
        $fault = "client";
        constructor(t) {
          super({ name: "AttributeLimitExceededException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Lg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#MissingVersionException";
        name = "MissingVersionException";
        $fault = "client";
        constructor(t) {
          super({ name: "MissingVersionException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (kg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#NoUpdateAvailableException";
        name = "NoUpdateAvailableException";
        $fault = "client";
        constructor(t) {
          super({ name: "NoUpdateAvailableException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Ug = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ServiceDeploymentNotFoundException";
        name = "ServiceDeploymentNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "ServiceDeploymentNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Fg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#PlatformUnknownException";
        name = "PlatformUnknownException";
        $fault = "client";
        constructor(t) {
          super({ name: "PlatformUnknownException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Gg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#DaemonNotActiveException";
        name = "DaemonNotActiveException";
        $fault = "client";
        constructor(t) {
          super({ name: "DaemonNotActiveException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Bg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#DaemonNotFoundException";
        name = "DaemonNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "DaemonNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Hg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#GatewayNotFoundException";
        name = "GatewayNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "GatewayNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Vg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ResourceNotFoundException";
        name = "ResourceNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "ResourceNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (jg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#PlatformTaskDefinitionIncompatibilityException";
        name = "PlatformTaskDefinitionIncompatibilityException";
        $fault = "client";
        constructor(t) {
          super({ name: "PlatformTaskDefinitionIncompatibilityException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Wg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ServiceNotActiveException";
        name = "ServiceNotActiveException";
        $fault = "client";
        constructor(t) {
          super({ name: "ServiceNotActiveException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (zg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#ConflictException";
        name = "ConflictException";
        $fault = "client";
        resourceIds;
        constructor(t) {
          super({ name: "ConflictException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.resourceIds = t.resourceIds);
        }
      }),
      (qg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#TaskSetNotFoundException";
        name = "TaskSetNotFoundException";
        $fault = "client";
        constructor(t) {
          super({ name: "TaskSetNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      }),
      (Kg = class e extends fe {
        static shapeId = "com.amazonaws.ecs#BlockedException";
        name = "BlockedException";
        $fault = "client";
        constructor(t) {
          super({ name: "BlockedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype);
        }
      });
  });
var Kme,
  Jme,
  Yme,
  Qme,
  Xme,
  Zme,
  ede,
  tde,
  rde,
  ode,
  nde,
  sde,
  ide,
  ade,
  cde,
  pde,
  lde,
  ude,
  mde,
  dde,
  fde,
  gde,
  hde,
  Sde,
  _de,
  xde,
  Ede,
  yde,
  Cde,
  Rde,
  Ade,
  Tde,
  vde,
  Dde,
  wde,
  Ide,
  bde,
  Pde,
  Ode,
  Nde,
  $de,
  Mde,
  Lde,
  kde,
  Ude,
  Fde,
  Gde,
  Bde,
  Hde,
  Vde,
  jde,
  Wde,
  zde,
  qde,
  Kde,
  Jde,
  Yde,
  Qde,
  Xde,
  Zde,
  efe,
  tfe,
  rfe,
  ofe,
  nfe,
  sfe,
  ife,
  afe,
  cfe,
  pfe,
  lfe,
  ufe,
  mfe,
  dfe,
  ffe,
  gfe,
  hfe,
  Sfe,
  _fe,
  xfe,
  Efe,
  yfe,
  Cfe,
  Rfe,
  Afe,
  Tfe,
  vfe,
  Dfe,
  wfe,
  Ife,
  bfe,
  Pfe,
  Ofe,
  Nfe,
  $fe,
  Mfe,
  Lfe,
  kfe,
  Ufe,
  Ffe,
  Gfe,
  Bfe,
  Hfe,
  Vfe,
  jfe,
  Wfe,
  zfe,
  qfe,
  Kfe,
  Jfe,
  Yfe,
  Qfe,
  Xfe,
  Zfe,
  ege,
  tge,
  rge,
  oge,
  nge,
  sge,
  ige,
  age,
  cge,
  pge,
  lge,
  uge,
  mge,
  dge,
  fge,
  gge,
  hge,
  Sge,
  _ge,
  xge,
  Ege,
  yge,
  Cge,
  Rge,
  Age,
  Tge,
  vge,
  Dge,
  wge,
  Ige,
  bge,
  Pge,
  Oge,
  Nge,
  $ge,
  Mge,
  Lge,
  kge,
  Uge,
  Fge,
  Gge,
  Bge,
  Hge,
  Vge,
  jge,
  Wge,
  zge,
  qge,
  Kge,
  Jge,
  Yge,
  Qge,
  Xge,
  Zge,
  ehe,
  the,
  rhe,
  ohe,
  nhe,
  she,
  ihe,
  ahe,
  che,
  phe,
  lhe,
  uhe,
  mhe,
  dhe,
  fhe,
  ghe,
  hhe,
  She,
  _he,
  xhe,
  Ehe,
  yhe,
  Che,
  Rhe,
  Ahe,
  The,
  vhe,
  Dhe,
  whe,
  Ihe,
  bhe,
  Phe,
  Ohe,
  Nhe,
  $he,
  Mhe,
  Lhe,
  khe,
  Uhe,
  Fhe,
  Ghe,
  Bhe,
  Hhe,
  Vhe,
  jhe,
  Whe,
  zhe,
  qhe,
  Khe,
  Jhe,
  Yhe,
  Qhe,
  Xhe,
  Zhe,
  eSe,
  tSe,
  rSe,
  oSe,
  nSe,
  sSe,
  iSe,
  aSe,
  cSe,
  pSe,
  lSe,
  uSe,
  mSe,
  dSe,
  fSe,
  gSe,
  hSe,
  SSe,
  _Se,
  xSe,
  ESe,
  ySe,
  CSe,
  RSe,
  ASe,
  TSe,
  vSe,
  DSe,
  wSe,
  ISe,
  bSe,
  PSe,
  OSe,
  NSe,
  $Se,
  MSe,
  LSe,
  kSe,
  USe,
  FSe,
  GSe,
  BSe,
  HSe,
  VSe,
  jSe,
  WSe,
  zSe,
  qSe,
  KSe,
  JSe,
  YSe,
  QSe,
  XSe,
  ZSe,
  e_e,
  t_e,
  r_e,
  o_e,
  n_e,
  s_e,
  i_e,
  a_e,
  c_e,
  p_e,
  l_e,
  u_e,
  m_e,
  d_e,
  f_e,
  g_e,
  h_e,
  S_e,
  __e,
  x_e,
  E_e,
  y_e,
  C_e,
  R_e,
  A_e,
  T_e,
  v_e,
  D_e,
  w_e,
  I_e,
  b_e,
  P_e,
  O_e,
  N_e,
  $_e,
  M_e,
  L_e,
  k_e,
  U_e,
  F_e,
  G_e,
  B_e,
  H_e,
  V_e,
  j_e,
  W_e,
  z_e,
  q_e,
  K_e,
  J_e,
  Y_e,
  Q_e,
  X_e,
  Z_e,
  exe,
  txe,
  rxe,
  oxe,
  nxe,
  sxe,
  ixe,
  axe,
  cxe,
  pxe,
  lxe,
  uxe,
  mxe,
  dxe,
  fxe,
  gxe,
  hxe,
  Sxe,
  _xe,
  xxe,
  Exe,
  yxe,
  Cxe,
  Rxe,
  Axe,
  Txe,
  vxe,
  Dxe,
  wxe,
  Ixe,
  bxe,
  Pxe,
  Oxe,
  Nxe,
  $xe,
  Mxe,
  Lxe,
  kxe,
  Uxe,
  Fxe,
  Gxe,
  Bxe,
  Hxe,
  Vxe,
  jxe,
  Wxe,
  zxe,
  qxe,
  Kxe,
  Jxe,
  Yxe,
  Qxe,
  Xxe,
  Zxe,
  eEe,
  tEe,
  rEe,
  oEe,
  nEe,
  sEe,
  iEe,
  aEe,
  cEe,
  pEe,
  lEe,
  uEe,
  mEe,
  dEe,
  fEe,
  gEe,
  hEe,
  SEe,
  _Ee,
  xEe,
  EEe,
  yEe,
  CEe,
  REe,
  AEe,
  TEe,
  vEe,
  DEe,
  wEe,
  IEe,
  bEe,
  PEe,
  OEe,
  NEe,
  $Ee,
  MEe,
  LEe,
  kEe,
  UEe,
  FEe,
  GEe,
  BEe,
  HEe,
  VEe,
  jEe,
  WEe,
  zEe,
  qEe,
  KEe,
  JEe,
  YEe,
  QEe,
  XEe,
  ZEe,
  e0e,
  t0e,
  r0e,
  o0e,
  n0e,
  s0e,
  i0e,
  a0e,
  c0e,
  p0e,
  l0e,
  u0e,
  m0e,
  d0e,
  f0e,
  g0e,
  h0e,
  S0e,
  _0e,
  x0e,
  E0e,
  y0e,
  C0e,
  R0e,
  A0e,
  T0e,
  v0e,
  D0e,
  w0e,
  I0e,
  b0e,
  P0e,
  O0e,
  N0e,
  $0e,
  M0e,
  L0e,
  k0e,
  U0e,
  F0e,
  G0e,
  B0e,
  H0e,
  V0e,
  j0e,
  W0e,
  z0e,
  q0e,
  K0e,
  J0e,
  Y0e,
  Q0e,
  X0e,
  Z0e,
  eye,
  tye,
  rye,
  oye,
  nye,
  sye,
  iye,
  aye,
  cye,
  pye,
  lye,
  uye,
  mye,
  dye,
  fye,
  gye,
  hye,
  Sye,
  _ye,
  xye,
  Eye,
  yye,
  Cye,
  Rye,
  Aye,
  Tye,
  vye,
  Dye,
  wye,
  Iye,
  bye,
  Pye,
  Oye,
  Nye,
  $ye,
  Mye,
  Lye,
  kye,
  Uye,
  Fye,
  Gye,
  Bye,
  Hye,
  Vye,
  jye,
  Wye,
  zye,
  qye,
  Kye,
  Jye,
  Yye,
  Qye,
  Xye,
  Zye,
  eCe,
  tCe,
  rCe,
  oCe,
  nCe,
  sCe,
  iCe,
  aCe,
  cCe,
  pCe,
  lCe,
  uCe,
  mCe,
  dCe,
  fCe,
  gCe,
  hCe,
  SCe,
  _Ce,
  xCe,
  ECe,
  yCe,
  CCe,
  RCe,
  ACe,
  TCe,
  vCe,
  DCe,
  wCe,
  ICe,
  bCe,
  PCe,
  OCe,
  NCe,
  $Ce,
  MCe,
  LCe,
  kCe,
  UCe,
  FCe,
  GCe,
  BCe,
  HCe,
  VCe,
  jCe,
  WCe,
  zCe,
  qCe,
  KCe,
  JCe,
  YCe,
  QCe,
  XCe,
  ZCe,
  eRe,
  tRe,
  rRe,
  oRe,
  nRe,
  sRe,
  iRe,
  aRe,
  cRe,
  pRe,
  lRe,
  uRe,
  mRe,
  dRe,
  fRe,
  gRe,
  hRe,
  SRe,
  _Re,
  xRe,
  ERe,
  yRe,
  CRe,
  RRe,
  ARe,
  TRe,
  vRe,
  DRe,
  wRe,
  IRe,
  bRe,
  PRe,
  ORe,
  NRe,
  $Re,
  MRe,
  LRe,
  kRe,
  URe,
  FRe,
  GRe,
  BRe,
  HRe,
  VRe,
  jRe,
  WRe,
  zRe,
  qRe,
  KRe,
  JRe,
  YRe,
  QRe,
  ml,
  XRe,
  ZRe,
  eAe,
  iW,
  tAe,
  rAe,
  aW,
  cW,
  oAe,
  nAe,
  sAe,
  iAe,
  Nv,
  aAe,
  cAe,
  pAe,
  Jg,
  lAe,
  uAe,
  mAe,
  dAe,
  fAe,
  gAe,
  hAe,
  $v,
  SAe,
  _Ae,
  xAe,
  Mv,
  EAe,
  yAe,
  CAe,
  RAe,
  Yg,
  Lv,
  AAe,
  TAe,
  vAe,
  DAe,
  wAe,
  IAe,
  bAe,
  kv,
  pW,
  Uv,
  PAe,
  OAe,
  Qg,
  st,
  cs,
  NAe,
  $Ae,
  MAe,
  LAe,
  kAe,
  UAe,
  lW,
  FAe,
  GAe,
  Pe,
  St,
  BAe,
  HAe,
  VAe,
  jAe,
  uW,
  WAe,
  dl,
  We,
  zAe,
  qAe,
  KAe,
  JAe,
  YAe,
  QAe,
  Xg,
  XAe,
  ZAe,
  mW,
  Fv,
  eTe,
  gi,
  fl,
  tTe,
  dW,
  rn,
  rTe,
  oTe,
  nTe,
  sTe,
  Gv,
  fW,
  gW,
  ps,
  gl,
  hi,
  Bv,
  hl,
  Hv,
  iTe,
  hW,
  aTe,
  cTe,
  pTe,
  Sl,
  lTe,
  uTe,
  SW,
  mTe,
  te,
  _W,
  Pa,
  dTe,
  Oa,
  fTe,
  gTe,
  hTe,
  STe,
  xW,
  _Te,
  ao,
  Vv,
  EW,
  Mo,
  Zg,
  xTe,
  ETe,
  Si,
  yW,
  jv,
  eh,
  Wv,
  CW,
  RW,
  yTe,
  CTe,
  RTe,
  ATe,
  AW,
  TW,
  vW,
  TTe,
  vTe,
  DW,
  DTe,
  wTe,
  zv,
  ITe,
  bTe,
  PTe,
  OTe,
  qv,
  NTe,
  $Te,
  MTe,
  LTe,
  wW,
  IW,
  Kv,
  Na,
  kTe,
  UTe,
  FTe,
  GTe,
  BTe,
  bW,
  HTe,
  VTe,
  jTe,
  WTe,
  PW,
  zTe,
  De,
  qTe,
  Jv,
  KTe,
  JTe,
  vn,
  ls,
  Yv,
  OW,
  YTe,
  NW,
  QTe,
  XTe,
  $W,
  ZTe,
  eve,
  MW,
  us,
  tve,
  LW,
  rve,
  th,
  ove,
  rh,
  kW,
  oh,
  UW,
  Qv,
  nve,
  FW,
  sve,
  GW,
  ive,
  $a,
  nh,
  BW,
  HW,
  ave,
  sh,
  cve,
  pve,
  Xv,
  lve,
  VW,
  uve,
  jW,
  mve,
  Ot,
  dve,
  fve,
  gve,
  hve,
  Zv,
  Sve,
  Dn,
  Lo,
  eD,
  _ve,
  xve,
  Eve,
  yve,
  Cve,
  Rve,
  Ave,
  Tve,
  ih,
  vve,
  Dve,
  wve,
  Ive,
  bve,
  tD,
  WW,
  rD,
  oD,
  Pve,
  _l,
  Ove,
  zW,
  Nve,
  $ve,
  Mve,
  nD,
  Lve,
  qW,
  kve,
  Uve,
  Fve,
  Gve,
  KW,
  sD,
  Ma,
  Bve,
  Hve,
  JW,
  YW,
  xl,
  Vve,
  jve,
  Wve,
  iD,
  zve,
  qve,
  ah,
  Kve,
  Jve,
  Yve,
  Qve,
  aD,
  ch,
  QW,
  cD,
  XW,
  ZW,
  Xve,
  Zve,
  ez,
  ms,
  tz,
  eDe,
  tDe,
  rDe,
  oDe,
  La,
  ph,
  ds,
  nDe,
  rz,
  fs,
  sDe,
  iDe,
  ka,
  aDe,
  pD,
  _i,
  lD,
  cDe,
  oz,
  pDe,
  lDe,
  lh,
  uDe,
  mDe,
  dDe,
  fDe,
  gDe,
  hDe,
  SDe,
  _De,
  xDe,
  nz,
  sz,
  uD,
  EDe,
  yDe,
  iz,
  CDe,
  RDe,
  ADe,
  TDe,
  vDe,
  on,
  DDe,
  wDe,
  IDe,
  bDe,
  PDe,
  xe,
  az,
  mD,
  ODe,
  NDe,
  $De,
  MDe,
  LDe,
  kDe,
  cz,
  pz,
  UDe,
  FDe,
  dD,
  GDe,
  BDe,
  HDe,
  lz,
  VDe,
  uh,
  _t,
  uz,
  jDe,
  WDe,
  zDe,
  qDe,
  KDe,
  JDe,
  YDe,
  mz,
  wn,
  QDe,
  Kr,
  XDe,
  In,
  El,
  Ce,
  fD,
  ZDe,
  Nt,
  ewe,
  twe,
  rwe,
  dz,
  owe,
  ge,
  yl,
  nwe,
  fz,
  swe,
  iwe,
  awe,
  cwe,
  mh,
  gz,
  dh,
  gD,
  hD,
  Ua,
  hz,
  pwe,
  Sz,
  Cl,
  lwe,
  fh,
  uwe,
  gh,
  hh,
  mwe,
  Sh,
  _z,
  xz,
  Ez,
  yz,
  Cz,
  dwe,
  fwe,
  Mr,
  Rz,
  bn,
  gwe,
  Rl,
  _h,
  hwe,
  Swe,
  nn,
  xi,
  _we,
  xh,
  xwe,
  Ewe,
  SD,
  ywe,
  _D,
  xD,
  Cwe,
  Rwe,
  Az,
  Awe,
  Eh,
  ED,
  Twe,
  vwe,
  Dwe,
  wwe,
  Tz,
  yD,
  Iwe,
  vz,
  Dz,
  bwe,
  Pwe,
  Owe,
  wz,
  CD,
  Iz,
  bz,
  Nwe,
  $we,
  Mwe,
  Lwe,
  kwe,
  Uwe,
  Pz,
  Oz,
  Nz,
  Fwe,
  Gwe,
  RD,
  AD,
  Bwe,
  Hwe,
  yh,
  Vwe,
  $z,
  Ei,
  ho,
  Mz,
  Ch,
  jwe,
  Al,
  Wwe,
  zwe,
  Lz,
  Rh,
  TD,
  qwe,
  vD,
  Kwe,
  Jwe,
  Ywe,
  kz,
  Qwe,
  Uz,
  Fa,
  Xwe,
  Zwe,
  eIe,
  DD,
  tIe,
  rIe,
  oIe,
  nIe,
  Ah,
  sIe,
  Fz,
  iIe,
  aIe,
  cIe,
  pIe,
  lIe,
  Ga,
  uIe,
  mIe,
  dIe,
  fIe,
  xt,
  gIe,
  wD,
  Ba,
  hIe,
  SIe,
  ID,
  _Ie,
  xIe,
  EIe,
  yIe,
  CIe,
  RIe,
  AIe,
  TIe,
  vIe,
  Gz,
  bD,
  DIe,
  Bz,
  wIe,
  Hz,
  IIe,
  bIe,
  PIe,
  OIe,
  PD,
  OD,
  NIe,
  $Ie,
  ND,
  Kt,
  $D,
  MIe,
  Tl,
  MD,
  LIe,
  Vz,
  G,
  kIe,
  UIe,
  Th,
  FIe,
  Lr,
  vh,
  jz,
  GIe,
  BIe,
  HIe,
  VIe,
  jIe,
  WIe,
  zIe,
  Jr,
  vl,
  qIe,
  KIe,
  JIe,
  YIe,
  Wz,
  QIe,
  zz,
  XIe,
  ZIe,
  Dl,
  ebe,
  tbe,
  rbe,
  qz,
  obe,
  nbe,
  sbe,
  ibe,
  abe,
  cbe,
  gs,
  pbe,
  lbe,
  Ha,
  ube,
  mbe,
  dbe,
  LD,
  Kz,
  Dh,
  wh,
  fbe,
  gbe,
  hbe,
  Sbe,
  ke,
  Va,
  wl,
  Jz,
  Yz,
  Qz,
  _be,
  Xz,
  Zz,
  it,
  xbe,
  Ebe,
  ybe,
  Cbe,
  eq,
  Rbe,
  Yr,
  Abe,
  Tbe,
  ja,
  vbe,
  Dbe,
  tq,
  rq,
  Il,
  oq,
  wbe,
  nq,
  Ih,
  Ibe,
  kD,
  sq,
  bbe,
  Pbe,
  qt,
  l,
  iq,
  Obe,
  Re,
  Nbe,
  $be,
  Mbe,
  Lbe,
  kbe,
  Ube,
  Fbe,
  Gbe,
  Bbe,
  Hbe,
  Vbe,
  jbe,
  Wbe,
  zbe,
  qbe,
  Kbe,
  Jbe,
  Ybe,
  Qbe,
  Xbe,
  Zbe,
  ePe,
  tPe,
  rPe,
  oPe,
  nPe,
  sPe,
  iPe,
  aPe,
  cPe,
  pPe,
  aq,
  lPe,
  uPe,
  mPe,
  dPe,
  fPe,
  gPe,
  hPe,
  SPe,
  cq,
  UD,
  pq,
  _Pe,
  xPe,
  EPe,
  yPe,
  bh,
  CPe,
  lq,
  Wa,
  FD,
  RPe,
  uq,
  APe,
  TPe,
  vPe,
  DPe,
  wPe,
  Ph,
  IPe,
  bPe,
  mq,
  PPe,
  OPe,
  NPe,
  $Pe,
  MPe,
  LPe,
  kPe,
  UPe,
  FPe,
  dq,
  GPe,
  BPe,
  HPe,
  VPe,
  jPe,
  WPe,
  zPe,
  qPe,
  KPe,
  JPe,
  YPe,
  QPe,
  XPe,
  ZPe,
  eOe,
  tOe,
  rOe,
  GD,
  fq,
  oOe,
  nOe,
  sOe,
  iOe,
  aOe,
  cOe,
  pOe,
  lOe,
  uOe,
  mOe,
  dOe,
  fOe,
  gOe,
  hOe,
  SOe,
  _Oe,
  xOe,
  EOe,
  yOe,
  COe,
  ROe,
  AOe,
  TOe,
  vOe,
  DOe,
  wOe,
  IOe,
  bOe,
  POe,
  OOe,
  NOe,
  $Oe,
  MOe,
  LOe,
  kOe,
  Oh,
  BD,
  UOe,
  HD,
  FOe,
  GOe,
  BOe,
  HOe,
  VOe,
  jOe,
  WOe,
  zOe,
  qOe,
  KOe,
  JOe,
  YOe,
  QOe,
  XOe,
  ZOe,
  eNe,
  tNe,
  rNe,
  oNe,
  nNe,
  sNe,
  iNe,
  aNe,
  cNe,
  pNe,
  lNe,
  uNe,
  mNe,
  dNe,
  fNe,
  gNe,
  hNe,
  SNe,
  _Ne,
  xNe,
  ENe,
  yNe,
  CNe,
  RNe,
  ANe,
  TNe,
  vNe,
  DNe,
  wNe,
  INe,
  bNe,
  PNe,
  ONe,
  NNe,
  VD,
  $Ne,
  MNe,
  LNe,
  kNe,
  UNe,
  Nh,
  FNe,
  GNe,
  BNe,
  HNe,
  jD,
  VNe,
  WD,
  jNe,
  gq,
  zD,
  hq,
  WNe,
  Sq,
  zNe,
  qNe,
  KNe,
  qD,
  JNe,
  YNe,
  QNe,
  XNe,
  ZNe,
  e$e,
  t$e,
  KD,
  r$e,
  _q,
  o$e,
  n$e,
  s$e,
  i$e,
  a$e,
  c$e,
  p$e,
  l$e,
  u$e,
  m$e,
  d$e,
  f$e,
  xq,
  g$e,
  h$e,
  Eq,
  S$e,
  _$e,
  JD,
  x$e,
  E$e,
  yq,
  y$e,
  Cq,
  Rq,
  $h,
  C$e,
  R$e,
  A$e,
  T$e,
  v$e,
  D$e,
  w$e,
  I$e,
  b$e,
  P$e,
  O$e,
  N$e,
  $$e,
  M$e,
  L$e,
  k$e,
  U$e,
  F$e,
  G$e,
  B$e,
  H$e,
  V$e,
  j$e,
  W$e,
  z$e,
  q$e,
  K$e,
  J$e,
  Y$e,
  Q$e,
  X$e,
  Z$e,
  eMe,
  tMe,
  rMe,
  oMe,
  nMe,
  YD,
  sMe,
  iMe,
  aMe,
  cMe,
  pMe,
  lMe,
  uMe,
  Aq,
  Tq,
  mMe,
  vq,
  dMe,
  fMe,
  gMe,
  hMe,
  SMe,
  _Me,
  Dq,
  xMe,
  EMe,
  yMe,
  CMe,
  RMe,
  AMe,
  QD,
  TMe,
  vMe,
  DMe,
  Pn,
  wMe,
  IMe,
  bMe,
  PMe,
  OMe,
  NMe,
  $Me,
  MMe,
  wq,
  LMe,
  kMe,
  UMe,
  FMe,
  GMe,
  BMe,
  HMe,
  VMe,
  jMe,
  WMe,
  zMe,
  qMe,
  KMe,
  JMe,
  Iq,
  YMe,
  QMe,
  XMe,
  ZMe,
  eLe,
  tLe,
  bq,
  rLe,
  oLe,
  XD,
  nLe,
  Mh,
  sLe,
  iLe,
  Lh,
  aLe,
  cLe,
  pLe,
  lLe,
  uLe,
  mLe,
  dLe,
  fLe,
  gLe,
  hLe,
  SLe,
  _Le,
  xLe,
  ELe,
  yLe,
  CLe,
  RLe,
  ALe,
  Pq,
  TLe,
  vLe,
  DLe,
  kh,
  wLe,
  ILe,
  bLe,
  PLe,
  OLe,
  NLe,
  $Le,
  MLe,
  LLe,
  kLe,
  ULe,
  FLe,
  GLe,
  BLe,
  HLe,
  VLe,
  Oq,
  Uh,
  jLe,
  WLe,
  zLe,
  qLe,
  ZD,
  bl,
  KLe,
  JLe,
  YLe,
  QLe,
  XLe,
  ZLe,
  eke,
  tke,
  rke,
  oke,
  nke,
  ske,
  ike,
  ake,
  cke,
  pke,
  lke,
  uke,
  mke,
  dke,
  fke,
  gke,
  hke,
  Ske,
  _ke,
  xke,
  Eke,
  yke,
  Cke,
  Rke,
  Ake,
  Tke,
  vke,
  Dke,
  wke,
  Ike,
  bke,
  Nq,
  Pke,
  Oke,
  Nke,
  $ke,
  Mke,
  Lke,
  kke,
  Uke,
  Fke,
  ew,
  $q,
  hs,
  Gke,
  ko,
  Bke,
  Fh,
  Mq,
  Lq,
  Hke,
  kq,
  Vke,
  jke,
  Wke,
  zke,
  qke,
  Uq,
  Kke,
  Jke,
  Yke,
  Qke,
  Xke,
  Zke,
  e1e,
  t1e,
  r1e,
  Fq,
  o1e,
  n1e,
  s1e,
  Gq,
  Bq,
  i1e,
  tw,
  Gh,
  a1e,
  c1e,
  Jt,
  p1e,
  l1e,
  u1e,
  rw,
  m1e,
  d1e,
  f1e,
  g1e,
  h1e,
  S1e,
  _1e,
  x1e,
  E1e,
  ow,
  y1e,
  C1e,
  R1e,
  za,
  A1e,
  T1e,
  v1e,
  D1e,
  w1e,
  I1e,
  b1e,
  Hq,
  P1e,
  O1e,
  Vq,
  nw,
  N1e,
  Bh,
  Hh,
  $1e,
  M1e,
  jq,
  L1e,
  k1e,
  Wq,
  Ov,
  Vh,
  U1e,
  F1e,
  G1e,
  B1e,
  H1e,
  V1e,
  j1e,
  W1e,
  qa,
  z1e,
  q1e,
  K1e,
  J1e,
  Y1e,
  jh,
  Q1e,
  X1e,
  zq,
  Ue,
  Z1e,
  qq,
  sw,
  Kq,
  Jq,
  Yq,
  Qq,
  eUe,
  Xq,
  Wh,
  tUe,
  rUe,
  oUe,
  nUe,
  sUe,
  iUe,
  aUe,
  Zq,
  cUe,
  eK,
  tK,
  rK,
  oK,
  nK,
  sK,
  iK,
  aK,
  cK,
  pK,
  lK,
  uK,
  mK,
  dK,
  fK,
  gK,
  hK,
  SK,
  _K,
  xK,
  EK,
  yK,
  CK,
  RK,
  AK,
  TK,
  vK,
  DK,
  wK,
  IK,
  bK,
  PK,
  OK,
  NK,
  $K,
  MK,
  LK,
  kK,
  UK,
  FK,
  GK,
  BK,
  HK,
  VK,
  jK,
  WK,
  zK,
  qK,
  KK,
  JK,
  YK,
  QK,
  XK,
  ZK,
  e8,
  t8,
  r8,
  o8,
  n8,
  s8,
  i8,
  a8,
  c8,
  p8,
  l8,
  u8,
  m8,
  d8,
  f8,
  g8,
  h8,
  S8,
  _8,
  x8,
  E8,
  y8,
  C8,
  R8,
  A8,
  T8,
  v8,
  D8,
  w8,
  I8,
  b8,
  P8,
  O8,
  N8,
  O = a(() => {
    be();
    bv();
    Pv();
    (Kme = "Attachment"),
      (Jme = "AdvancedConfiguration"),
      (Yme = "AcceleratorCountRequest"),
      (Qme = "AttachmentDetails"),
      (Xme = "AccessDeniedException"),
      (Zme = "AssociateGatewayWithCluster"),
      (ede = "AssociateGatewayWithClusterRequest"),
      (tde = "AssociateGatewayWithClusterResponse"),
      (rde = "AllowedInstanceType"),
      (ode = "AllowedInstanceTypeSet"),
      (nde = "AttributeLimitExceededException"),
      (sde = "AcceleratorManufacturer"),
      (ide = "AcceleratorManufacturerSet"),
      (ade = "AcceleratorName"),
      (cde = "AcceleratorNameSet"),
      (pde = "AutoRepairConfiguration"),
      (lde = "AttachmentStateChange"),
      (ude = "AttachmentStateChanges"),
      (mde = "AutoScalingGroupProvider"),
      (dde = "AutoScalingGroupProviderUpdate"),
      (fde = "AcceleratorType"),
      (gde = "AcceleratorTotalMemoryMiBRequest"),
      (hde = "AcceleratorTypeSet"),
      (Sde = "AwsVpcConfiguration"),
      (_de = "Attribute"),
      (xde = "Attachments"),
      (Ede = "Attributes"),
      (yde = "BlockedException"),
      (Cde = "BaselineEbsBandwidthMbpsRequest"),
      (Rde = "Cluster"),
      (Ade = "CreatedAt"),
      (Tde = "CanaryConfiguration"),
      (vde = "ClusterContainsContainerInstancesException"),
      (Dde = "ClusterContainsCapacityProviderException"),
      (wde = "CreateCapacityProvider"),
      (Ide = "CreateCapacityProviderRequest"),
      (bde = "CreateCapacityProviderResponse"),
      (Pde = "CreateClusterRequest"),
      (Ode = "CreateClusterResponse"),
      (Nde = "ClusterContainsServicesException"),
      ($de = "ClusterContainsTasksException"),
      (Mde = "ClusterConfiguration"),
      (Lde = "CreateCluster"),
      (kde = "ContainerDefinition"),
      (Ude = "CreateDaemonRequest"),
      (Fde = "CreateDaemonResponse"),
      (Gde = "ContainerDependency"),
      (Bde = "ContainerDefinitions"),
      (Hde = "ContainerDependencies"),
      (Vde = "CreateDaemon"),
      (jde = "ClientException"),
      (Wde = "CreateExpressGatewayService"),
      (zde = "CreateExpressGatewayServiceRequest"),
      (qde = "CreateExpressGatewayServiceResponse"),
      (Kde = "ConflictException"),
      (Jde = "CreateGateway"),
      (Yde = "CreateGatewayRequest"),
      (Qde = "CreateGatewayResponse"),
      (Xde = "ContainerImage"),
      (Zde = "ContainerInstanceHealthStatus"),
      (efe = "ContainerInstance"),
      (tfe = "ContainerImages"),
      (rfe = "ContainerInstances"),
      (ofe = "CpuManufacturer"),
      (nfe = "CreateManagedInstancesProviderConfiguration"),
      (sfe = "CpuManufacturerSet"),
      (ife = "ClusterNotFoundException"),
      (afe = "ContainerOverride"),
      (cfe = "ContainerOverrides"),
      (pfe = "CapacityProvider"),
      (lfe = "CapacityProviderStrategy"),
      (ufe = "CapacityProviderStrategyItem"),
      (mfe = "CapacityProviders"),
      (dfe = "ContainerRestartPolicy"),
      (ffe = "CapacityReservationRequest"),
      (gfe = "ClusterSetting"),
      (hfe = "ContainerStateChange"),
      (Sfe = "ClusterServiceConnectDefaults"),
      (_fe = "ClusterServiceConnectDefaultsRequest"),
      (xfe = "ContainerStateChanges"),
      (Efe = "ContinueServiceDeployment"),
      (yfe = "ContinueServiceDeploymentRequest"),
      (Cfe = "ContinueServiceDeploymentResponse"),
      (Rfe = "CreateServiceRequest"),
      (Afe = "CreateServiceResponse"),
      (Tfe = "ClusterSettings"),
      (vfe = "CreateService"),
      (Dfe = "CreateTaskSet"),
      (wfe = "CreateTaskSetRequest"),
      (Ife = "CreateTaskSetResponse"),
      (bfe = "Clusters"),
      (Pfe = "Container"),
      (Ofe = "Containers"),
      (Nfe = "Deployment"),
      ($fe = "DeploymentAlarms"),
      (Mfe = "DaemonAlarmConfiguration"),
      (Lfe = "DeleteAttributesRequest"),
      (kfe = "DeleteAttributesResponse"),
      (Ufe = "DeleteAccountSetting"),
      (Ffe = "DeleteAccountSettingRequest"),
      (Gfe = "DeleteAccountSettingResponse"),
      (Bfe = "DeleteAttributes"),
      (Hfe = "DeploymentConfiguration"),
      (Vfe = "DaemonCircuitBreaker"),
      (jfe = "DeploymentCircuitBreaker"),
      (Wfe = "DaemonContainerDefinition"),
      (zfe = "DaemonContainerDefinitionList"),
      (qfe = "DaemonContainerImage"),
      (Kfe = "DeregisterContainerInstanceRequest"),
      (Jfe = "DeregisterContainerInstanceResponse"),
      (Yfe = "DescribeContainerInstancesRequest"),
      (Qfe = "DescribeContainerInstancesResponse"),
      (Xfe = "DaemonContainerImages"),
      (Zfe = "DeregisterContainerInstance"),
      (ege = "DescribeContainerInstances"),
      (tge = "DaemonCapacityProvider"),
      (rge = "DaemonCapacityProviderList"),
      (oge = "DeleteCapacityProviderRequest"),
      (nge = "DeleteCapacityProviderResponse"),
      (sge = "DescribeCapacityProvidersRequest"),
      (ige = "DescribeCapacityProvidersResponse"),
      (age = "DeleteCapacityProvider"),
      (cge = "DescribeCapacityProviders"),
      (pge = "DeleteClusterRequest"),
      (lge = "DeleteClusterResponse"),
      (uge = "DescribeClustersRequest"),
      (mge = "DescribeClustersResponse"),
      (dge = "DeploymentController"),
      (fge = "DeleteCluster"),
      (gge = "DescribeClusters"),
      (hge = "DaemonDeployment"),
      (Sge = "DaemonDeploymentAlarms"),
      (_ge = "DaemonDeploymentConfiguration"),
      (xge = "DaemonDeploymentCapacityProvider"),
      (Ege = "DaemonDeploymentCapacityProviderList"),
      (yge = "DescribeDaemonDeployments"),
      (Cge = "DescribeDaemonDeploymentsRequest"),
      (Rge = "DescribeDaemonDeploymentsResponse"),
      (Age = "DaemonDeploymentList"),
      (Tge = "DeleteDaemonRequest"),
      (vge = "DaemonDeploymentRevisionDetail"),
      (Dge = "DaemonDeploymentRevisionDetailList"),
      (wge = "DescribeDaemonRevisionsRequest"),
      (Ige = "DescribeDaemonRevisionsResponse"),
      (bge = "DeleteDaemonResponse"),
      (Pge = "DescribeDaemonRequest"),
      (Oge = "DescribeDaemonResponse"),
      (Nge = "DescribeDaemonRevisions"),
      ($ge = "DaemonDeploymentSummary"),
      (Mge = "DaemonDeploymentSummaryList"),
      (Lge = "DeleteDaemonTaskDefinition"),
      (kge = "DeleteDaemonTaskDefinitionRequest"),
      (Uge = "DeleteDaemonTaskDefinitionResponse"),
      (Fge = "DescribeDaemonTaskDefinitionRequest"),
      (Gge = "DescribeDaemonTaskDefinitionResponse"),
      (Bge = "DescribeDaemonTaskDefinition"),
      (Hge = "DaemonDetail"),
      (Vge = "DeleteDaemon"),
      (jge = "DescribeDaemon"),
      (Wge = "DeleteExpressGatewayService"),
      (zge = "DeleteExpressGatewayServiceRequest"),
      (qge = "DeleteExpressGatewayServiceResponse"),
      (Kge = "DescribeExpressGatewayServiceRequest"),
      (Jge = "DescribeExpressGatewayServiceResponse"),
      (Yge = "DescribeExpressGatewayService"),
      (Qge = "DeploymentEphemeralStorage"),
      (Xge = "DeploymentEarlySuccessCriteria"),
      (Zge = "DeleteGateway"),
      (ehe = "DescribeGatewayAlbConfiguration"),
      (the = "DescribeGatewayConfiguration"),
      (rhe = "DisassociateGatewayFromCluster"),
      (ohe = "DisassociateGatewayFromClusterRequest"),
      (nhe = "DisassociateGatewayFromClusterResponse"),
      (she = "DeleteGatewayRequest"),
      (ihe = "DescribeGatewayResourcesRequest"),
      (ahe = "DescribeGatewayResourcesResponse"),
      (che = "DescribeGatewayRouteRequest"),
      (phe = "DescribeGatewayRouteResponse"),
      (lhe = "DeleteGatewayResponse"),
      (uhe = "DescribeGatewayRequest"),
      (mhe = "DescribeGatewayResponse"),
      (dhe = "DescribeGatewayResources"),
      (fhe = "DescribeGatewayRoute"),
      (ghe = "DescribeGateway"),
      (hhe = "DevicesList"),
      (She = "DeploymentLifecycleHook"),
      (_he = "DeploymentLifecycleHookDetail"),
      (xhe = "DeploymentLifecycleHookDetailList"),
      (Ehe = "DeploymentLifecycleHookList"),
      (yhe = "DeploymentLifecycleHookTimeoutConfiguration"),
      (Che = "DaemonLinuxParameters"),
      (Rhe = "DaemonNotActiveException"),
      (Ahe = "DaemonNotFoundException"),
      (The = "DiscoverPollEndpoint"),
      (vhe = "DiscoverPollEndpointRequest"),
      (Dhe = "DiscoverPollEndpointResponse"),
      (whe = "DaemonRevision"),
      (Ihe = "DaemonRevisionDetail"),
      (bhe = "DaemonRevisionDetailList"),
      (Phe = "DaemonRollback"),
      (Ohe = "DaemonRevisions"),
      (Nhe = "DaemonSummary"),
      ($he = "DescribeServiceDeployments"),
      (Mhe = "DescribeServiceDeploymentsRequest"),
      (Lhe = "DescribeServiceDeploymentsResponse"),
      (khe = "DaemonSummariesList"),
      (Uhe = "DeleteServiceRequest"),
      (Fhe = "DescribeServiceRevisionsRequest"),
      (Ghe = "DescribeServiceRevisionsResponse"),
      (Bhe = "DeleteServiceResponse"),
      (Hhe = "DescribeServicesRequest"),
      (Vhe = "DescribeServicesResponse"),
      (jhe = "DescribeServiceRevisions"),
      (Whe = "DeleteService"),
      (zhe = "DescribeServices"),
      (qhe = "DescribeTasks"),
      (Khe = "DaemonTaskDefinition"),
      (Jhe = "DeleteTaskDefinitionsRequest"),
      (Yhe = "DeleteTaskDefinitionsResponse"),
      (Qhe = "DeregisterTaskDefinitionRequest"),
      (Xhe = "DeregisterTaskDefinitionResponse"),
      (Zhe = "DescribeTaskDefinitionRequest"),
      (eSe = "DescribeTaskDefinitionResponse"),
      (tSe = "DaemonTaskDefinitionSummary"),
      (rSe = "DaemonTaskDefinitionSummaries"),
      (oSe = "DeleteTaskDefinitions"),
      (nSe = "DeregisterTaskDefinition"),
      (sSe = "DescribeTaskDefinition"),
      (iSe = "DescribeTasksRequest"),
      (aSe = "DescribeTasksResponse"),
      (cSe = "DeleteTaskSet"),
      (pSe = "DeleteTaskSetRequest"),
      (lSe = "DeleteTaskSetResponse"),
      (uSe = "DescribeTaskSetsRequest"),
      (mSe = "DescribeTaskSetsResponse"),
      (dSe = "DescribeTaskSets"),
      (fSe = "DaemonVolume"),
      (gSe = "DockerVolumeConfiguration"),
      (hSe = "DaemonVolumeList"),
      (SSe = "Device"),
      (_Se = "Deployments"),
      (xSe = "EBSTagSpecification"),
      (ESe = "EBSTagSpecifications"),
      (ySe = "ExecuteCommand"),
      (CSe = "ExecuteCommandConfiguration"),
      (RSe = "ExecuteCommandLogConfiguration"),
      (ASe = "ExecuteCommandRequest"),
      (TSe = "ExecuteCommandResponse"),
      (vSe = "ECSExpressGatewayService"),
      (DSe = "ECSManagedResources"),
      (wSe = "EnvironmentFile"),
      (ISe = "EFSAuthorizationConfig"),
      (bSe = "EFSVolumeConfiguration"),
      (PSe = "EnvironmentFiles"),
      (OSe = "ExpressGatewayContainer"),
      (NSe = "ElbGatewayResources"),
      ($Se = "ExpressGatewayRepositoryCredentials"),
      (MSe = "ElbGatewayResourcesList"),
      (LSe = "ExpressGatewayServiceAwsLogsConfiguration"),
      (kSe = "ExpressGatewayServiceConfiguration"),
      (USe = "ExpressGatewayServiceConfigurations"),
      (FSe = "ExpressGatewayServiceNetworkConfiguration"),
      (GSe = "ExpressGatewayServiceStatus"),
      (BSe = "ExpressGatewayScalingTarget"),
      (HSe = "ExcludedInstanceType"),
      (VSe = "ExcludedInstanceTypeSet"),
      (jSe = "EphemeralStorage"),
      (WSe = "EnvironmentVariables"),
      (zSe = "Failure"),
      (qSe = "FirelensConfiguration"),
      (KSe = "FSxWindowsFileServerAuthorizationConfig"),
      (JSe = "FSxWindowsFileServerVolumeConfiguration"),
      (YSe = "Failures"),
      (QSe = "Gateway"),
      (XSe = "GatewayAlbTestTrafficRules"),
      (ZSe = "GatewayConnection"),
      (e_e = "GatewayConnectionAlbResources"),
      (t_e = "GatewayConnectionAlbResourcesList"),
      (r_e = "GatewayClusterAssociationSummary"),
      (o_e = "GatewayClusterAssociationSummaryList"),
      (n_e = "GatewayConnectorFilters"),
      (s_e = "GatewayConnectorHealthCheck"),
      (i_e = "GatewayConnectorHealthCheckMatcher"),
      (a_e = "GatewayConnectionList"),
      (c_e = "GatewayConnectorList"),
      (p_e = "GatewayConnectionResources"),
      (l_e = "GatewayConnector"),
      (u_e = "GatewayConfiguration"),
      (m_e = "GpuDevice"),
      (d_e = "GpuDevices"),
      (f_e = "GatewayElbAccessLogConfiguration"),
      (g_e = "GatewayElbAccessLogDestination"),
      (h_e = "GatewayElbAccessLogS3Destination"),
      (S_e = "GatewayElbNetworkConfiguration"),
      (__e = "GatewayInfrastructureResources"),
      (x_e = "GatewayNotFoundException"),
      (E_e = "GatewayOperationError"),
      (y_e = "GatewayOperationErrorList"),
      (C_e = "GatewayResources"),
      (R_e = "GatewayRouteAlbResources"),
      (A_e = "GatewayRouteAlbResourcesList"),
      (T_e = "GatewayResourceFailure"),
      (v_e = "GatewayResourceFailureList"),
      (D_e = "GatewayRouteLoadBalancerSecurityGroup"),
      (w_e = "GatewayRouteLoadBalancerSecurityGroupList"),
      (I_e = "GatewayRouteResources"),
      (b_e = "GatewayRouteSummary"),
      (P_e = "GatewayRouteSummaryList"),
      (O_e = "GatewayRoute"),
      (N_e = "GatewaySummary"),
      ($_e = "GatewaySummaryList"),
      (M_e = "GetTaskProtection"),
      (L_e = "GetTaskProtectionRequest"),
      (k_e = "GetTaskProtectionResponse"),
      (U_e = "GatewayTestTrafficHeader"),
      (F_e = "HealthCheck"),
      (G_e = "HostEntry"),
      (B_e = "HostEntryList"),
      (H_e = "HostSharedAlbConfiguration"),
      (V_e = "HostVolumeProperties"),
      (j_e = "InferenceAccelerator"),
      (W_e = "InferenceAcceleratorOverride"),
      (z_e = "InferenceAcceleratorOverrides"),
      (q_e = "InferenceAccelerators"),
      (K_e = "InstanceGeneration"),
      (J_e = "InstanceGenerationSet"),
      (Y_e = "InstanceHealthCheckResult"),
      (Q_e = "InstanceHealthCheckResultList"),
      (X_e = "InstanceLaunchTemplate"),
      (Z_e = "InstanceLaunchTemplateUpdate"),
      (exe = "InfrastructureOptimization"),
      (txe = "InvalidParameterException"),
      (rxe = "IngressPathSummary"),
      (oxe = "IngressPathSummaries"),
      (nxe = "InstanceRequirementsRequest"),
      (sxe = "KernelCapabilities"),
      (ixe = "KeyValuePair"),
      (axe = "ListAttributes"),
      (cxe = "ListAttributesRequest"),
      (pxe = "ListAttributesResponse"),
      (lxe = "ListAccountSettings"),
      (uxe = "ListAccountSettingsRequest"),
      (mxe = "ListAccountSettingsResponse"),
      (dxe = "LoadBalancer"),
      (fxe = "LoadBalancers"),
      (gxe = "LinearConfiguration"),
      (hxe = "ListContainerInstances"),
      (Sxe = "ListContainerInstancesRequest"),
      (_xe = "ListContainerInstancesResponse"),
      (xxe = "ListClustersRequest"),
      (Exe = "ListClustersResponse"),
      (yxe = "ListClusters"),
      (Cxe = "LogConfiguration"),
      (Rxe = "ListDaemons"),
      (Axe = "ListDaemonDeployments"),
      (Txe = "ListDaemonDeploymentsRequest"),
      (vxe = "ListDaemonDeploymentsResponse"),
      (Dxe = "ListDaemonsRequest"),
      (wxe = "ListDaemonsResponse"),
      (Ixe = "ListDaemonTaskDefinitions"),
      (bxe = "ListDaemonTaskDefinitionsRequest"),
      (Pxe = "ListDaemonTaskDefinitionsResponse"),
      (Oxe = "LogDriverVolumeConfiguration"),
      (Nxe = "LimitExceededException"),
      ($xe = "ListGateways"),
      (Mxe = "ListGatewayClusterAssociations"),
      (Lxe = "ListGatewayClusterAssociationsRequest"),
      (kxe = "ListGatewayClusterAssociationsResponse"),
      (Uxe = "ListGatewaysRequest"),
      (Fxe = "ListGatewayRoutesRequest"),
      (Gxe = "ListGatewayRoutesResponse"),
      (Bxe = "ListGatewaysResponse"),
      (Hxe = "ListGatewayRoutes"),
      (Vxe = "LinuxParameters"),
      (jxe = "ListServices"),
      (Wxe = "ListServicesByNamespace"),
      (zxe = "ListServicesByNamespaceRequest"),
      (qxe = "ListServicesByNamespaceResponse"),
      (Kxe = "ListServiceDeployments"),
      (Jxe = "ListServiceDeploymentsRequest"),
      (Yxe = "ListServiceDeploymentsResponse"),
      (Qxe = "ListServicesRequest"),
      (Xxe = "ListServicesResponse"),
      (Zxe = "LocalStorageType"),
      (eEe = "LocalStorageTypeSet"),
      (tEe = "ListTasks"),
      (rEe = "ListTaskDefinitions"),
      (oEe = "ListTaskDefinitionFamilies"),
      (nEe = "ListTaskDefinitionFamiliesRequest"),
      (sEe = "ListTaskDefinitionFamiliesResponse"),
      (iEe = "ListTaskDefinitionsRequest"),
      (aEe = "ListTaskDefinitionsResponse"),
      (cEe = "ListTagsForResource"),
      (pEe = "ListTagsForResourceRequest"),
      (lEe = "ListTagsForResourceResponse"),
      (uEe = "ListTasksRequest"),
      (mEe = "ListTasksResponse"),
      (dEe = "ManagedAgent"),
      (fEe = "ManagedApplicationAutoScalingPolicy"),
      (gEe = "ManagedApplicationAutoScalingPolicies"),
      (hEe = "ManagedAutoScaling"),
      (SEe = "ManagedAgentStateChange"),
      (_Ee = "ManagedAgentStateChanges"),
      (xEe = "ManagedAgents"),
      (EEe = "ManagedCertificate"),
      (yEe = "MetricConfigurationList"),
      (CEe = "MetricConfiguration"),
      (REe = "MonitoringConfiguration"),
      (AEe = "MemoryGiBPerVCpuRequest"),
      (TEe = "ManagedInstancesLocalStorageConfiguration"),
      (vEe = "ManagedInstancesNetworkConfiguration"),
      (DEe = "ManagedIngressPath"),
      (wEe = "ManagedInstancesProvider"),
      (IEe = "ManagedIngressPaths"),
      (bEe = "ManagedInstancesStorageConfiguration"),
      (PEe = "ManagedListener"),
      (OEe = "ManagedLoadBalancer"),
      (NEe = "ManagedLogGroup"),
      ($Ee = "ManagedLogGroups"),
      (MEe = "ManagedListenerRule"),
      (LEe = "ManagedMetricAlarm"),
      (kEe = "ManagedMetricAlarms"),
      (UEe = "MemoryMiBRequest"),
      (FEe = "MountPoint"),
      (GEe = "MountPointList"),
      (BEe = "ManagedScaling"),
      (HEe = "ManagedStorageConfiguration"),
      (VEe = "ManagedSecurityGroup"),
      (jEe = "ManagedSecurityGroups"),
      (WEe = "ManagedScalableTarget"),
      (zEe = "ManagedTargetGroup"),
      (qEe = "ManagedTargetGroups"),
      (KEe = "MissingVersionException"),
      (JEe = "NetworkBinding"),
      (YEe = "NetworkBandwidthGbpsRequest"),
      (QEe = "NetworkBindings"),
      (XEe = "NetworkConfiguration"),
      (ZEe = "NetworkInterface"),
      (e0e = "NetworkInterfaceCountRequest"),
      (t0e = "NetworkInterfaces"),
      (r0e = "NvidiaMpsAllocation"),
      (o0e = "NamespaceNotFoundException"),
      (n0e = "NoUpdateAvailableException"),
      (s0e = "PutAttributes"),
      (i0e = "PutAttributesRequest"),
      (a0e = "PutAttributesResponse"),
      (c0e = "PutAccountSetting"),
      (p0e = "PutAccountSettingDefault"),
      (l0e = "PutAccountSettingDefaultRequest"),
      (u0e = "PutAccountSettingDefaultResponse"),
      (m0e = "PutAccountSettingRequest"),
      (d0e = "PutAccountSettingResponse"),
      (f0e = "PlacementConstraint"),
      (g0e = "PutClusterCapacityProviders"),
      (h0e = "PutClusterCapacityProvidersRequest"),
      (S0e = "PutClusterCapacityProvidersResponse"),
      (_0e = "ProxyConfigurationProperties"),
      (x0e = "PlacementConstraints"),
      (E0e = "ProxyConfiguration"),
      (y0e = "PlatformDevice"),
      (C0e = "PlatformDevices"),
      (R0e = "PortMapping"),
      (A0e = "PortMappingList"),
      (T0e = "PlacementStrategy"),
      (v0e = "PlacementStrategies"),
      (D0e = "ProtectedTask"),
      (w0e = "PlatformTaskDefinitionIncompatibilityException"),
      (I0e = "ProtectedTasks"),
      (b0e = "PlatformUnknownException"),
      (P0e = "Resource"),
      (O0e = "RequiresAttributes"),
      (N0e = "RepositoryCredentials"),
      ($0e = "RegisterContainerInstance"),
      (M0e = "RegisterContainerInstanceRequest"),
      (L0e = "RegisterContainerInstanceResponse"),
      (k0e = "ResolvedConfiguration"),
      (U0e = "RegisterDaemonTaskDefinition"),
      (F0e = "RegisterDaemonTaskDefinitionRequest"),
      (G0e = "RegisterDaemonTaskDefinitionResponse"),
      (B0e = "ResourceInUseException"),
      (H0e = "ResourceNotFoundException"),
      (V0e = "RuntimePlatform"),
      (j0e = "RuntimePlatformOverride"),
      (W0e = "ResourceRequirement"),
      (z0e = "ResourceRequirements"),
      (q0e = "RunTask"),
      (K0e = "RegisterTaskDefinition"),
      (J0e = "RegisterTaskDefinitionRequest"),
      (Y0e = "RegisterTaskDefinitionResponse"),
      (Q0e = "RunTaskRequest"),
      (X0e = "RunTaskResponse"),
      (Z0e = "Resources"),
      (eye = "Rollback"),
      (tye = "Scale"),
      (rye = "SubmitAttachmentStateChanges"),
      (oye = "SubmitAttachmentStateChangesRequest"),
      (nye = "SubmitAttachmentStateChangesResponse"),
      (sye = "SystemControl"),
      (iye = "ServiceConnectAccessLogConfiguration"),
      (aye = "ServiceConnectConfiguration"),
      (cye = "ServiceConnectClientAlias"),
      (pye = "ServiceConnectClientAliasList"),
      (lye = "ServiceConnectContainerConfigurations"),
      (uye = "ServiceConnectContainerConfiguration"),
      (mye = "ServiceCurrentRevisionSummary"),
      (dye = "ServiceCurrentRevisionSummaryList"),
      (fye = "ServiceConnectService"),
      (gye = "SubmitContainerStateChange"),
      (hye = "SubmitContainerStateChangeRequest"),
      (Sye = "SubmitContainerStateChangeResponse"),
      (_ye = "ServiceConnectServiceList"),
      (xye = "ServiceConnectServiceResource"),
      (Eye = "ServiceConnectServiceResourceList"),
      (yye = "ServiceConnectTlsConfiguration"),
      (Cye = "ServiceConnectTlsCertificateAuthority"),
      (Rye = "ServiceConnectTestTrafficHeaderMatchRules"),
      (Aye = "ServiceConnectTestTrafficHeaderRules"),
      (Tye = "ServiceConnectTestTrafficRules"),
      (vye = "SystemControls"),
      (Dye = "ServiceDeployment"),
      (wye = "ServiceDeploymentAlarms"),
      (Iye = "ServiceDeploymentBrief"),
      (bye = "ServiceDeploymentsBrief"),
      (Pye = "ServiceDeploymentCircuitBreaker"),
      (Oye = "ServiceDeploymentNotFoundException"),
      (Nye = "ServiceDeployments"),
      ($ye = "ServerException"),
      (Mye = "ServiceEvent"),
      (Lye = "ServiceEvents"),
      (kye = "S3FilesVolumeConfiguration"),
      (Uye = "SecretList"),
      (Fye = "ServiceManagedEBSVolumeConfiguration"),
      (Gye = "ServiceNotActiveException"),
      (Bye = "ServiceNotFoundException"),
      (Hye = "ServiceRegistry"),
      (Vye = "ServiceRevisionLoadBalancer"),
      (jye = "ServiceRevisionLoadBalancers"),
      (Wye = "ServiceRevisionOverrides"),
      (zye = "ServiceRevisionSummary"),
      (qye = "ServiceRevisionsSummaryList"),
      (Kye = "ServiceRevisionVpcLatticeConfiguration"),
      (Jye = "ServiceRevisionVpcLatticeConfigurations"),
      (Yye = "ServiceRevision"),
      (Qye = "ServiceRegistries"),
      (Xye = "ServiceRevisions"),
      (Zye = "SensitiveString"),
      (eCe = "StopServiceDeployment"),
      (tCe = "StopServiceDeploymentRequest"),
      (rCe = "StopServiceDeploymentResponse"),
      (oCe = "SharingStrategy"),
      (nCe = "StartTask"),
      (sCe = "StartTaskRequest"),
      (iCe = "StartTaskResponse"),
      (aCe = "StopTaskRequest"),
      (cCe = "StopTaskResponse"),
      (pCe = "SubmitTaskStateChange"),
      (lCe = "SubmitTaskStateChangeRequest"),
      (uCe = "SubmitTaskStateChangeResponse"),
      (mCe = "StopTask"),
      (dCe = "ServiceVolumeConfiguration"),
      (fCe = "ServiceVolumeConfigurations"),
      (gCe = "Secret"),
      (hCe = "Service"),
      (SCe = "Services"),
      (_Ce = "Session"),
      (xCe = "Setting"),
      (ECe = "Settings"),
      (yCe = "Statistics"),
      (CCe = "Tag"),
      (RCe = "ThresholdConfiguration"),
      (ACe = "TimeoutConfiguration"),
      (TCe = "TaskDefinition"),
      (vCe = "TaskDefinitionList"),
      (DCe = "TaskDefinitionPlacementConstraint"),
      (wCe = "TaskDefinitionPlacementConstraints"),
      (ICe = "TaskEphemeralStorage"),
      (bCe = "TmpfsList"),
      (PCe = "TotalLocalStorageGBRequest"),
      (OCe = "TaskManagedEBSVolumeConfiguration"),
      (NCe = "TaskManagedEBSVolumeTerminationPolicy"),
      ($Ce = "TargetNotConnectedException"),
      (MCe = "TargetNotFoundException"),
      (LCe = "TaskOverride"),
      (kCe = "TagResource"),
      (UCe = "TagResourceRequest"),
      (FCe = "TagResourceResponse"),
      (GCe = "TaskSet"),
      (BCe = "TaskSetNotFoundException"),
      (HCe = "TaskSets"),
      (VCe = "TaskVolumeConfiguration"),
      (jCe = "TaskVolumeConfigurations"),
      (WCe = "Task"),
      (zCe = "Tags"),
      (qCe = "Tasks"),
      (KCe = "Tmpfs"),
      (JCe = "Ulimit"),
      (YCe = "UpdateCluster"),
      (QCe = "UpdateContainerAgent"),
      (XCe = "UpdateContainerAgentRequest"),
      (ZCe = "UpdateContainerAgentResponse"),
      (eRe = "UpdateContainerInstancesState"),
      (tRe = "UpdateContainerInstancesStateRequest"),
      (rRe = "UpdateContainerInstancesStateResponse"),
      (oRe = "UpdateCapacityProvider"),
      (nRe = "UpdateCapacityProviderRequest"),
      (sRe = "UpdateCapacityProviderResponse"),
      (iRe = "UpdateClusterRequest"),
      (aRe = "UpdateClusterResponse"),
      (cRe = "UpdateClusterSettings"),
      (pRe = "UpdateClusterSettingsRequest"),
      (lRe = "UpdateClusterSettingsResponse"),
      (uRe = "UpdateDaemon"),
      (mRe = "UpdateDaemonRequest"),
      (dRe = "UpdateDaemonResponse"),
      (fRe = "UpdatedExpressGatewayService"),
      (gRe = "UpdateExpressGatewayServiceRequest"),
      (hRe = "UpdateExpressGatewayServiceResponse"),
      (SRe = "UpdateExpressGatewayService"),
      (_Re = "UnsupportedFeatureException"),
      (xRe = "UpdateGateway"),
      (ERe = "UpdateGatewayAlbConfiguration"),
      (yRe = "UpdateGatewayConfiguration"),
      (CRe = "UpdateGatewayNetworkConfiguration"),
      (RRe = "UpdateGatewayRequest"),
      (ARe = "UpdateGatewayResponse"),
      (TRe = "UpdateInProgressException"),
      (vRe = "UlimitList"),
      (DRe = "UpdateManagedInstancesProviderConfiguration"),
      (wRe = "UntagResource"),
      (IRe = "UntagResourceRequest"),
      (bRe = "UntagResourceResponse"),
      (PRe = "UpdateService"),
      (ORe = "UpdateServicePrimaryTaskSet"),
      (NRe = "UpdateServicePrimaryTaskSetRequest"),
      ($Re = "UpdateServicePrimaryTaskSetResponse"),
      (MRe = "UpdateServiceRequest"),
      (LRe = "UpdateServiceResponse"),
      (kRe = "UpdateTaskProtection"),
      (URe = "UpdateTaskProtectionRequest"),
      (FRe = "UpdateTaskProtectionResponse"),
      (GRe = "UpdateTaskSet"),
      (BRe = "UpdateTaskSetRequest"),
      (HRe = "UpdateTaskSetResponse"),
      (VRe = "Volume"),
      (jRe = "VCpuCountRangeRequest"),
      (WRe = "VolumeFrom"),
      (zRe = "VolumeFromList"),
      (qRe = "VersionInfo"),
      (KRe = "VolumeList"),
      (JRe = "VpcLatticeAdvancedConfiguration"),
      (YRe = "VpcLatticeConfiguration"),
      (QRe = "VpcLatticeConfigurations"),
      (ml = "attachments"),
      (XRe = "attachmentArn"),
      (ZRe = "applicationAutoScalingPolicies"),
      (eAe = "agentConnected"),
      (iW = "acmCertificateArn"),
      (tAe = "activeConfigurations"),
      (rAe = "acceleratorCount"),
      (aW = "advancedConfiguration"),
      (cW = "authorizationConfig"),
      (oAe = "awsvpcConfiguration"),
      (nAe = "agentHash"),
      (sAe = "attachmentId"),
      (iAe = "allowedInstanceTypes"),
      (Nv = "accessLogs"),
      (aAe = "awsLogsConfiguration"),
      (cAe = "accessLogConfiguration"),
      (pAe = "acceleratorManufacturers"),
      (Jg = "alarmNames"),
      (lAe = "acceleratorNames"),
      (uAe = "attributeName"),
      (mAe = "appProtocol"),
      (dAe = "accessPointArn"),
      (fAe = "awsPcaAuthorityArn"),
      (gAe = "assignPublicIp"),
      (hAe = "accessPointId"),
      ($v = "autoRepairConfiguration"),
      (SAe = "actionsStatus"),
      (_Ae = "activeServicesCount"),
      (xAe = "autoScalingGroupArn"),
      (Mv = "autoScalingGroupProvider"),
      (EAe = "autoScalingMetric"),
      (yAe = "autoScalingTargetValue"),
      (CAe = "attachmentsStatus"),
      (RAe = "autoScaling"),
      (Yg = "accessType"),
      (Lv = "alternateTargetGroupArn"),
      (AAe = "acceleratorTotalMemoryMiB"),
      (TAe = "accessTypes"),
      (vAe = "acceleratorTypes"),
      (DAe = "agentUpdateStatus"),
      (wAe = "attributeValue"),
      (IAe = "agentVersion"),
      (bAe = "availabilityZone"),
      (kv = "availabilityZoneRebalancing"),
      (pW = "action"),
      (Uv = "acknowledgment"),
      (PAe = "add"),
      (OAe = "after"),
      (Qg = "alarms"),
      (st = "arn"),
      (cs = "attributes"),
      (NAe = "autoprovision"),
      ($Ae = "base"),
      (MAe = "baselineEbsBandwidthMbps"),
      (LAe = "bindIP"),
      (kAe = "bareMetal"),
      (UAe = "burstablePerformance"),
      (lW = "bakeTimeInMinutes"),
      (FAe = "before"),
      (GAe = "bucket"),
      (Pe = "client"),
      (St = "clusterArn"),
      (BAe = "currentAlbCount"),
      (HAe = "configuredAtLaunch"),
      (VAe = "clusterArns"),
      (jAe = "clientAliases"),
      (uW = "containerArn"),
      (WAe = "connectivityAt"),
      (dl = "cpuArchitecture"),
      (We = "createdAt"),
      (zAe = "circuitBreaker"),
      (qAe = "canaryBakeTimeInMinutes"),
      (KAe = "createdBy"),
      (JAe = "canaryConfiguration"),
      (YAe = "containerCount"),
      (QAe = "containerConfigurations"),
      (Xg = "containerDefinitions"),
      (XAe = "computedDesiredCount"),
      (ZAe = "currentDeployment"),
      (mW = "containerImages"),
      (Fv = "containerInstanceArn"),
      (eTe = "containerInstanceArns"),
      (gi = "containerInstance"),
      (fl = "containerInstances"),
      (tTe = "cpuManufacturers"),
      (dW = "clusterName"),
      (rn = "containerName"),
      (rTe = "containerOverrides"),
      (oTe = "capacityOptionType"),
      (nTe = "canaryPercent"),
      (sTe = "capacityProviderArn"),
      (Gv = "capacityProviderArns"),
      (fW = "capacityProviderName"),
      (gW = "containerPortRange"),
      (ps = "capacityProviderStrategy"),
      (gl = "capacityProvider"),
      (hi = "capacityProviders"),
      (Bv = "containerPath"),
      (hl = "containerPort"),
      (Hv = "credentialsParameter"),
      (iTe = "currentRevisions"),
      (hW = "capacityReservations"),
      (aTe = "credentialSpecs"),
      (cTe = "currentServiceDeployment"),
      (pTe = "currentServiceRevisions"),
      (Sl = "clientToken"),
      (lTe = "cloudWatchEncryptionEnabled"),
      (uTe = "cloudWatchLogGroupName"),
      (SW = "capabilities"),
      (mTe = "certificate"),
      (te = "cluster"),
      (_W = "clusters"),
      (Pa = "configuration"),
      (dTe = "code"),
      (Oa = "command"),
      (fTe = "compatibilities"),
      (gTe = "condition"),
      (hTe = "connectivity"),
      (STe = "container"),
      (xW = "containers"),
      (_Te = "count"),
      (ao = "cpu"),
      (Vv = "critical"),
      (EW = "details"),
      (Mo = "daemonArn"),
      (Zg = "deploymentArn"),
      (xTe = "deregisteredAt"),
      (ETe = "discoveryArn"),
      (Si = "deploymentConfiguration"),
      (yW = "deploymentCircuitBreaker"),
      (jv = "defaultCapacityProviderStrategy"),
      (eh = "desiredCount"),
      (Wv = "deploymentController"),
      (CW = "daemonDeployments"),
      (RW = "daemonDeploymentArn"),
      (yTe = "daemonDeploymentArns"),
      (CTe = "drainingInstanceCount"),
      (RTe = "dockerLabels"),
      (ATe = "disableNetworking"),
      (AW = "daemonName"),
      (TW = "deviceName"),
      (vW = "discoveryName"),
      (TTe = "dnsName"),
      (vTe = "domainName"),
      (DW = "dependsOn"),
      (DTe = "deleteOnTermination"),
      (wTe = "driverOpts"),
      (zv = "deletionProtection"),
      (ITe = "drainPercent"),
      (bTe = "daemonRevisions"),
      (PTe = "daemonRevisionArn"),
      (OTe = "daemonRevisionArns"),
      (qv = "deleteRequestedAt"),
      (NTe = "dnsServers"),
      ($Te = "dnsSearchDomains"),
      (MTe = "daemonSummariesList"),
      (LTe = "dockerSecurityOptions"),
      (wW = "desiredStatus"),
      (IW = "deviceType"),
      (Kv = "daemonTaskDefinition"),
      (Na = "daemonTaskDefinitionArn"),
      (kTe = "daemonTaskDefinitions"),
      (UTe = "doubleValue"),
      (FTe = "dockerVolumeConfiguration"),
      (GTe = "dockerVersion"),
      (BTe = "daemon"),
      (bW = "devices"),
      (HTe = "deployments"),
      (VTe = "destination"),
      (jTe = "detail"),
      (WTe = "domain"),
      (PW = "driver"),
      (zTe = "drop"),
      (De = "error"),
      (qTe = "expiresAt"),
      (Jv = "exitCode"),
      (KTe = "executeCommandConfiguration"),
      (JTe = "expirationDate"),
      (vn = "enableExecuteCommand"),
      (ls = "enableECSManagedTags"),
      (Yv = "environmentFiles"),
      (OW = "enableFaultInjection"),
      (YTe = "extraHosts"),
      (NW = "externalId"),
      (QTe = "ec2InstanceId"),
      (XTe = "expiresInMinutes"),
      ($W = "ec2InstanceProfileArn"),
      (ZTe = "excludedInstanceTypes"),
      (eve = "ecsManagedResources"),
      (MW = "entryPoint"),
      (us = "executionRoleArn"),
      (tve = "effectiveSettings"),
      (LW = "executionStoppedAt"),
      (rve = "earlySuccessCriteria"),
      (th = "ephemeralStorage"),
      (ove = "efsVolumeConfiguration"),
      (rh = "environment"),
      (kW = "enabled"),
      (oh = "enable"),
      (UW = "encrypted"),
      (Qv = "endpoint"),
      (nve = "errors"),
      (FW = "essential"),
      (sve = "events"),
      (GW = "expression"),
      (ive = "exact"),
      ($a = "family"),
      (nh = "finishedAt"),
      (BW = "firelensConfiguration"),
      (HW = "failureCount"),
      (ave = "fipsEnabled"),
      (sh = "fargateEphemeralStorage"),
      (cve = "fargateEphemeralStorageKmsKeyId"),
      (pve = "forceNewDeployment"),
      (Xv = "familyPrefix"),
      (lve = "fileSystemArn"),
      (VW = "fileSystemId"),
      (uve = "failedTasks"),
      (jW = "filesystemType"),
      (mve = "fsxWindowsFileServerVolumeConfiguration"),
      (Ot = "failures"),
      (dve = "families"),
      (fve = "filters"),
      (gve = "field"),
      (hve = "filter"),
      (Zv = "force"),
      (Sve = "format"),
      (Dn = "gateway"),
      (Lo = "gatewayArn"),
      (eD = "gatewayConnectors"),
      (_ve = "gatewayClusterAssociations"),
      (xve = "gatewayConnections"),
      (Eve = "grpcCode"),
      (yve = "gpuDevices"),
      (Cve = "guardDutyEnabled"),
      (Rve = "gpuIds"),
      (Ave = "gpuId"),
      (Tve = "gatewayResources"),
      (ih = "gatewayRouteArn"),
      (vve = "gatewayRouteArns"),
      (Dve = "gatewayRoute"),
      (wve = "gatewayRoutes"),
      (Ive = "gpuSharingStrategy"),
      (bve = "gateways"),
      (tD = "group"),
      (WW = "hostname"),
      (rD = "healthCheck"),
      (oD = "healthCheckGracePeriodSeconds"),
      (Pve = "healthCheckIntervalSeconds"),
      (_l = "healthCheckPath"),
      (Ove = "healthCheckProtocol"),
      (zW = "healthCheckPort"),
      (Nve = "healthCheckTimeoutSeconds"),
      ($ve = "httpCode"),
      (Mve = "hookDetails"),
      (nD = "httpDesync"),
      (Lve = "httpError"),
      (qW = "hookId"),
      (kve = "hardLimit"),
      (Uve = "healthyPercent"),
      (Fve = "hostPortRange"),
      (Gve = "hostPath"),
      (KW = "hostPort"),
      (sD = "healthStatus"),
      (Ma = "hostSharedAlb"),
      (Bve = "hookTargetArn"),
      (Hve = "healthyThresholdCount"),
      (JW = "header"),
      (YW = "host"),
      (xl = "id"),
      (Vve = "ipAddress"),
      (jve = "inferenceAcceleratorOverrides"),
      (Wve = "ipAddressType"),
      (iD = "inferenceAccelerators"),
      (zve = "ipv6Address"),
      (qve = "issuerCertificateAuthority"),
      (ah = "imageDigest"),
      (Kve = "ignoredExitCodes"),
      (Jve = "instanceGenerations"),
      (Yve = "instanceIdentityDocument"),
      (Qve = "instanceIdentityDocumentSignature"),
      (aD = "instanceLaunchTemplate"),
      (ch = "ipcMode"),
      (QW = "instanceMetadataTagsPropagation"),
      (cD = "infrastructureOptimization"),
      (XW = "ingressPaths"),
      (ZW = "initProcessEnabled"),
      (Xve = "ingressPortOverride"),
      (Zve = "includeQueryParameters"),
      (ez = "instanceRequirements"),
      (ms = "infrastructureRoleArn"),
      (tz = "inboundSecurityGroup"),
      (eDe = "idleTimeoutSeconds"),
      (tDe = "integerValue"),
      (rDe = "instanceWarmupPeriod"),
      (oDe = "iam"),
      (La = "image"),
      (ph = "interactive"),
      (ds = "include"),
      (nDe = "interval"),
      (rz = "iops"),
      (fs = "item"),
      (sDe = "key"),
      (iDe = "kmsKey"),
      (ka = "kmsKeyId"),
      (aDe = "links"),
      (pD = "listenerArn"),
      (_i = "loadBalancers"),
      (lD = "loadBalancerArn"),
      (cDe = "loadBalancerName"),
      (oz = "loadBalancerSecurityGroups"),
      (pDe = "loadBalancerSecurityGroupArns"),
      (lDe = "loadBalancer"),
      (lh = "logConfiguration"),
      (uDe = "linearConfiguration"),
      (mDe = "logDriver"),
      (dDe = "logDriverVolumeConfiguration"),
      (fDe = "logGroups"),
      (gDe = "logGroupName"),
      (hDe = "logGroup"),
      (SDe = "lifecycleHooks"),
      (_De = "lifecycleHookDetails"),
      (xDe = "logLevel"),
      (nz = "linuxParameters"),
      (sz = "listenerRuleArn"),
      (uD = "lastStatus"),
      (EDe = "lastStartedAt"),
      (yDe = "lastStatusChange"),
      (iz = "localStorageConfiguration"),
      (CDe = "logStreamPrefix"),
      (RDe = "localStorageTypes"),
      (ADe = "lifecycleStages"),
      (TDe = "lifecycleStage"),
      (vDe = "localStorage"),
      (on = "launchType"),
      (DDe = "lastUpdated"),
      (wDe = "longValue"),
      (IDe = "labels"),
      (bDe = "listener"),
      (PDe = "logging"),
      (xe = "message"),
      (az = "managedAgents"),
      (mD = "maxAlbCount"),
      (ODe = "managedAgentName"),
      (NDe = "metricAlarms"),
      ($De = "minCapacity"),
      (MDe = "maxComputePercent"),
      (LDe = "maxCapacity"),
      (kDe = "metricConfigurations"),
      (cz = "managedDraining"),
      (pz = "managedEBSVolume"),
      (UDe = "memoryGiBPerVCpu"),
      (FDe = "minimumHealthyPercent"),
      (dD = "managedInstancesProvider"),
      (GDe = "memoryMiB"),
      (BDe = "metricNames"),
      (HDe = "mountOptions"),
      (lz = "mountPoints"),
      (VDe = "maximumPercent"),
      (uh = "memoryReservation"),
      (_t = "maxResults"),
      (uz = "managedScaling"),
      (jDe = "managedStorageConfiguration"),
      (WDe = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice"),
      (zDe = "minimumScalingStepSize"),
      (qDe = "maximumScalingStepSize"),
      (KDe = "maxSwap"),
      (JDe = "minTaskCount"),
      (YDe = "maxTaskCount"),
      (mz = "managedTerminationProtection"),
      (wn = "max"),
      (QDe = "matcher"),
      (Kr = "memory"),
      (XDe = "metric"),
      (In = "min"),
      (El = "monitoring"),
      (Ce = "name"),
      (fD = "networkBindings"),
      (ZDe = "networkBandwidthGbps"),
      (Nt = "networkConfiguration"),
      (ewe = "neuronDeviceIds"),
      (twe = "networkInterfaces"),
      (rwe = "networkInterfaceCount"),
      (dz = "networkMode"),
      (owe = "nvidiaMps"),
      (ge = "nextToken"),
      (yl = "namespace"),
      (nwe = "names"),
      (fz = "options"),
      (swe = "onDemandMaxPricePercentageOverLowestPrice"),
      (iwe = "overallStatus"),
      (awe = "operatingSystemFamily"),
      (cwe = "operation"),
      (mh = "overrides"),
      (gz = "privileged"),
      (dh = "principalArn"),
      (gD = "primaryContainer"),
      (hD = "pendingCount"),
      (Ua = "placementConstraints"),
      (hz = "proxyConfiguration"),
      (pwe = "platformDevices"),
      (Sz = "protectionEnabled"),
      (Cl = "platformFamily"),
      (lwe = "privateIpv4Address"),
      (fh = "productionListenerRule"),
      (uwe = "portMappings"),
      (gh = "pidMode"),
      (hh = "portName"),
      (mwe = "perRequestTimeoutSeconds"),
      (Sh = "placementStrategy"),
      (_z = "pullStartedAt"),
      (xz = "pullStoppedAt"),
      (Ez = "pseudoTerminal"),
      (yz = "pendingTasksCount"),
      (Cz = "pendingTaskCount"),
      (dwe = "primaryTaskSet"),
      (fwe = "policyType"),
      (Mr = "propagateTags"),
      (Rz = "protectedTasks"),
      (bn = "platformVersion"),
      (gwe = "permissions"),
      (Rl = "port"),
      (_h = "protocol"),
      (hwe = "prefix"),
      (Swe = "properties"),
      (nn = "reason"),
      (xi = "roleArn"),
      (_we = "restartAttemptPeriod"),
      (xh = "registeredAt"),
      (xwe = "registryArn"),
      (Ewe = "requiresAttributes"),
      (SD = "resourceArn"),
      (ywe = "ruleArns"),
      (_D = "registeredBy"),
      (xD = "repositoryCredentials"),
      (Cwe = "registeredContainerInstancesCount"),
      (Rwe = "rollbackCapacityProviders"),
      (Az = "requiresCompatibilities"),
      (Awe = "resolvedConfiguration"),
      (Eh = "runningCount"),
      (ED = "rootDirectory"),
      (Twe = "reservationGroupArn"),
      (vwe = "requireHibernateSupport"),
      (Dwe = "resourceIds"),
      (wwe = "runningInstanceCount"),
      (Tz = "referenceId"),
      (yD = "runtimeId"),
      (Iwe = "remainingMemoryInMiB"),
      (vz = "resourceManagementType"),
      (Dz = "readOnly"),
      (bwe = "resetOnHealthyTask"),
      (Pwe = "reservationPreference"),
      (Owe = "requestedProductionTrafficWeight"),
      (wz = "restartPolicy"),
      (CD = "runtimePlatform"),
      (Iz = "resourceRequirements"),
      (bz = "readonlyRootFilesystem"),
      (Nwe = "remainingResources"),
      ($we = "registeredResources"),
      (Mwe = "rolloutState"),
      (Lwe = "rolloutStateReason"),
      (kwe = "resolutionSeconds"),
      (Uwe = "resourceType"),
      (Pz = "runningTasksCount"),
      (Oz = "requestedTaskCount"),
      (Nz = "runningTaskCount"),
      (Fwe = "rollbackTargetDaemonRevisionArn"),
      (Gwe = "requestedTestTrafficWeight"),
      (RD = "revision"),
      (AD = "resources"),
      (Bwe = "retries"),
      (Hwe = "role"),
      (yh = "rollback"),
      (Vwe = "rule"),
      ($z = "smithy.ts.sdk.synthetic.com.amazonaws.ecs"),
      (Ei = "startedAt"),
      (ho = "serviceArn"),
      (Mz = "serviceArns"),
      (Ch = "stoppedAt"),
      (jwe = "stoppingAt"),
      (Al = "startedBy"),
      (Wwe = "s3BucketName"),
      (zwe = "stepBakeTimeInMinutes"),
      (Lz = "systemControls"),
      (Rh = "serviceConnectConfiguration"),
      (TD = "serviceConnectDefaults"),
      (qwe = "serviceConnectEndpoint"),
      (vD = "serviceContainerPortName"),
      (Kwe = "serviceConnectResources"),
      (Jwe = "sourceContainer"),
      (Ywe = "statusCode"),
      (kz = "storageConfiguration"),
      (Qwe = "stopCode"),
      (Uz = "serviceDeployments"),
      (Fa = "serviceDeploymentArn"),
      (Xwe = "serviceDeploymentArns"),
      (Zwe = "sourceDaemonRevisions"),
      (eIe = "s3EncryptionEnabled"),
      (DD = "securityGroups"),
      (tIe = "securityGroupIds"),
      (rIe = "securityGroup"),
      (oIe = "subnetIds"),
      (nIe = "scaleInAfter"),
      (Ah = "sizeInGiB"),
      (sIe = "sessionId"),
      (Fz = "snapshotId"),
      (iIe = "s3KeyPrefix"),
      (aIe = "softLimit"),
      (cIe = "sharingMode"),
      (pIe = "spotMaxPricePercentageOverLowestPrice"),
      (lIe = "sharedMemorySize"),
      (Ga = "serviceName"),
      (uIe = "secretOptions"),
      (mIe = "startPeriod"),
      (dIe = "sourcePath"),
      (fIe = "stepPercent"),
      (xt = "statusReason"),
      (gIe = "serviceRevisionArns"),
      (wD = "serviceRevisionArn"),
      (Ba = "serviceRegistries"),
      (hIe = "serviceRevisions"),
      (SIe = "stoppedReason"),
      (ID = "schedulingStrategy"),
      (_Ie = "stabilityStatusAt"),
      (xIe = "serviceSecurityGroups"),
      (EIe = "serviceSecurityGroupArn"),
      (yIe = "storageSizeGiB"),
      (CIe = "sourceServiceRevisions"),
      (RIe = "sourceServiceRevisionCleanup"),
      (AIe = "stringSetValue"),
      (TIe = "sharingStrategy"),
      (vIe = "stabilityStatus"),
      (Gz = "startTimeout"),
      (bD = "scalingTarget"),
      (DIe = "scalableTarget"),
      (Bz = "stopTimeout"),
      (wIe = "stopType"),
      (Hz = "serviceUrl"),
      (IIe = "streamUrl"),
      (bIe = "sourceVolume"),
      (PIe = "s3filesVolumeConfiguration"),
      (OIe = "s3"),
      (PD = "scale"),
      (OD = "scheme"),
      (NIe = "scope"),
      ($Ie = "server"),
      (ND = "secrets"),
      (Kt = "service"),
      ($D = "services"),
      (MIe = "session"),
      (Tl = "settings"),
      (MD = "setting"),
      (LIe = "size"),
      (Vz = "sort"),
      (G = "status"),
      (kIe = "statistics"),
      (UIe = "strategy"),
      (Th = "subnets"),
      (FIe = "swappiness"),
      (Lr = "type"),
      (vh = "taskArn"),
      (jz = "triggeredAlarmNames"),
      (GIe = "targetArn"),
      (BIe = "taskArns"),
      (HIe = "timeoutAction"),
      (VIe = "thresholdConfiguration"),
      (jIe = "targetCapacity"),
      (WIe = "targetConfiguration"),
      (zIe = "timeoutConfiguration"),
      (Jr = "taskDefinition"),
      (vl = "taskDefinitionArn"),
      (qIe = "taskDefinitionArns"),
      (KIe = "totalDrainingInstanceCount"),
      (JIe = "targetDaemonRevision"),
      (YIe = "targetDaemonRevisionArn"),
      (Wz = "taskDefinitions"),
      (QIe = "telemetryEndpoint"),
      (zz = "transitEncryptionPort"),
      (XIe = "transitEncryption"),
      (ZIe = "targetGroups"),
      (Dl = "targetGroupArn"),
      (ebe = "targetId"),
      (tbe = "timeoutInMinutes"),
      (rbe = "tagKeys"),
      (qz = "testListenerRule"),
      (obe = "testListenerRuleArn"),
      (nbe = "testListenerRuleArns"),
      (sbe = "totalLocalStorageGB"),
      (ibe = "totalMemoryInMiB"),
      (abe = "terminationPolicy"),
      (cbe = "totalResources"),
      (gs = "taskRoleArn"),
      (pbe = "totalRunningCount"),
      (lbe = "totalRunningInstanceCount"),
      (Ha = "taskSet"),
      (ube = "taskSetArn"),
      (mbe = "targetServiceRevision"),
      (dbe = "targetServiceRevisionArn"),
      (LD = "taskSets"),
      (Kz = "tagSpecifications"),
      (Dh = "targetType"),
      (wh = "testTrafficRules"),
      (fbe = "targetValue"),
      (gbe = "tokenValue"),
      (hbe = "totalWithoutDaemonCount"),
      (Sbe = "totalWithoutDaemonInstanceCount"),
      (ke = "tags"),
      (Va = "tasks"),
      (wl = "task"),
      (Jz = "threshold"),
      (Yz = "throughput"),
      (Qz = "timeout"),
      (_be = "tls"),
      (Xz = "tmpfs"),
      (Zz = "user"),
      (it = "updatedAt"),
      (xbe = "useLocalStorage"),
      (Ebe = "updateStatus"),
      (ybe = "updateStatusReason"),
      (Cbe = "unhealthyThresholdCount"),
      (eq = "ulimits"),
      (Rbe = "unit"),
      (Yr = "value"),
      (Abe = "versionConsistency"),
      (Tbe = "vCpuCount"),
      (ja = "volumeConfigurations"),
      (vbe = "volumesFrom"),
      (Dbe = "valueFrom"),
      (tq = "versionInfo"),
      (rq = "volumeInitializationRate"),
      (Il = "vpcLatticeConfigurations"),
      (oq = "volumeType"),
      (wbe = "values"),
      (nq = "version"),
      (Ih = "volumes"),
      (Ibe = "weight"),
      (kD = "webACLArn"),
      (sq = "workingDirectory"),
      (bbe = "withoutDaemonCount"),
      (Pbe = "withoutDaemonInstanceCount"),
      (qt = "xmlName"),
      (l = "com.amazonaws.ecs"),
      (iq = new Te($z)),
      (Obe = [-3, $z, "ECSServiceException", 0, [], []]);
    iq.registerError(Obe, fe);
    (Re = new Te(l)), (Nbe = [-3, l, Xme, { [De]: Pe, [Lve]: 403 }, [xe], [0]]);
    Re.registerError(Nbe, _g);
    $be = [-3, l, nde, { [De]: Pe }, [xe], [0]];
    Re.registerError($be, Mg);
    Mbe = [-3, l, yde, { [De]: Pe }, [xe], [0]];
    Re.registerError(Mbe, Kg);
    Lbe = [-3, l, jde, { [De]: Pe }, [xe], [0]];
    Re.registerError(Lbe, xg);
    kbe = [-3, l, Dde, { [De]: Pe }, [xe], [0]];
    Re.registerError(kbe, Dg);
    Ube = [-3, l, vde, { [De]: Pe }, [xe], [0]];
    Re.registerError(Ube, wg);
    Fbe = [-3, l, Nde, { [De]: Pe }, [xe], [0]];
    Re.registerError(Fbe, Ig);
    Gbe = [-3, l, $de, { [De]: Pe }, [xe], [0]];
    Re.registerError(Gbe, bg);
    Bbe = [-3, l, ife, { [De]: Pe }, [xe], [0]];
    Re.registerError(Bbe, Eg);
    Hbe = [-3, l, Kde, { [De]: Pe }, [Dwe, xe], [64, 0]];
    Re.registerError(Hbe, zg);
    Vbe = [-3, l, Rhe, { [De]: Pe }, [xe], [0]];
    Re.registerError(Vbe, Gg);
    jbe = [-3, l, Ahe, { [De]: Pe }, [xe], [0]];
    Re.registerError(jbe, Bg);
    Wbe = [-3, l, x_e, { [De]: Pe }, [xe], [0]];
    Re.registerError(Wbe, Hg);
    zbe = [-3, l, txe, { [De]: Pe }, [xe], [0]];
    Re.registerError(zbe, yg);
    qbe = [-3, l, Nxe, { [De]: Pe }, [xe], [0]];
    Re.registerError(qbe, Cg);
    Kbe = [-3, l, KEe, { [De]: Pe }, [xe], [0]];
    Re.registerError(Kbe, Lg);
    Jbe = [-3, l, o0e, { [De]: Pe }, [xe], [0]];
    Re.registerError(Jbe, vg);
    Ybe = [-3, l, n0e, { [De]: Pe }, [xe], [0]];
    Re.registerError(Ybe, kg);
    Qbe = [-3, l, w0e, { [De]: Pe }, [xe], [0]];
    Re.registerError(Qbe, jg);
    Xbe = [-3, l, b0e, { [De]: Pe }, [xe], [0]];
    Re.registerError(Xbe, Fg);
    Zbe = [-3, l, B0e, { [De]: Pe }, [xe], [0]];
    Re.registerError(Zbe, Og);
    ePe = [-3, l, H0e, { [De]: Pe }, [xe], [0]];
    Re.registerError(ePe, Vg);
    tPe = [-3, l, $ye, { [De]: $Ie }, [xe], [0]];
    Re.registerError(tPe, Rg);
    rPe = [-3, l, Oye, { [De]: Pe }, [xe], [0]];
    Re.registerError(rPe, Ug);
    oPe = [-3, l, Gye, { [De]: Pe }, [xe], [0]];
    Re.registerError(oPe, Wg);
    nPe = [-3, l, Bye, { [De]: Pe }, [xe], [0]];
    Re.registerError(nPe, $g);
    sPe = [-3, l, $Ce, { [De]: Pe }, [xe], [0]];
    Re.registerError(sPe, Pg);
    iPe = [-3, l, MCe, { [De]: Pe }, [xe], [0]];
    Re.registerError(iPe, Ng);
    aPe = [-3, l, BCe, { [De]: Pe }, [xe], [0]];
    Re.registerError(aPe, qg);
    cPe = [-3, l, _Re, { [De]: Pe }, [xe], [0]];
    Re.registerError(cPe, Ag);
    pPe = [-3, l, TRe, { [De]: Pe }, [xe], [0]];
    Re.registerError(pPe, Tg);
    (aq = [iq, Re]),
      (lPe = [0, l, Zye, 8, 0]),
      (uPe = [3, l, Yme, 0, [In, wn], [1, 1]]),
      (mPe = [3, l, gde, 0, [In, wn], [1, 1]]),
      (dPe = [3, l, Jme, 0, [Lv, fh, qz, xi], [0, 0, 0, 0]]),
      (fPe = [3, l, ede, 0, [Dn, te], [0, 0], 2]),
      (gPe = [3, l, tde, 0, [Lo, St, G], [0, 0, 0]]),
      (hPe = [3, l, Kme, 0, [xl, Lr, G, EW], [0, 0, 0, () => Fke]]),
      (SPe = [3, l, lde, 0, [XRe, G], [0, 0], 2]),
      (cq = [3, l, _de, 0, [Ce, Yr, Dh, ebe], [0, 0, 0, 0], 1]),
      (UD = [3, l, pde, 0, [SAe], [0]]),
      (pq = [3, l, mde, 0, [xAe, uz, mz, cz], [0, () => Dq, 0, 0], 1]),
      (_Pe = [3, l, dde, 0, [uz, mz, cz], [() => Dq, 0, 0]]),
      (xPe = [3, l, Sde, 0, [Th, DD, gAe], [64, 64, 0], 1]),
      (EPe = [3, l, Cde, 0, [In, wn], [1, 1]]),
      (yPe = [3, l, Tde, 0, [nTe, qAe], [1, 1]]),
      (bh = [
        3,
        l,
        pfe,
        0,
        [sTe, Ce, te, G, Mv, dD, Ebe, ybe, ke, Lr],
        [0, 0, 0, 0, () => pq, [() => mMe, 0], 0, 0, () => Ue, 0],
      ]),
      (CPe = [3, l, ufe, 0, [gl, Ibe, $Ae], [0, 1, 1], 1]),
      (lq = [3, l, ffe, 0, [Twe, Pwe], [0, 0]]),
      (Wa = [
        3,
        l,
        Rde,
        0,
        [St, dW, Pa, G, Cwe, Pz, yz, _Ae, kIe, ke, Tl, hi, jv, ml, CAe, TD],
        [0, 0, () => FD, 0, 1, 1, 1, 1, () => X1e, () => Ue, () => Fh, 64, () => ko, () => ew, 0, () => RPe],
      ]),
      (FD = [3, l, Mde, 0, [KTe, jDe], [() => FNe, () => EMe]]),
      (RPe = [3, l, Sfe, 0, [yl], [0]]),
      (uq = [3, l, _fe, 0, [yl], [0], 1]),
      (APe = [3, l, gfe, 0, [Ce, Yr], [0, 0]]),
      (TPe = [
        3,
        l,
        Pfe,
        0,
        [uW, vh, Ce, La, ah, yD, uD, Jv, nn, fD, twe, sD, az, ao, Kr, uh, Rve, ewe, Ive],
        [0, 0, 0, 0, 0, 0, 0, 1, 0, () => nw, () => N1e, 0, () => T1e, 0, 0, 0, 64, 64, () => Zq],
      ]),
      (vPe = [
        3,
        l,
        kde,
        0,
        [
          Ce,
          La,
          xD,
          ao,
          Kr,
          uh,
          aDe,
          uwe,
          FW,
          wz,
          MW,
          Oa,
          rh,
          Yv,
          lz,
          vbe,
          nz,
          ND,
          DW,
          Gz,
          Bz,
          Abe,
          WW,
          Zz,
          sq,
          ATe,
          gz,
          bz,
          NTe,
          $Te,
          YTe,
          LTe,
          ph,
          Ez,
          RTe,
          eq,
          lh,
          rD,
          Lz,
          Iz,
          BW,
          aTe,
        ],
        [
          0,
          0,
          [() => Iq, 0],
          1,
          1,
          1,
          64,
          () => M1e,
          2,
          () => mq,
          64,
          64,
          [() => Gh, 0],
          () => tw,
          () => Vq,
          () => eUe,
          () => R$e,
          () => Vh,
          () => Lq,
          1,
          1,
          0,
          0,
          0,
          0,
          2,
          2,
          2,
          64,
          64,
          () => x1e,
          64,
          2,
          2,
          128,
          () => Qq,
          () => YD,
          () => xq,
          () => zq,
          () => Wq,
          () => Sq,
          64,
        ],
      ]),
      (DPe = [3, l, Gde, 0, [rn, gTe], [0, 0], 2]),
      (wPe = [3, l, Xde, 0, [rn, ah, La], [0, 0, 0]]),
      (Ph = [
        3,
        l,
        efe,
        0,
        [Fv, QTe, fW, nq, tq, Nwe, $we, G, xt, eAe, Pz, yz, DAe, cs, xh, ml, ke, sD, yve],
        [
          0,
          0,
          0,
          1,
          () => Nq,
          () => Ov,
          () => Ov,
          0,
          0,
          2,
          1,
          1,
          0,
          () => hs,
          4,
          () => ew,
          () => Ue,
          () => IPe,
          () => _1e,
        ],
      ]),
      (IPe = [3, l, Zde, 0, [iwe, EW], [0, () => R1e]]),
      (bPe = [
        3,
        l,
        afe,
        0,
        [Ce, Oa, rh, Yv, ao, Kr, uh, Iz],
        [0, 64, [() => Gh, 0], () => tw, 1, 1, 1, () => Wq],
      ]),
      (mq = [3, l, dfe, 0, [kW, Kve, _we], [2, 65, 1], 1]),
      (PPe = [3, l, hfe, 0, [rn, ah, yD, Jv, fD, nn, G], [0, 0, 0, 1, () => nw, 0, 0]]),
      (OPe = [3, l, yfe, 0, [Fa, qW, pW], [0, 0, 0], 2]),
      (NPe = [3, l, Cfe, 0, [Fa], [0]]),
      ($Pe = [3, l, Ide, 0, [Ce, te, Mv, dD, ke], [0, 0, () => pq, [() => jPe, 0], () => Ue], 1]),
      (MPe = [3, l, bde, 0, [gl], [[() => bh, 0]]]),
      (LPe = [
        3,
        l,
        Pde,
        0,
        [dW, ke, Tl, Pa, hi, jv, TD],
        [0, () => Ue, () => Fh, () => FD, 64, () => ko, () => uq],
      ]),
      (kPe = [3, l, Ode, 0, [te], [() => Wa]]),
      (UPe = [
        3,
        l,
        Ude,
        0,
        [AW, Na, Gv, St, Si, ke, Mr, ls, vn, Sl, Vv],
        [0, 0, 64, 0, () => GD, () => Ue, 0, 2, 2, 0, 2],
        3,
      ]),
      (FPe = [3, l, Fde, 0, [Mo, G, We, Zg], [0, 0, 4, 0]]),
      (dq = [3, l, Ade, 0, [FAe, OAe], [4, 4]]),
      (GPe = [
        3,
        l,
        zde,
        0,
        [ms, us, Ga, te, _l, gD, gs, Nt, ao, Kr, dl, bD, ke, vl],
        [0, 0, 0, 0, 0, [() => jD, 0], 0, () => zD, 0, 0, 0, () => WD, () => Ue, 0],
        1,
      ]),
      (BPe = [3, l, qde, 0, [Kt], [[() => VD, 0]]]),
      (HPe = [3, l, Yde, 0, [Ce, ms, Pa, Sl, zv, ke, Mr], [0, 0, () => rUe, [0, 4], 2, () => Ue, 0], 3]),
      (VPe = [3, l, Qde, 0, [Lo, Ce, G], [0, 0, 0]]),
      (jPe = [3, l, nfe, 0, [ms, aD, Mr, cD, $v], [0, [() => yq, 0], 0, () => JD, () => UD], 2]),
      (WPe = [
        3,
        l,
        Rfe,
        0,
        [
          Ga,
          te,
          Jr,
          kv,
          _i,
          Ba,
          eh,
          Sl,
          on,
          ps,
          bn,
          Hwe,
          Si,
          Ua,
          Sh,
          Nt,
          oD,
          ID,
          Wv,
          ke,
          ls,
          Mr,
          vn,
          Rh,
          ja,
          Il,
          eD,
          El,
        ],
        [
          0,
          0,
          0,
          0,
          () => za,
          () => qa,
          1,
          0,
          0,
          () => ko,
          0,
          0,
          () => Oh,
          () => Bh,
          () => Hh,
          () => Pn,
          1,
          0,
          () => BD,
          () => Ue,
          2,
          0,
          2,
          () => Lh,
          () => jh,
          () => Wh,
          () => rw,
          () => QD,
        ],
        1,
      ]),
      (zPe = [3, l, Afe, 0, [Kt], [() => Mh]]),
      (qPe = [
        3,
        l,
        wfe,
        0,
        [Kt, te, Jr, NW, Nt, _i, Ba, on, ps, bn, PD, Sl, ke],
        [0, 0, 0, 0, () => Pn, () => za, () => qa, 0, () => ko, 0, () => XD, 0, () => Ue],
        3,
      ]),
      (KPe = [3, l, Ife, 0, [Ha], [() => bl]]),
      (JPe = [3, l, Mfe, 0, [Jg, oh], [64, 2]]),
      (YPe = [3, l, tge, 0, [st, Eh, bbe], [0, 1, 1]]),
      (QPe = [3, l, Vfe, 0, [HW, G, Jz], [1, 0, 1]]),
      (XPe = [
        3,
        l,
        Wfe,
        0,
        [
          La,
          Ce,
          Kr,
          uh,
          xD,
          rD,
          ao,
          FW,
          MW,
          Oa,
          sq,
          Yv,
          rh,
          ND,
          bz,
          lz,
          lh,
          BW,
          gz,
          Zz,
          eq,
          nz,
          DW,
          Gz,
          Bz,
          Lz,
          ph,
          Ez,
          wz,
        ],
        [
          0,
          0,
          1,
          1,
          [() => Iq, 0],
          () => xq,
          1,
          2,
          64,
          64,
          0,
          () => tw,
          [() => Gh, 0],
          () => Vh,
          2,
          () => Vq,
          () => YD,
          () => Sq,
          2,
          0,
          () => Qq,
          () => sOe,
          () => Lq,
          1,
          1,
          () => zq,
          2,
          2,
          () => mq,
        ],
        1,
      ]),
      (ZPe = [3, l, qfe, 0, [rn, ah, La], [0, 0, 0]]),
      (eOe = [
        3,
        l,
        hge,
        0,
        [RW, St, G, xt, JIe, Zwe, zAe, Qg, yh, Si, We, Ei, Ch, nh],
        [0, 0, 0, 0, () => fq, () => Qke, () => QPe, () => tOe, () => cOe, () => GD, 4, 4, 4, 4],
      ]),
      (tOe = [3, l, Sge, 0, [G, Jg, jz], [0, 64, 64]]),
      (rOe = [3, l, xge, 0, [st, wwe, Pbe, CTe], [0, 1, 1, 1]]),
      (GD = [3, l, _ge, 0, [ITe, Qg, lW], [1, () => JPe, 1]]),
      (fq = [3, l, vge, 0, [st, hi, lbe, Sbe, KIe], [0, () => Jke, 1, 1, 1]]),
      (oOe = [3, l, $ge, 0, [RW, Mo, St, G, xt, YIe, We, Ei, Ch, nh], [0, 0, 0, 0, 0, 0, 4, 4, 4, 4]]),
      (nOe = [3, l, Hge, 0, [Mo, St, G, iTe, Zg, We, it], [0, 0, 0, () => Zke, 0, 4, 4]]),
      (sOe = [3, l, Che, 0, [SW, bW, ZW, Xz], [() => Rq, () => Gq, 2, () => Yq]]),
      (iOe = [
        3,
        l,
        whe,
        0,
        [PTe, St, Mo, Na, We, mW, Mr, ls, vn, Vv],
        [0, 0, 0, 0, 4, () => Kke, 0, 2, 2, 2],
      ]),
      (aOe = [3, l, Ihe, 0, [st, hi, pbe, hbe], [0, () => qke, 1, 1]]),
      (cOe = [3, l, Phe, 0, [nn, Ei, Fwe, Rwe], [0, 4, 0, 64]]),
      (pOe = [3, l, Nhe, 0, [Mo, G, We, it], [0, 0, 4, 4]]),
      (lOe = [
        3,
        l,
        Khe,
        0,
        [Na, $a, RD, gs, us, Xg, Ih, ao, Kr, G, xh, qv, _D, gh, ch],
        [0, 0, 1, 0, 0, [() => Uq, 0], () => Fq, 0, 0, 0, 4, 4, 0, 0, 0],
      ]),
      (uOe = [3, l, tSe, 0, [st, xh, _D, qv, G], [0, 4, 0, 4, 0]]),
      (mOe = [3, l, fSe, 0, [Ce, YW, dDe], [0, () => Eq, () => sMe]]),
      (dOe = [3, l, Ffe, 0, [Ce, dh], [0, 0], 1]),
      (fOe = [3, l, Gfe, 0, [MD], [() => kh]]),
      (gOe = [3, l, Lfe, 0, [cs, te], [() => hs, 0], 1]),
      (hOe = [3, l, kfe, 0, [cs], [() => hs]]),
      (SOe = [3, l, oge, 0, [gl, te], [0, 0], 1]),
      (_Oe = [3, l, nge, 0, [gl], [[() => bh, 0]]]),
      (xOe = [3, l, pge, 0, [te], [0], 1]),
      (EOe = [3, l, lge, 0, [te], [() => Wa]]),
      (yOe = [3, l, Tge, 0, [Mo], [0], 1]),
      (COe = [3, l, bge, 0, [Mo, G, We, it, Zg], [0, 0, 4, 4, 0]]),
      (ROe = [3, l, kge, 0, [Kv], [0], 1]),
      (AOe = [3, l, Uge, 0, [Na], [0]]),
      (TOe = [3, l, zge, 0, [ho], [0], 1]),
      (vOe = [3, l, qge, 0, [Kt], [[() => VD, 0]]]),
      (DOe = [3, l, she, 0, [Dn], [0], 1]),
      (wOe = [3, l, lhe, 0, [Lo, Ce, G], [0, 0, 0]]),
      (IOe = [3, l, Uhe, 0, [Kt, te, Zv], [0, 0, 2], 1]),
      (bOe = [3, l, Bhe, 0, [Kt], [() => Mh]]),
      (POe = [3, l, Jhe, 0, [Wz], [64], 1]),
      (OOe = [3, l, Yhe, 0, [Wz, Ot], [[() => Z1e, 0], () => Jt]]),
      (NOe = [3, l, pSe, 0, [te, Kt, Ha, Zv], [0, 0, 0, 2], 3]),
      ($Oe = [3, l, lSe, 0, [Ha], [() => bl]]),
      (MOe = [
        3,
        l,
        Nfe,
        0,
        [xl, G, Jr, eh, hD, Eh, uve, We, it, ps, on, bn, Cl, Nt, Mwe, Lwe, Rh, Kwe, ja, sh, Il],
        [
          0,
          0,
          0,
          1,
          1,
          1,
          1,
          4,
          4,
          () => ko,
          0,
          0,
          0,
          () => Pn,
          0,
          0,
          () => Lh,
          () => B1e,
          () => jh,
          () => HD,
          () => Wh,
        ],
      ]),
      (LOe = [3, l, $fe, 0, [Jg, yh, oh], [64, 2, 2], 3]),
      (kOe = [3, l, jfe, 0, [oh, yh, bwe, VIe], [2, 2, 2, () => JLe], 2]),
      (Oh = [
        3,
        l,
        Hfe,
        0,
        [yW, VDe, FDe, Qg, UIe, lW, SDe, uDe, JAe, rve],
        [() => kOe, 1, 1, () => LOe, 0, 1, () => n1e, () => C$e, () => yPe, () => UOe],
      ]),
      (BD = [3, l, dge, 0, [Lr], [0], 1]),
      (UOe = [3, l, Xge, 0, [oh, Uve, RIe], [2, 1, 0], 1]),
      (HD = [3, l, Qge, 0, [ka], [0]]),
      (FOe = [3, l, She, 0, [Dh, Bve, xi, ADe, Mve, zIe], [0, 0, 0, 64, 15, () => BOe]]),
      (GOe = [3, l, _he, 0, [qW, Dh, GIe, G, qTe, HIe], [0, 0, 0, 0, 4, 0]]),
      (BOe = [3, l, yhe, 0, [tbe, pW], [1, 0]]),
      (HOe = [3, l, Kfe, 0, [gi, te, Zv], [0, 0, 2], 1]),
      (VOe = [3, l, Jfe, 0, [gi], [() => Ph]]),
      (jOe = [3, l, Qhe, 0, [Jr], [0], 1]),
      (WOe = [3, l, Xhe, 0, [Jr], [[() => Uh, 0]]]),
      (zOe = [3, l, sge, 0, [hi, te, ds, _t, ge], [64, 0, 64, 1, 0]]),
      (qOe = [3, l, ige, 0, [hi, Ot, ge], [[() => Gke, 0], () => Jt, 0]]),
      (KOe = [3, l, uge, 0, [_W, ds], [64, 64]]),
      (JOe = [3, l, mge, 0, [_W, Ot], [() => Bke, () => Jt]]),
      (YOe = [3, l, Yfe, 0, [fl, te, ds], [64, 0, 64], 1]),
      (QOe = [3, l, Qfe, 0, [fl, Ot], [() => kq, () => Jt]]),
      (XOe = [3, l, Cge, 0, [yTe], [64], 1]),
      (ZOe = [3, l, Rge, 0, [Ot, CW], [() => Jt, () => Yke]]),
      (eNe = [3, l, Pge, 0, [Mo], [0], 1]),
      (tNe = [3, l, Oge, 0, [BTe], [() => nOe]]),
      (rNe = [3, l, wge, 0, [OTe], [64], 1]),
      (oNe = [3, l, Ige, 0, [bTe, Ot], [() => e1e, () => Jt]]),
      (nNe = [3, l, Fge, 0, [Kv], [0], 1]),
      (sNe = [3, l, Gge, 0, [Kv], [[() => lOe, 0]]]),
      (iNe = [3, l, Kge, 0, [ho, ds], [0, 64], 1]),
      (aNe = [3, l, Jge, 0, [Kt], [[() => VD, 0]]]),
      (cNe = [
        3,
        l,
        ehe,
        0,
        [Nt, OD, Nv, kD, Rl, _h, mD, BAe, nD, wh],
        [() => _q, 0, () => KD, 0, 1, 0, 1, 1, 0, () => qD],
      ]),
      (pNe = [3, l, uhe, 0, [Dn], [0], 1]),
      (lNe = [3, l, ihe, 0, [Dn, _t, ge], [0, 1, 0], 1]),
      (uNe = [3, l, ahe, 0, [Tve, ge], [() => s$e, 0]]),
      (mNe = [3, l, mhe, 0, [Dn], [() => KNe]]),
      (dNe = [3, l, che, 0, [ih], [0], 1]),
      (fNe = [3, l, phe, 0, [Dve], [() => i$e]]),
      (gNe = [3, l, Mhe, 0, [Xwe], [64], 1]),
      (hNe = [3, l, Lhe, 0, [Uz, Ot], [() => V1e, () => Jt]]),
      (SNe = [3, l, Fhe, 0, [gIe], [64], 1]),
      (_Ne = [3, l, Ghe, 0, [hIe, Ot], [() => q1e, () => Jt]]),
      (xNe = [3, l, Hhe, 0, [$D, te, ds], [64, 0, 64], 1]),
      (ENe = [3, l, Vhe, 0, [$D, Ot], [() => Y1e, () => Jt]]),
      (yNe = [3, l, Zhe, 0, [Jr, ds], [0, 64], 1]),
      (CNe = [3, l, eSe, 0, [Jr, ke], [[() => Uh, 0], () => Ue]]),
      (RNe = [3, l, uSe, 0, [te, Kt, LD, ds], [0, 0, 64, 64], 2]),
      (ANe = [3, l, mSe, 0, [LD, Ot], [() => Kq, () => Jt]]),
      (TNe = [3, l, iSe, 0, [Va, te, ds], [64, 0, 64], 1]),
      (vNe = [3, l, aSe, 0, [Va, Ot], [[() => sw, 0], () => Jt]]),
      (DNe = [3, l, SSe, 0, [Gve, Bv, gwe], [0, 0, 64], 1]),
      (wNe = [3, l, ohe, 0, [Dn, te], [0, 0], 2]),
      (INe = [3, l, nhe, 0, [Lo, St, G], [0, 0, 0]]),
      (bNe = [3, l, vhe, 0, [gi, te], [0, 0]]),
      (PNe = [3, l, Dhe, 0, [Qv, QIe, qwe], [0, 0, 0]]),
      (ONe = [3, l, gSe, 0, [NIe, NAe, PW, wTe, IDe], [0, 2, 0, 128, 128]]),
      (NNe = [3, l, xSe, 0, [Uwe, ke, Mr], [0, () => Ue, 0], 1]),
      (VD = [
        3,
        l,
        vSe,
        0,
        [te, Ga, ho, ms, G, ZAe, tAe, ke, We, it],
        [0, 0, 0, 0, () => hq, 0, [() => c1e, 0], () => Ue, 4, 4],
      ]),
      ($Ne = [
        3,
        l,
        DSe,
        0,
        [XW, RAe, NDe, xIe, fDe, xve],
        [() => w1e, () => pMe, () => b1e, () => Hq, () => I1e, () => u1e],
      ]),
      (MNe = [3, l, ISe, 0, [hAe, oDe], [0, 0]]),
      (LNe = [3, l, bSe, 0, [VW, ED, XIe, zz, cW], [0, 0, 0, 1, () => MNe], 1]),
      (kNe = [3, l, NSe, 0, [lD, pD, rIe, vve], [0, 0, 0, 64]]),
      (UNe = [3, l, wSe, 0, [Yr, Lr], [0, 0], 2]),
      (Nh = [3, l, jSe, 0, [Ah], [1], 1]),
      (FNe = [3, l, CSe, 0, [ka, PDe, lh], [0, 0, () => GNe]]),
      (GNe = [3, l, RSe, 0, [uTe, lTe, Wwe, eIe, iIe], [0, 2, 0, 2, 0]]),
      (BNe = [3, l, ASe, 0, [Oa, ph, wl, te, STe], [0, 2, 0, 0, 0], 3]),
      (HNe = [3, l, TSe, 0, [St, uW, rn, ph, MIe, vh], [0, 0, 0, 2, [() => DLe, 0], 0]]),
      (jD = [
        3,
        l,
        OSe,
        0,
        [La, hl, aAe, xD, Oa, rh, ND],
        [0, 1, () => jNe, () => VNe, 64, [() => Gh, 0], () => Vh],
        1,
      ]),
      (VNe = [3, l, $Se, 0, [Hv], [0]]),
      (WD = [3, l, BSe, 0, [JDe, YDe, EAe, yAe], [1, 1, 0, 1]]),
      (jNe = [3, l, LSe, 0, [hDe, CDe], [0, 0], 2]),
      (gq = [
        3,
        l,
        kSe,
        0,
        [wD, us, gs, vl, ao, Kr, dl, Nt, _l, gD, bD, XW, We],
        [0, 0, 0, 0, 0, 0, 0, () => zD, 0, [() => jD, 0], () => WD, () => y1e, 4],
      ]),
      (zD = [3, l, FSe, 0, [DD, Th], [64, 64]]),
      (hq = [3, l, GSe, 0, [Ywe, xt], [0, 0]]),
      (WNe = [3, l, zSe, 0, [st, nn, jTe], [0, 0, 0]]),
      (Sq = [3, l, qSe, 0, [Lr, fz], [0, 128], 1]),
      (zNe = [3, l, KSe, 0, [Hv, WTe], [0, 0], 2]),
      (qNe = [3, l, JSe, 0, [VW, ED, cW], [0, 0, () => zNe], 3]),
      (KNe = [
        3,
        l,
        QSe,
        0,
        [Lo, Ce, G, xt, Ot, ms, zv, Pa, Yg, Mr, ke, We, it],
        [0, 0, 0, 0, () => d1e, 0, 2, () => tUe, 0, 0, () => Ue, 4, 4],
      ]),
      (qD = [3, l, XSe, 0, [JW], [() => u$e]]),
      (JNe = [3, l, r_e, 0, [Lo, St, G], [0, 0, 0]]),
      (YNe = [3, l, ZSe, 0, [Lo, ih, hh, Hz, Yg, G, AD], [0, 0, 0, 0, 0, 0, () => oUe]]),
      (QNe = [3, l, e_e, 0, [iW, lD, pDe, pD, sz, obe, Dl, Lv], [0, 0, 64, 0, 0, 0, 0, 0]]),
      (XNe = [3, l, l_e, 0, [hh, rD, fve], [0, () => e$e, () => ZNe], 1]),
      (ZNe = [3, l, n_e, 0, [TAe], [64]]),
      (e$e = [3, l, s_e, 0, [Ove, zW, _l, Nve, Pve, Hve, Cbe, QDe], [0, 1, 0, 1, 1, 1, 1, () => t$e]]),
      (t$e = [3, l, i_e, 0, [$ve, Eve], [0, 0]]),
      (KD = [3, l, f_e, 0, [VTe], [() => nUe]]),
      (r$e = [3, l, h_e, 0, [GAe, hwe], [0, 0], 1]),
      (_q = [3, l, S_e, 0, [tz, Th, Wve], [0, 64, 0]]),
      (o$e = [3, l, E_e, 0, [cwe, dTe, xe], [0, 0, 0]]),
      (n$e = [3, l, T_e, 0, [st, nve], [0, () => m1e]]),
      (s$e = [3, l, C_e, 0, [Lo, AD], [0, () => sUe]]),
      (i$e = [3, l, O_e, 0, [ih, ho, vD, G, Hz, AD], [0, 0, 0, 0, 0, () => iUe]]),
      (a$e = [3, l, R_e, 0, [iW, lD, pD, sz, nbe, oz, EIe], [0, 0, 0, 0, 64, () => g1e, 0]]),
      (c$e = [3, l, D_e, 0, [st, ywe], [0, 64]]),
      (p$e = [3, l, b_e, 0, [ih, Lo, St, ho, vD, G], [0, 0, 0, 0, 0, 0]]),
      (l$e = [3, l, N_e, 0, [Lo, Ce, G, We], [0, 0, 0, 4]]),
      (u$e = [3, l, U_e, 0, [Ce, wbe], [0, 64], 2]),
      (m$e = [3, l, L_e, 0, [te, Va], [0, 64], 1]),
      (d$e = [3, l, k_e, 0, [Rz, Ot], [() => jq, () => Jt]]),
      (f$e = [3, l, m_e, 0, [Ave, cIe, ibe, Iwe, YAe], [0, 0, 1, 1, 1]]),
      (xq = [3, l, F_e, 0, [Oa, nDe, Qz, Bwe, mIe], [64, 1, 1, 1, 1], 1]),
      (g$e = [3, l, G_e, 0, [WW, Vve], [0, 0], 2]),
      (h$e = [
        3,
        l,
        H_e,
        0,
        [Nt, OD, kD, Nv, Rl, _h, mD, nD, wh],
        [() => _q, 0, 0, () => KD, 1, 0, 1, 0, () => qD],
      ]),
      (Eq = [3, l, V_e, 0, [dIe], [0]]),
      (S$e = [3, l, j_e, 0, [TW, IW], [0, 0], 2]),
      (_$e = [3, l, W_e, 0, [TW, IW], [0, 0]]),
      (JD = [3, l, exe, 0, [nIe], [1]]),
      (x$e = [3, l, rxe, 0, [Yg, Qv], [0, 0], 2]),
      (E$e = [3, l, Y_e, 0, [Lr, G, xt, DDe, yDe], [0, 0, 0, 4, 4]]),
      (yq = [
        3,
        l,
        X_e,
        0,
        [$W, Nt, kz, iz, El, oTe, QW, ez, ave, hW],
        [0, () => Tq, () => vq, () => Aq, 0, 0, 2, [() => Cq, 0], 2, () => lq],
        2,
      ]),
      (y$e = [
        3,
        l,
        Z_e,
        0,
        [$W, Nt, kz, QW, iz, El, ez, hW],
        [0, () => Tq, () => vq, 2, () => Aq, 0, [() => Cq, 0], () => lq],
      ]),
      (Cq = [
        3,
        l,
        nxe,
        0,
        [
          Tbe,
          GDe,
          tTe,
          UDe,
          ZTe,
          Jve,
          pIe,
          swe,
          kAe,
          UAe,
          vwe,
          rwe,
          vDe,
          RDe,
          sbe,
          MAe,
          vAe,
          rAe,
          pAe,
          lAe,
          AAe,
          ZDe,
          iAe,
          WDe,
        ],
        [
          () => bke,
          () => RMe,
          [() => zke, { [qt]: ofe }],
          () => CMe,
          [() => a1e, { [qt]: HSe }],
          [() => C1e, { [qt]: K_e }],
          1,
          1,
          0,
          0,
          2,
          () => IMe,
          0,
          [() => A1e, { [qt]: Zxe }],
          () => XLe,
          () => EPe,
          [() => kke, { [qt]: fde }],
          () => uPe,
          [() => Mke, { [qt]: sde }],
          [() => Lke, { [qt]: ade }],
          () => mPe,
          () => vMe,
          [() => Uke, { [qt]: rde }],
          1,
        ],
        2,
      ]),
      (Rq = [3, l, sxe, 0, [PAe, zTe], [64, 64]]),
      ($h = [3, l, ixe, 0, [Ce, Yr], [0, 0]]),
      (C$e = [3, l, gxe, 0, [fIe, zwe], [1, 1]]),
      (R$e = [3, l, Vxe, 0, [SW, bW, ZW, lIe, Xz, KDe, FIe], [() => Rq, () => Gq, 2, 1, () => Yq, 1, 1]]),
      (A$e = [3, l, uxe, 0, [Ce, Yr, dh, tve, ge, _t], [0, 0, 0, 2, 0, 1]]),
      (T$e = [3, l, mxe, 0, [Tl, ge], [() => Q1e, 0]]),
      (v$e = [3, l, cxe, 0, [Dh, te, uAe, wAe, ge, _t], [0, 0, 0, 0, 0, 1], 1]),
      (D$e = [3, l, pxe, 0, [cs, ge], [() => hs, 0]]),
      (w$e = [3, l, xxe, 0, [ge, _t], [0, 1]]),
      (I$e = [3, l, Exe, 0, [VAe, ge], [64, 0]]),
      (b$e = [3, l, Sxe, 0, [te, hve, ge, _t, G], [0, 0, 0, 1, 0]]),
      (P$e = [3, l, _xe, 0, [eTe, ge], [64, 0]]),
      (O$e = [3, l, Txe, 0, [Mo, G, We, _t, ge], [0, 64, () => dq, 1, 0], 1]),
      (N$e = [3, l, vxe, 0, [ge, CW], [0, () => Xke]]),
      ($$e = [3, l, Dxe, 0, [St, Gv, _t, ge], [0, 64, 1, 0]]),
      (M$e = [3, l, wxe, 0, [MTe, ge], [() => t1e, 0]]),
      (L$e = [3, l, bxe, 0, [Xv, $a, RD, G, Vz, ge, _t], [0, 0, 0, 0, 0, 0, 1]]),
      (k$e = [3, l, Pxe, 0, [kTe, ge], [() => r1e, 0]]),
      (U$e = [3, l, Lxe, 0, [Dn, te, G, _t, ge], [0, 0, 64, 1, 0]]),
      (F$e = [3, l, kxe, 0, [_ve, ge], [() => p1e, 0]]),
      (G$e = [3, l, Fxe, 0, [Dn, te, Kt, vD, G, _t, ge], [0, 0, 0, 0, 64, 1, 0]]),
      (B$e = [3, l, Gxe, 0, [wve, ge], [() => h1e, 0]]),
      (H$e = [3, l, Uxe, 0, [nwe, G, _t, ge], [64, 64, 1, 0]]),
      (V$e = [3, l, Bxe, 0, [bve, ge], [() => S1e, 0]]),
      (j$e = [3, l, Jxe, 0, [Kt, te, G, We, ge, _t], [0, 0, 64, () => dq, 0, 1], 1]),
      (W$e = [3, l, Yxe, 0, [Uz, ge], [() => j1e, 0]]),
      (z$e = [3, l, zxe, 0, [yl, ge, _t], [0, 0, 1], 1]),
      (q$e = [3, l, qxe, 0, [Mz, ge], [64, 0]]),
      (K$e = [3, l, Qxe, 0, [te, ge, _t, on, ID, vz], [0, 0, 1, 0, 0, 0]]),
      (J$e = [3, l, Xxe, 0, [Mz, ge], [64, 0]]),
      (Y$e = [3, l, pEe, 0, [SD], [0], 1]),
      (Q$e = [3, l, lEe, 0, [ke], [() => Ue]]),
      (X$e = [3, l, nEe, 0, [Xv, G, ge, _t], [0, 0, 0, 1]]),
      (Z$e = [3, l, sEe, 0, [dve, ge], [64, 0]]),
      (eMe = [3, l, iEe, 0, [Xv, G, Vz, ge, _t], [0, 0, 0, 0, 1]]),
      (tMe = [3, l, aEe, 0, [qIe, ge], [64, 0]]),
      (rMe = [3, l, uEe, 0, [te, gi, $a, ge, _t, Al, Ga, wW, on, AW], [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]]),
      (oMe = [3, l, mEe, 0, [BIe, ge], [64, 0]]),
      (nMe = [3, l, dxe, 0, [Dl, cDe, rn, hl, aW], [0, 0, 0, 1, () => dPe]]),
      (YD = [3, l, Cxe, 0, [mDe, fz, uIe], [0, 128, () => Vh], 1]),
      (sMe = [3, l, Oxe, 0, [PW], [0], 1]),
      (iMe = [3, l, dEe, 0, [EDe, Ce, nn, uD], [4, 0, 0, 0]]),
      (aMe = [3, l, SEe, 0, [rn, ODe, G, nn], [0, 0, 0, 0], 3]),
      (cMe = [3, l, fEe, 0, [G, it, fwe, fbe, XDe, st, xt], [0, 4, 0, 1, 0, 0, 0], 5]),
      (pMe = [3, l, hEe, 0, [DIe, ZRe], [() => _Me, () => D1e]]),
      (lMe = [3, l, EEe, 0, [G, it, vTe, st, xt], [0, 4, 0, 0, 0], 3]),
      (uMe = [
        3,
        l,
        DEe,
        0,
        [Yg, Qv, lDe, oz, mTe, bDe, Vwe, ZIe],
        [0, 0, () => gMe, () => Hq, () => lMe, () => dMe, () => fMe, () => P1e],
        2,
      ]),
      (Aq = [3, l, TEe, 0, [xbe], [2]]),
      (Tq = [3, l, vEe, 0, [Th, DD], [64, 64]]),
      (mMe = [3, l, wEe, 0, [ms, aD, Mr, cD, $v], [0, [() => yq, 0], 0, () => JD, () => UD]]),
      (vq = [3, l, bEe, 0, [yIe], [1]]),
      (dMe = [3, l, PEe, 0, [G, it, st, xt], [0, 4, 0, 0], 2]),
      (fMe = [3, l, MEe, 0, [G, it, st, xt], [0, 4, 0, 0], 2]),
      (gMe = [3, l, OEe, 0, [G, it, OD, st, xt, oIe, tIe], [0, 4, 0, 0, 0, 64, 64], 3]),
      (hMe = [3, l, NEe, 0, [G, it, gDe, st, xt], [0, 4, 0, 0, 0], 3]),
      (SMe = [3, l, LEe, 0, [G, it, st, xt], [0, 4, 0, 0], 2]),
      (_Me = [3, l, WEe, 0, [G, it, $De, LDe, st, xt], [0, 4, 1, 1, 0, 0], 4]),
      (Dq = [3, l, BEe, 0, [G, jIe, zDe, qDe, rDe], [0, 1, 1, 1, 1]]),
      (xMe = [3, l, VEe, 0, [G, it, st, xt], [0, 4, 0, 0], 2]),
      (EMe = [3, l, HEe, 0, [ka, cve], [0, 0]]),
      (yMe = [3, l, zEe, 0, [G, it, _l, zW, Rl, st, xt], [0, 4, 0, 1, 1, 0, 0], 5]),
      (CMe = [3, l, AEe, 0, [In, wn], [1, 1]]),
      (RMe = [3, l, UEe, 0, [In, wn], [1, 1], 1]),
      (AMe = [3, l, CEe, 0, [BDe, kwe], [64, 1], 2]),
      (QD = [3, l, REe, 0, [kDe], [() => O1e]]),
      (TMe = [3, l, FEe, 0, [bIe, Bv, Dz], [0, 0, 2]]),
      (vMe = [3, l, YEe, 0, [In, wn], [1, 1]]),
      (DMe = [3, l, JEe, 0, [LAe, hl, KW, _h, gW, Fve], [0, 1, 1, 0, 0, 0]]),
      (Pn = [3, l, XEe, 0, [oAe], [() => xPe]]),
      (wMe = [3, l, ZEe, 0, [sAe, lwe, zve], [0, 0, 0]]),
      (IMe = [3, l, e0e, 0, [In, wn], [1, 1]]),
      (bMe = [3, l, r0e, 0, [Kr, MDe], [1, 1], 1]),
      (PMe = [3, l, f0e, 0, [Lr, GW], [0, 0]]),
      (OMe = [3, l, T0e, 0, [Lr, gve], [0, 0]]),
      (NMe = [3, l, y0e, 0, [xl, Lr], [0, 0], 2]),
      ($Me = [3, l, R0e, 0, [hl, KW, _h, Ce, mAe, gW], [1, 1, 0, 0, 0, 0]]),
      (MMe = [3, l, D0e, 0, [vh, Sz, JTe], [0, 2, 4]]),
      (wq = [3, l, E0e, 0, [rn, Lr, Swe], [0, 0, () => L1e], 1]),
      (LMe = [3, l, l0e, 0, [Ce, Yr], [0, 0], 2]),
      (kMe = [3, l, u0e, 0, [MD], [() => kh]]),
      (UMe = [3, l, m0e, 0, [Ce, Yr, dh], [0, 0, 0], 2]),
      (FMe = [3, l, d0e, 0, [MD], [() => kh]]),
      (GMe = [3, l, i0e, 0, [cs, te], [() => hs, 0], 1]),
      (BMe = [3, l, a0e, 0, [cs], [() => hs]]),
      (HMe = [3, l, h0e, 0, [te, hi, jv], [0, 64, () => ko], 3]),
      (VMe = [3, l, S0e, 0, [te], [() => Wa]]),
      (jMe = [
        3,
        l,
        M0e,
        0,
        [te, Yve, Qve, cbe, tq, Fv, cs, pwe, ke],
        [0, 0, 0, () => Ov, () => Nq, 0, () => hs, () => $1e, () => Ue],
      ]),
      (WMe = [3, l, L0e, 0, [gi], [() => Ph]]),
      (zMe = [
        3,
        l,
        F0e,
        0,
        [$a, Xg, gs, us, ao, Kr, Ih, ke, gh, ch],
        [0, [() => Uq, 0], 0, 0, 0, 0, () => Fq, () => Ue, 0, 0],
        2,
      ]),
      (qMe = [3, l, G0e, 0, [Na], [0]]),
      (KMe = [
        3,
        l,
        J0e,
        0,
        [$a, Xg, gs, us, dz, Ih, Ua, Az, ao, Kr, ke, gh, ch, hz, iD, th, CD, OW],
        [
          0,
          [() => Mq, 0],
          0,
          0,
          0,
          () => Xq,
          () => qq,
          64,
          0,
          0,
          () => Ue,
          0,
          0,
          () => wq,
          () => ow,
          () => Nh,
          () => bq,
          2,
        ],
        2,
      ]),
      (JMe = [3, l, Y0e, 0, [Jr, ke], [[() => Uh, 0], () => Ue]]),
      (Iq = [3, l, N0e, 8, [Hv], [0], 1]),
      (YMe = [3, l, k0e, 0, [_i, Il], [() => z1e, () => J1e]]),
      (QMe = [3, l, P0e, 0, [Ce, Lr, UTe, wDe, tDe, AIe], [0, 0, 1, 1, 1, 64]]),
      (XMe = [3, l, W0e, 0, [Lr, Yr, TIe], [0, 0, () => Zq], 1]),
      (ZMe = [3, l, eye, 0, [nn, Ei, wD], [0, 4, 0]]),
      (eLe = [
        3,
        l,
        Q0e,
        0,
        [Jr, ps, te, _Te, ls, vn, tD, on, Nt, mh, Ua, Sh, bn, Mr, Tz, Al, ke, Sl, ja],
        [
          0,
          () => ko,
          0,
          1,
          2,
          2,
          0,
          0,
          () => Pn,
          [() => ZD, 0],
          () => Bh,
          () => Hh,
          0,
          0,
          0,
          0,
          () => Ue,
          [0, 4],
          () => Jq,
        ],
        1,
      ]),
      (tLe = [3, l, X0e, 0, [Va, Ot], [[() => sw, 0], () => Jt]]),
      (bq = [3, l, V0e, 0, [dl, awe], [0, 0]]),
      (rLe = [3, l, j0e, 0, [dl], [0]]),
      (oLe = [3, l, kye, 0, [lve, ED, zz, dAe], [0, 0, 1, 0], 1]),
      (XD = [3, l, tye, 0, [Yr, Rbe], [1, 0]]),
      (nLe = [3, l, gCe, 0, [Ce, Dbe], [0, 0], 2]),
      (Mh = [
        3,
        l,
        hCe,
        0,
        [
          ho,
          Ga,
          St,
          _i,
          Ba,
          G,
          eh,
          Eh,
          hD,
          on,
          ps,
          bn,
          Cl,
          Jr,
          Si,
          LD,
          HTe,
          xi,
          sve,
          We,
          cTe,
          pTe,
          Ua,
          Sh,
          Nt,
          oD,
          ID,
          Wv,
          ke,
          KAe,
          ls,
          Mr,
          vn,
          kv,
          vz,
        ],
        [
          0,
          0,
          0,
          () => za,
          () => qa,
          0,
          1,
          1,
          1,
          0,
          () => ko,
          0,
          0,
          0,
          () => Oh,
          () => Kq,
          () => s1e,
          0,
          () => W1e,
          4,
          0,
          () => H1e,
          () => Bh,
          () => Hh,
          () => Pn,
          1,
          0,
          () => BD,
          () => Ue,
          0,
          2,
          0,
          2,
          0,
          0,
        ],
      ]),
      (sLe = [3, l, iye, 0, [Sve, Zve], [0, 0], 1]),
      (iLe = [3, l, cye, 0, [Rl, TTe, wh], [1, 0, () => uLe], 1]),
      (Lh = [3, l, aye, 0, [kW, yl, $D, lh, cAe, QAe], [2, 0, () => G1e, () => YD, () => sLe, () => F1e], 1]),
      (aLe = [3, l, fye, 0, [hh, vW, jAe, Xve, Qz, _be], [0, 0, () => U1e, 1, () => YLe, () => dLe], 1]),
      (cLe = [3, l, xye, 0, [vW, ETe], [0, 0]]),
      (pLe = [3, l, Rye, 0, [ive], [0], 1]),
      (lLe = [3, l, Aye, 0, [Ce, Yr], [0, () => pLe], 1]),
      (uLe = [3, l, Tye, 0, [JW], [() => lLe], 1]),
      (mLe = [3, l, Cye, 0, [fAe], [0]]),
      (dLe = [3, l, yye, 0, [qve, iDe, xi], [() => mLe, 0, 0], 1]),
      (fLe = [3, l, mye, 0, [st, Oz, Nz, Cz], [0, 1, 1, 1]]),
      (gLe = [
        3,
        l,
        Dye,
        0,
        [Fa, ho, St, We, Ei, nh, Ch, it, CIe, mbe, G, xt, TDe, _De, Si, yh, yW, Qg],
        [
          0,
          0,
          0,
          4,
          4,
          4,
          4,
          4,
          () => K1e,
          () => Pq,
          0,
          0,
          0,
          () => o1e,
          () => Oh,
          () => ZMe,
          () => _Le,
          () => hLe,
        ],
      ]),
      (hLe = [3, l, wye, 0, [G, Jg, jz], [0, 64, 64]]),
      (SLe = [3, l, Iye, 0, [Fa, ho, St, Ei, We, nh, dbe, G, xt], [0, 0, 0, 4, 4, 4, 0, 0, 0]]),
      (_Le = [3, l, Pye, 0, [G, HW, Jz], [0, 1, 1]]),
      (xLe = [3, l, Mye, 0, [xl, We, xe], [0, 4, 0]]),
      (ELe = [
        3,
        l,
        Fye,
        0,
        [xi, UW, ka, oq, Ah, Fz, rq, rz, Yz, Kz, jW],
        [0, 2, 0, 0, 1, 0, 1, 1, 1, () => Bq, 0],
        1,
      ]),
      (yLe = [3, l, Hye, 0, [xwe, Rl, rn, hl], [0, 1, 0, 1]]),
      (CLe = [
        3,
        l,
        Yye,
        0,
        [wD, ho, St, Jr, ps, on, bn, Cl, _i, Ba, Nt, mW, Cve, Rh, ja, sh, We, Il, Awe, eve, mh, eD, El],
        [
          0,
          0,
          0,
          0,
          () => ko,
          0,
          0,
          0,
          () => za,
          () => qa,
          () => Pn,
          () => Hke,
          2,
          () => Lh,
          () => jh,
          () => HD,
          4,
          () => Wh,
          () => YMe,
          () => $Ne,
          () => ALe,
          () => rw,
          () => QD,
        ],
      ]),
      (RLe = [3, l, Vye, 0, [Dl, fh], [0, 0]]),
      (ALe = [3, l, Wye, 0, [CD], [() => rLe]]),
      (Pq = [3, l, zye, 0, [st, Oz, Nz, Cz, Gwe, Owe], [0, 1, 1, 1, 1, 1]]),
      (TLe = [3, l, Kye, 0, [Dl, fh], [0, 0]]),
      (vLe = [3, l, dCe, 0, [Ce, pz], [0, () => ELe], 1]),
      (DLe = [3, l, _Ce, 0, [sIe, IIe, gbe], [0, 0, [() => lPe, 0]]]),
      (kh = [3, l, xCe, 0, [Ce, Yr, dh, Lr], [0, 0, 0, 0]]),
      (wLe = [
        3,
        l,
        sCe,
        0,
        [fl, Jr, te, ls, vn, tD, Nt, mh, Mr, Tz, Al, ke, ja],
        [64, 0, 0, 2, 2, 0, () => Pn, [() => ZD, 0], 0, 0, 0, () => Ue, () => Jq],
        2,
      ]),
      (ILe = [3, l, iCe, 0, [Va, Ot], [[() => sw, 0], () => Jt]]),
      (bLe = [3, l, tCe, 0, [Fa, wIe], [0, 0], 1]),
      (PLe = [3, l, rCe, 0, [Fa], [0]]),
      (OLe = [3, l, aCe, 0, [wl, te, nn], [0, 0, 0], 1]),
      (NLe = [3, l, cCe, 0, [wl], [[() => Oq, 0]]]),
      ($Le = [3, l, oye, 0, [ml, te], [() => $q, 0], 1]),
      (MLe = [3, l, nye, 0, [Uv], [0]]),
      (LLe = [3, l, hye, 0, [te, wl, rn, yD, G, Jv, nn, fD], [0, 0, 0, 0, 0, 1, 0, () => nw]]),
      (kLe = [3, l, Sye, 0, [Uv], [0]]),
      (ULe = [
        3,
        l,
        lCe,
        0,
        [te, wl, G, nn, xW, ml, az, _z, xz, LW],
        [0, 0, 0, 0, () => Wke, () => $q, () => v1e, 4, 4, 4],
      ]),
      (FLe = [3, l, uCe, 0, [Uv], [0]]),
      (GLe = [3, l, sye, 0, [yl, Yr], [0, 0]]),
      (BLe = [3, l, CCe, 0, [sDe, Yr], [0, 0]]),
      (HLe = [3, l, UCe, 0, [SD, ke], [0, () => Ue], 2]),
      (VLe = [3, l, FCe, 0, [], []]),
      (Oq = [
        3,
        l,
        WCe,
        0,
        [
          ml,
          cs,
          bAe,
          fW,
          St,
          hTe,
          WAe,
          Fv,
          xW,
          ao,
          We,
          wW,
          vn,
          LW,
          tD,
          sD,
          iD,
          uD,
          on,
          Kr,
          mh,
          bn,
          Cl,
          _z,
          xz,
          Ei,
          Al,
          Qwe,
          Ch,
          SIe,
          jwe,
          ke,
          vh,
          vl,
          nq,
          th,
          sh,
        ],
        [
          () => ew,
          () => hs,
          0,
          0,
          0,
          0,
          4,
          0,
          () => jke,
          0,
          4,
          0,
          2,
          4,
          0,
          0,
          () => ow,
          0,
          0,
          0,
          [() => ZD, 0],
          0,
          0,
          4,
          4,
          4,
          0,
          0,
          4,
          0,
          4,
          () => Ue,
          0,
          0,
          1,
          () => Nh,
          () => WLe,
        ],
      ]),
      (Uh = [
        3,
        l,
        TCe,
        0,
        [
          vl,
          Xg,
          $a,
          gs,
          us,
          dz,
          RD,
          Ih,
          G,
          Ewe,
          Ua,
          fTe,
          CD,
          Az,
          ao,
          Kr,
          iD,
          gh,
          ch,
          hz,
          xh,
          xTe,
          qv,
          _D,
          th,
          OW,
        ],
        [
          0,
          [() => Mq, 0],
          0,
          0,
          0,
          0,
          1,
          () => Xq,
          0,
          () => k1e,
          () => qq,
          64,
          () => bq,
          64,
          0,
          0,
          () => ow,
          0,
          0,
          () => wq,
          4,
          4,
          4,
          0,
          () => Nh,
          2,
        ],
      ]),
      (jLe = [3, l, DCe, 0, [Lr, GW], [0, 0]]),
      (WLe = [3, l, ICe, 0, [Ah, ka], [1, 0]]),
      (zLe = [
        3,
        l,
        OCe,
        0,
        [xi, UW, ka, oq, Ah, Fz, rq, rz, Yz, Kz, abe, jW],
        [0, 2, 0, 0, 1, 0, 1, 1, 1, () => Bq, () => qLe, 0],
        1,
      ]),
      (qLe = [3, l, NCe, 0, [DTe], [2], 1]),
      (ZD = [
        3,
        l,
        LCe,
        0,
        [rTe, ao, jve, us, Kr, gs, th],
        [[() => Vke, 0], 0, () => E1e, 0, 0, 0, () => Nh],
      ]),
      (bl = [
        3,
        l,
        GCe,
        0,
        [
          xl,
          ube,
          ho,
          St,
          Al,
          NW,
          G,
          Jr,
          XAe,
          hD,
          Eh,
          We,
          it,
          on,
          ps,
          bn,
          Cl,
          Nt,
          _i,
          Ba,
          PD,
          vIe,
          _Ie,
          ke,
          sh,
        ],
        [
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          1,
          1,
          1,
          4,
          4,
          0,
          () => ko,
          0,
          0,
          () => Pn,
          () => za,
          () => qa,
          () => XD,
          0,
          4,
          () => Ue,
          () => HD,
        ],
      ]),
      (KLe = [3, l, VCe, 0, [Ce, pz], [0, () => zLe], 1]),
      (JLe = [3, l, RCe, 0, [Lr, Yr], [0, 1], 2]),
      (YLe = [3, l, ACe, 0, [eDe, mwe], [1, 1]]),
      (QLe = [3, l, KCe, 0, [Bv, LIe, HDe], [0, 1, 64], 2]),
      (XLe = [3, l, PCe, 0, [In, wn], [1, 1]]),
      (ZLe = [3, l, JCe, 0, [Ce, aIe, kve], [0, 1, 1], 3]),
      (eke = [3, l, IRe, 0, [SD, rbe], [0, 64], 2]),
      (tke = [3, l, bRe, 0, [], []]),
      (rke = [3, l, nRe, 0, [Ce, te, Mv, dD], [0, 0, () => _Pe, [() => yke, 0]], 1]),
      (oke = [3, l, sRe, 0, [gl], [[() => bh, 0]]]),
      (nke = [3, l, iRe, 0, [te, Tl, Pa, TD], [0, () => Fh, () => FD, () => uq], 1]),
      (ske = [3, l, aRe, 0, [te], [() => Wa]]),
      (ike = [3, l, pRe, 0, [te, Tl], [0, () => Fh], 2]),
      (ake = [3, l, lRe, 0, [te], [() => Wa]]),
      (cke = [3, l, XCe, 0, [gi, te], [0, 0], 1]),
      (pke = [3, l, ZCe, 0, [gi], [() => Ph]]),
      (lke = [3, l, tRe, 0, [fl, G, te], [64, 0, 0], 2]),
      (uke = [3, l, rRe, 0, [fl, Ot], [() => kq, () => Jt]]),
      (mke = [3, l, mRe, 0, [Mo, Na, Gv, Si, Mr, ls, vn, Vv], [0, 0, 64, () => GD, 0, 2, 2, 2], 3]),
      (dke = [3, l, dRe, 0, [Mo, G, We, it, Zg], [0, 0, 4, 4, 0]]),
      (fke = [3, l, fRe, 0, [ho, te, Ga, G, WIe, We, it], [0, 0, 0, () => hq, [() => gq, 0], 4, 4]]),
      (gke = [
        3,
        l,
        gRe,
        0,
        [ho, us, _l, gD, gs, Nt, ao, Kr, dl, bD, vl],
        [0, 0, 0, [() => jD, 0], 0, () => zD, 0, 0, 0, () => WD, 0],
        1,
      ]),
      (hke = [3, l, hRe, 0, [Kt], [[() => fke, 0]]]),
      (Ske = [3, l, ERe, 0, [Nt, mD, kD, Nv, nD, wh], [() => _ke, 1, 0, () => KD, 0, () => qD]]),
      (_ke = [3, l, CRe, 0, [tz], [0]]),
      (xke = [3, l, RRe, 0, [Dn, ms, zv, Pa, Mr], [0, 0, 2, () => cUe, 0], 1]),
      (Eke = [3, l, ARe, 0, [Lo, Ce, G], [0, 0, 0]]),
      (yke = [3, l, DRe, 0, [ms, aD, Mr, cD, $v], [0, [() => y$e, 0], 0, () => JD, () => UD], 2]),
      (Cke = [3, l, NRe, 0, [te, Kt, dwe], [0, 0, 0], 3]),
      (Rke = [3, l, $Re, 0, [Ha], [() => bl]]),
      (Ake = [
        3,
        l,
        MRe,
        0,
        [Kt, te, eh, Jr, ps, Si, kv, Nt, Ua, Sh, bn, pve, oD, Wv, vn, ls, _i, Mr, Ba, Rh, ja, Il, eD, El],
        [
          0,
          0,
          1,
          0,
          () => ko,
          () => Oh,
          0,
          () => Pn,
          () => Bh,
          () => Hh,
          0,
          2,
          1,
          () => BD,
          2,
          2,
          () => za,
          0,
          () => qa,
          () => Lh,
          () => jh,
          () => Wh,
          () => rw,
          () => QD,
        ],
        1,
      ]),
      (Tke = [3, l, LRe, 0, [Kt], [() => Mh]]),
      (vke = [3, l, URe, 0, [te, Va, Sz, XTe], [0, 64, 2, 1], 3]),
      (Dke = [3, l, FRe, 0, [Rz, Ot], [() => jq, () => Jt]]),
      (wke = [3, l, BRe, 0, [te, Kt, Ha, PD], [0, 0, 0, () => XD], 4]),
      (Ike = [3, l, HRe, 0, [Ha], [() => bl]]),
      (bke = [3, l, jRe, 0, [In, wn], [1, 1], 1]),
      (Nq = [3, l, qRe, 0, [IAe, nAe, GTe], [0, 0, 0]]),
      (Pke = [
        3,
        l,
        VRe,
        0,
        [Ce, YW, FTe, ove, PIe, mve, HAe],
        [0, () => Eq, () => ONe, () => LNe, () => oLe, () => qNe, 2],
      ]),
      (Oke = [3, l, WRe, 0, [Jwe, Dz], [0, 2]]),
      (Nke = [3, l, JRe, 0, [Lv, fh, qz], [0, 0, 0]]),
      ($ke = [3, l, YRe, 0, [xi, Dl, hh, aW], [0, 0, 0, () => Nke], 3]),
      (Mke = [1, l, ide, 0, [0, { [qt]: fs }]]),
      (Lke = [1, l, cde, 0, [0, { [qt]: fs }]]),
      (kke = [1, l, hde, 0, [0, { [qt]: fs }]]),
      (Uke = [1, l, ode, 0, [0, { [qt]: fs }]]),
      (Fke = [1, l, Qme, 0, () => $h]),
      (ew = [1, l, xde, 0, () => hPe]),
      ($q = [1, l, ude, 0, () => SPe]),
      (hs = [1, l, Ede, 0, () => cq]),
      (Gke = [1, l, mfe, 0, [() => bh, 0]]),
      (ko = [1, l, lfe, 0, () => CPe]),
      (Bke = [1, l, bfe, 0, () => Wa]),
      (Fh = [1, l, Tfe, 0, () => APe]),
      (Mq = [1, l, Bde, 0, [() => vPe, 0]]),
      (Lq = [1, l, Hde, 0, () => DPe]),
      (Hke = [1, l, tfe, 0, () => wPe]),
      (kq = [1, l, rfe, 0, () => Ph]),
      (Vke = [1, l, cfe, 0, [() => bPe, 0]]),
      (jke = [1, l, Ofe, 0, () => TPe]),
      (Wke = [1, l, xfe, 0, () => PPe]),
      (zke = [1, l, sfe, 0, [0, { [qt]: fs }]]),
      (qke = [1, l, rge, 0, () => YPe]),
      (Uq = [1, l, zfe, 0, [() => XPe, 0]]),
      (Kke = [1, l, Xfe, 0, () => ZPe]),
      (Jke = [1, l, Ege, 0, () => rOe]),
      (Yke = [1, l, Age, 0, () => eOe]),
      (Qke = [1, l, Dge, 0, () => fq]),
      (Xke = [1, l, Mge, 0, () => oOe]),
      (Zke = [1, l, bhe, 0, () => aOe]),
      (e1e = [1, l, Ohe, 0, () => iOe]),
      (t1e = [1, l, khe, 0, () => pOe]),
      (r1e = [1, l, rSe, 0, () => uOe]),
      (Fq = [1, l, hSe, 0, () => mOe]),
      (o1e = [1, l, xhe, 0, () => GOe]),
      (n1e = [1, l, Ehe, 0, () => FOe]),
      (s1e = [1, l, _Se, 0, () => MOe]),
      (Gq = [1, l, hhe, 0, () => DNe]),
      (Bq = [1, l, ESe, 0, () => NNe]),
      (i1e = [1, l, MSe, 0, () => kNe]),
      (tw = [1, l, PSe, 0, () => UNe]),
      (Gh = [1, l, WSe, 8, () => $h]),
      (a1e = [1, l, VSe, 0, [0, { [qt]: fs }]]),
      (c1e = [1, l, USe, 0, [() => gq, 0]]),
      (Jt = [1, l, YSe, 0, () => WNe]),
      (p1e = [1, l, o_e, 0, () => JNe]),
      (l1e = [1, l, t_e, 0, () => QNe]),
      (u1e = [1, l, a_e, 0, () => YNe]),
      (rw = [1, l, c_e, 0, () => XNe]),
      (m1e = [1, l, y_e, 0, () => o$e]),
      (d1e = [1, l, v_e, 0, () => n$e]),
      (f1e = [1, l, A_e, 0, () => a$e]),
      (g1e = [1, l, w_e, 0, () => c$e]),
      (h1e = [1, l, P_e, 0, () => p$e]),
      (S1e = [1, l, $_e, 0, () => l$e]),
      (_1e = [1, l, d_e, 0, () => f$e]),
      (x1e = [1, l, B_e, 0, () => g$e]),
      (E1e = [1, l, z_e, 0, () => _$e]),
      (ow = [1, l, q_e, 0, () => S$e]),
      (y1e = [1, l, oxe, 0, () => x$e]),
      (C1e = [1, l, J_e, 0, [0, { [qt]: fs }]]),
      (R1e = [1, l, Q_e, 0, () => E$e]),
      (za = [1, l, fxe, 0, () => nMe]),
      (A1e = [1, l, eEe, 0, [0, { [qt]: fs }]]),
      (T1e = [1, l, xEe, 0, () => iMe]),
      (v1e = [1, l, _Ee, 0, () => aMe]),
      (D1e = [1, l, gEe, 0, () => cMe]),
      (w1e = [1, l, IEe, 0, () => uMe]),
      (I1e = [1, l, $Ee, 0, () => hMe]),
      (b1e = [1, l, kEe, 0, () => SMe]),
      (Hq = [1, l, jEe, 0, () => xMe]),
      (P1e = [1, l, qEe, 0, () => yMe]),
      (O1e = [1, l, yEe, 0, () => AMe]),
      (Vq = [1, l, GEe, 0, () => TMe]),
      (nw = [1, l, QEe, 0, () => DMe]),
      (N1e = [1, l, t0e, 0, () => wMe]),
      (Bh = [1, l, x0e, 0, () => PMe]),
      (Hh = [1, l, v0e, 0, () => OMe]),
      ($1e = [1, l, C0e, 0, () => NMe]),
      (M1e = [1, l, A0e, 0, () => $Me]),
      (jq = [1, l, I0e, 0, () => MMe]),
      (L1e = [1, l, _0e, 0, () => $h]),
      (k1e = [1, l, O0e, 0, () => cq]),
      (Wq = [1, l, z0e, 0, () => XMe]),
      (Ov = [1, l, Z0e, 0, () => QMe]),
      (Vh = [1, l, Uye, 0, () => nLe]),
      (U1e = [1, l, pye, 0, () => iLe]),
      (F1e = [1, l, lye, 0, () => aUe]),
      (G1e = [1, l, _ye, 0, () => aLe]),
      (B1e = [1, l, Eye, 0, () => cLe]),
      (H1e = [1, l, dye, 0, () => fLe]),
      (V1e = [1, l, Nye, 0, () => gLe]),
      (j1e = [1, l, bye, 0, () => SLe]),
      (W1e = [1, l, Lye, 0, () => xLe]),
      (qa = [1, l, Qye, 0, () => yLe]),
      (z1e = [1, l, jye, 0, () => RLe]),
      (q1e = [1, l, Xye, 0, () => CLe]),
      (K1e = [1, l, qye, 0, () => Pq]),
      (J1e = [1, l, Jye, 0, () => TLe]),
      (Y1e = [1, l, SCe, 0, () => Mh]),
      (jh = [1, l, fCe, 0, () => vLe]),
      (Q1e = [1, l, ECe, 0, () => kh]),
      (X1e = [1, l, yCe, 0, () => $h]),
      (zq = [1, l, vye, 0, () => GLe]),
      (Ue = [1, l, zCe, 0, () => BLe]),
      (Z1e = [1, l, vCe, 0, [() => Uh, 0]]),
      (qq = [1, l, wCe, 0, () => jLe]),
      (sw = [1, l, qCe, 0, [() => Oq, 0]]),
      (Kq = [1, l, HCe, 0, () => bl]),
      (Jq = [1, l, jCe, 0, () => KLe]),
      (Yq = [1, l, bCe, 0, () => QLe]),
      (Qq = [1, l, vRe, 0, () => ZLe]),
      (eUe = [1, l, zRe, 0, () => Oke]),
      (Xq = [1, l, KRe, 0, () => Pke]),
      (Wh = [1, l, QRe, 0, () => $ke]),
      (tUe = [4, l, the, 0, [Ma], [() => cNe]]),
      (rUe = [4, l, u_e, 0, [Ma], [() => h$e]]),
      (oUe = [4, l, p_e, 0, [Ma], [() => l1e]]),
      (nUe = [4, l, g_e, 0, [OIe], [() => r$e]]),
      (sUe = [4, l, __e, 0, [Ma], [() => i1e]]),
      (iUe = [4, l, I_e, 0, [Ma], [() => f1e]]),
      (aUe = [4, l, uye, 0, [xDe], [0]]),
      (Zq = [4, l, oCe, 0, [owe], [() => bMe]]),
      (cUe = [4, l, yRe, 0, [Ma], [() => Ske]]),
      (eK = [9, l, Zme, 0, () => fPe, () => gPe]),
      (tK = [9, l, Efe, 0, () => OPe, () => NPe]),
      (rK = [9, l, wde, 2, () => $Pe, () => MPe]),
      (oK = [9, l, Lde, 0, () => LPe, () => kPe]),
      (nK = [9, l, Vde, 0, () => UPe, () => FPe]),
      (sK = [9, l, Wde, 0, () => GPe, () => BPe]),
      (iK = [9, l, Jde, 0, () => HPe, () => VPe]),
      (aK = [9, l, vfe, 0, () => WPe, () => zPe]),
      (cK = [9, l, Dfe, 0, () => qPe, () => KPe]),
      (pK = [9, l, Ufe, 0, () => dOe, () => fOe]),
      (lK = [9, l, Bfe, 0, () => gOe, () => hOe]),
      (uK = [9, l, age, 2, () => SOe, () => _Oe]),
      (mK = [9, l, fge, 2, () => xOe, () => EOe]),
      (dK = [9, l, Vge, 2, () => yOe, () => COe]),
      (fK = [9, l, Lge, 0, () => ROe, () => AOe]),
      (gK = [9, l, Wge, 0, () => TOe, () => vOe]),
      (hK = [9, l, Zge, 0, () => DOe, () => wOe]),
      (SK = [9, l, Whe, 2, () => IOe, () => bOe]),
      (_K = [9, l, oSe, 0, () => POe, () => OOe]),
      (xK = [9, l, cSe, 2, () => NOe, () => $Oe]),
      (EK = [9, l, Zfe, 0, () => HOe, () => VOe]),
      (yK = [9, l, nSe, 0, () => jOe, () => WOe]),
      (CK = [9, l, cge, 0, () => zOe, () => qOe]),
      (RK = [9, l, gge, 0, () => KOe, () => JOe]),
      (AK = [9, l, ege, 0, () => YOe, () => QOe]),
      (TK = [9, l, jge, 0, () => eNe, () => tNe]),
      (vK = [9, l, yge, 0, () => XOe, () => ZOe]),
      (DK = [9, l, Nge, 0, () => rNe, () => oNe]),
      (wK = [9, l, Bge, 0, () => nNe, () => sNe]),
      (IK = [9, l, Yge, 0, () => iNe, () => aNe]),
      (bK = [9, l, ghe, 0, () => pNe, () => mNe]),
      (PK = [9, l, dhe, 0, () => lNe, () => uNe]),
      (OK = [9, l, fhe, 0, () => dNe, () => fNe]),
      (NK = [9, l, $he, 0, () => gNe, () => hNe]),
      ($K = [9, l, jhe, 0, () => SNe, () => _Ne]),
      (MK = [9, l, zhe, 0, () => xNe, () => ENe]),
      (LK = [9, l, sSe, 0, () => yNe, () => CNe]),
      (kK = [9, l, qhe, 0, () => TNe, () => vNe]),
      (UK = [9, l, dSe, 0, () => RNe, () => ANe]),
      (FK = [9, l, rhe, 0, () => wNe, () => INe]),
      (GK = [9, l, The, 0, () => bNe, () => PNe]),
      (BK = [9, l, ySe, 0, () => BNe, () => HNe]),
      (HK = [9, l, M_e, 0, () => m$e, () => d$e]),
      (VK = [9, l, lxe, 0, () => A$e, () => T$e]),
      (jK = [9, l, axe, 0, () => v$e, () => D$e]),
      (WK = [9, l, yxe, 0, () => w$e, () => I$e]),
      (zK = [9, l, hxe, 0, () => b$e, () => P$e]),
      (qK = [9, l, Axe, 0, () => O$e, () => N$e]),
      (KK = [9, l, Rxe, 0, () => $$e, () => M$e]),
      (JK = [9, l, Ixe, 0, () => L$e, () => k$e]),
      (YK = [9, l, Mxe, 0, () => U$e, () => F$e]),
      (QK = [9, l, Hxe, 0, () => G$e, () => B$e]),
      (XK = [9, l, $xe, 0, () => H$e, () => V$e]),
      (ZK = [9, l, Kxe, 0, () => j$e, () => W$e]),
      (e8 = [9, l, jxe, 0, () => K$e, () => J$e]),
      (t8 = [9, l, Wxe, 0, () => z$e, () => q$e]),
      (r8 = [9, l, cEe, 0, () => Y$e, () => Q$e]),
      (o8 = [9, l, oEe, 0, () => X$e, () => Z$e]),
      (n8 = [9, l, rEe, 0, () => eMe, () => tMe]),
      (s8 = [9, l, tEe, 0, () => rMe, () => oMe]),
      (i8 = [9, l, c0e, 0, () => UMe, () => FMe]),
      (a8 = [9, l, p0e, 0, () => LMe, () => kMe]),
      (c8 = [9, l, s0e, 0, () => GMe, () => BMe]),
      (p8 = [9, l, g0e, 0, () => HMe, () => VMe]),
      (l8 = [9, l, $0e, 0, () => jMe, () => WMe]),
      (u8 = [9, l, U0e, 0, () => zMe, () => qMe]),
      (m8 = [9, l, K0e, 0, () => KMe, () => JMe]),
      (d8 = [9, l, q0e, 0, () => eLe, () => tLe]),
      (f8 = [9, l, nCe, 0, () => wLe, () => ILe]),
      (g8 = [9, l, eCe, 0, () => bLe, () => PLe]),
      (h8 = [9, l, mCe, 0, () => OLe, () => NLe]),
      (S8 = [9, l, rye, 0, () => $Le, () => MLe]),
      (_8 = [9, l, gye, 0, () => LLe, () => kLe]),
      (x8 = [9, l, pCe, 0, () => ULe, () => FLe]),
      (E8 = [9, l, kCe, 0, () => HLe, () => VLe]),
      (y8 = [9, l, wRe, 0, () => eke, () => tke]),
      (C8 = [9, l, oRe, 0, () => rke, () => oke]),
      (R8 = [9, l, YCe, 0, () => nke, () => ske]),
      (A8 = [9, l, cRe, 0, () => ike, () => ake]),
      (T8 = [9, l, QCe, 0, () => cke, () => pke]),
      (v8 = [9, l, eRe, 0, () => lke, () => uke]),
      (D8 = [9, l, uRe, 0, () => mke, () => dke]),
      (w8 = [9, l, SRe, 0, () => gke, () => hke]),
      (I8 = [9, l, xRe, 0, () => xke, () => Eke]),
      (b8 = [9, l, PRe, 0, () => Ake, () => Tke]),
      (P8 = [9, l, ORe, 0, () => Cke, () => Rke]),
      (O8 = [9, l, kRe, 0, () => vke, () => Dke]),
      (N8 = [9, l, GRe, 0, () => wke, () => Ike]);
  });
var $8,
  M8 = a(() => {
    Ye();
    yn();
    Yo();
    L();
    ie();
    X();
    wv();
    sW();
    O();
    $8 = (e) => ({
      apiVersion: "2014-11-13",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? nW,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? V6,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? hp,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.ecs",
        errorTypeRegistries: aq,
        xmlNamespace: "http://ecs.amazonaws.com/doc/2014-11-13/",
        version: "2014-11-13",
        serviceTarget: "AmazonEC2ContainerServiceV20141113",
      },
      serviceId: e?.serviceId ?? "ECS",
      sha256: e?.sha256 ?? Ft,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var L8,
  k8 = a(() => {
    q6();
    ae();
    Ye();
    Td();
    L();
    oe();
    wt();
    X();
    _n();
    M8();
    L8 = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = $8(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        credentialDefaultProvider: e?.credentialDefaultProvider ?? ii,
        defaultSocketTimeout: Zr(e?.requestHandler, 9e5),
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: K6.version }),
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var U8,
  F8,
  G8 = a(() => {
    (U8 = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (F8 = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var B8,
  H8 = a(() => {
    ae();
    L();
    ie();
    G8();
    B8 = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), U8(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), F8(r)));
    };
  });
var Oe,
  kr = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    wv();
    Iv();
    k8();
    H8();
    Oe = class extends rt {
      config;
      constructor(...[t]) {
        const r = L8(t || {});
        super(r), (this.initConfig = r);
        const o = W6(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = j6(p),
          m = B8(u, t?.extensions || []);
        (this.config = m),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: H6,
              identityProviderConfigProvider: async (d) => new ft({ "aws.auth#sigv4": d.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var x,
  E,
  y,
  N = a(() => {
    L();
    _e();
    Iv();
    (x = mr(z6, "AmazonEC2ContainerServiceV20141113", "ECSClient", Br)), (E = {}), (y = (e, t, r, o) => []);
  });
var zh,
  iw = a(() => {
    N();
    O();
    zh = class extends x(E, y, "AssociateGatewayWithCluster", eK) {};
  });
var qh,
  aw = a(() => {
    N();
    O();
    qh = class extends x(E, y, "ContinueServiceDeployment", tK) {};
  });
var Kh,
  cw = a(() => {
    N();
    O();
    Kh = class extends x(E, y, "CreateCapacityProvider", rK) {};
  });
var Jh,
  pw = a(() => {
    N();
    O();
    Jh = class extends x(E, y, "CreateCluster", oK) {};
  });
var Yh,
  lw = a(() => {
    N();
    O();
    Yh = class extends x(E, y, "CreateDaemon", nK) {};
  });
var Qh,
  uw = a(() => {
    N();
    O();
    Qh = class extends x(E, y, "CreateExpressGatewayService", sK) {};
  });
var Xh,
  mw = a(() => {
    N();
    O();
    Xh = class extends x(E, y, "CreateGateway", iK) {};
  });
var Zh,
  dw = a(() => {
    N();
    O();
    Zh = class extends x(E, y, "CreateService", aK) {};
  });
var eS,
  fw = a(() => {
    N();
    O();
    eS = class extends x(E, y, "CreateTaskSet", cK) {};
  });
var tS,
  gw = a(() => {
    N();
    O();
    tS = class extends x(E, y, "DeleteAccountSetting", pK) {};
  });
var rS,
  hw = a(() => {
    N();
    O();
    rS = class extends x(E, y, "DeleteAttributes", lK) {};
  });
var oS,
  Sw = a(() => {
    N();
    O();
    oS = class extends x(E, y, "DeleteCapacityProvider", uK) {};
  });
var nS,
  _w = a(() => {
    N();
    O();
    nS = class extends x(E, y, "DeleteCluster", mK) {};
  });
var sS,
  xw = a(() => {
    N();
    O();
    sS = class extends x(E, y, "DeleteDaemon", dK) {};
  });
var iS,
  Ew = a(() => {
    N();
    O();
    iS = class extends x(E, y, "DeleteDaemonTaskDefinition", fK) {};
  });
var aS,
  yw = a(() => {
    N();
    O();
    aS = class extends x(E, y, "DeleteExpressGatewayService", gK) {};
  });
var cS,
  Cw = a(() => {
    N();
    O();
    cS = class extends x(E, y, "DeleteGateway", hK) {};
  });
var pS,
  Rw = a(() => {
    N();
    O();
    pS = class extends x(E, y, "DeleteService", SK) {};
  });
var lS,
  Aw = a(() => {
    N();
    O();
    lS = class extends x(E, y, "DeleteTaskDefinitions", _K) {};
  });
var uS,
  Tw = a(() => {
    N();
    O();
    uS = class extends x(E, y, "DeleteTaskSet", xK) {};
  });
var mS,
  vw = a(() => {
    N();
    O();
    mS = class extends x(E, y, "DeregisterContainerInstance", EK) {};
  });
var dS,
  Dw = a(() => {
    N();
    O();
    dS = class extends x(E, y, "DeregisterTaskDefinition", yK) {};
  });
var fS,
  ww = a(() => {
    N();
    O();
    fS = class extends x(E, y, "DescribeCapacityProviders", CK) {};
  });
var gS,
  Iw = a(() => {
    N();
    O();
    gS = class extends x(E, y, "DescribeClusters", RK) {};
  });
var hS,
  bw = a(() => {
    N();
    O();
    hS = class extends x(E, y, "DescribeContainerInstances", AK) {};
  });
var Ka,
  SS = a(() => {
    N();
    O();
    Ka = class extends x(E, y, "DescribeDaemon", TK) {};
  });
var Ss,
  Pl = a(() => {
    N();
    O();
    Ss = class extends x(E, y, "DescribeDaemonDeployments", vK) {};
  });
var _S,
  Pw = a(() => {
    N();
    O();
    _S = class extends x(E, y, "DescribeDaemonRevisions", DK) {};
  });
var _s,
  Ol = a(() => {
    N();
    O();
    _s = class extends x(E, y, "DescribeDaemonTaskDefinition", wK) {};
  });
var xS,
  Ow = a(() => {
    N();
    O();
    xS = class extends x(E, y, "DescribeExpressGatewayService", IK) {};
  });
var ES,
  Nw = a(() => {
    N();
    O();
    ES = class extends x(E, y, "DescribeGateway", bK) {};
  });
var yS,
  $w = a(() => {
    N();
    O();
    yS = class extends x(E, y, "DescribeGatewayResources", PK) {};
  });
var CS,
  Mw = a(() => {
    N();
    O();
    CS = class extends x(E, y, "DescribeGatewayRoute", OK) {};
  });
var RS,
  Lw = a(() => {
    N();
    O();
    RS = class extends x(E, y, "DescribeServiceDeployments", NK) {};
  });
var AS,
  kw = a(() => {
    N();
    O();
    AS = class extends x(E, y, "DescribeServiceRevisions", $K) {};
  });
var Uo,
  Nl = a(() => {
    N();
    O();
    Uo = class extends x(E, y, "DescribeServices", MK) {};
  });
var Ja,
  Uw = a(() => {
    N();
    O();
    Ja = class extends x(E, y, "DescribeTaskDefinition", LK) {};
  });
var xs,
  $l = a(() => {
    N();
    O();
    xs = class extends x(E, y, "DescribeTasks", kK) {};
  });
var TS,
  Fw = a(() => {
    N();
    O();
    TS = class extends x(E, y, "DescribeTaskSets", UK) {};
  });
var vS,
  Gw = a(() => {
    N();
    O();
    vS = class extends x(E, y, "DisassociateGatewayFromCluster", FK) {};
  });
var DS,
  Bw = a(() => {
    N();
    O();
    DS = class extends x(E, y, "DiscoverPollEndpoint", GK) {};
  });
var wS,
  Hw = a(() => {
    N();
    O();
    wS = class extends x(E, y, "ExecuteCommand", BK) {};
  });
var IS,
  Vw = a(() => {
    N();
    O();
    IS = class extends x(E, y, "GetTaskProtection", HK) {};
  });
var Ya,
  bS = a(() => {
    N();
    O();
    Ya = class extends x(E, y, "ListAccountSettings", VK) {};
  });
var Qa,
  PS = a(() => {
    N();
    O();
    Qa = class extends x(E, y, "ListAttributes", jK) {};
  });
var Xa,
  OS = a(() => {
    N();
    O();
    Xa = class extends x(E, y, "ListClusters", WK) {};
  });
var Za,
  NS = a(() => {
    N();
    O();
    Za = class extends x(E, y, "ListContainerInstances", zK) {};
  });
var $S,
  jw = a(() => {
    N();
    O();
    $S = class extends x(E, y, "ListDaemonDeployments", qK) {};
  });
var MS,
  Ww = a(() => {
    N();
    O();
    MS = class extends x(E, y, "ListDaemons", KK) {};
  });
var LS,
  zw = a(() => {
    N();
    O();
    LS = class extends x(E, y, "ListDaemonTaskDefinitions", JK) {};
  });
var ec,
  kS = a(() => {
    N();
    O();
    ec = class extends x(E, y, "ListGatewayClusterAssociations", YK) {};
  });
var tc,
  US = a(() => {
    N();
    O();
    tc = class extends x(E, y, "ListGatewayRoutes", QK) {};
  });
var rc,
  FS = a(() => {
    N();
    O();
    rc = class extends x(E, y, "ListGateways", XK) {};
  });
var GS,
  qw = a(() => {
    N();
    O();
    GS = class extends x(E, y, "ListServiceDeployments", ZK) {};
  });
var oc,
  BS = a(() => {
    N();
    O();
    oc = class extends x(E, y, "ListServicesByNamespace", t8) {};
  });
var Es,
  HS = a(() => {
    N();
    O();
    Es = class extends x(E, y, "ListServices", e8) {};
  });
var VS,
  Kw = a(() => {
    N();
    O();
    VS = class extends x(E, y, "ListTagsForResource", r8) {};
  });
var nc,
  jS = a(() => {
    N();
    O();
    nc = class extends x(E, y, "ListTaskDefinitionFamilies", o8) {};
  });
var sc,
  WS = a(() => {
    N();
    O();
    sc = class extends x(E, y, "ListTaskDefinitions", n8) {};
  });
var ic,
  zS = a(() => {
    N();
    O();
    ic = class extends x(E, y, "ListTasks", s8) {};
  });
var qS,
  Jw = a(() => {
    N();
    O();
    qS = class extends x(E, y, "PutAccountSetting", i8) {};
  });
var KS,
  Yw = a(() => {
    N();
    O();
    KS = class extends x(E, y, "PutAccountSettingDefault", a8) {};
  });
var JS,
  Qw = a(() => {
    N();
    O();
    JS = class extends x(E, y, "PutAttributes", c8) {};
  });
var YS,
  Xw = a(() => {
    N();
    O();
    YS = class extends x(E, y, "PutClusterCapacityProviders", p8) {};
  });
var QS,
  Zw = a(() => {
    N();
    O();
    QS = class extends x(E, y, "RegisterContainerInstance", l8) {};
  });
var XS,
  eI = a(() => {
    N();
    O();
    XS = class extends x(E, y, "RegisterDaemonTaskDefinition", u8) {};
  });
var ac,
  tI = a(() => {
    N();
    O();
    ac = class extends x(E, y, "RegisterTaskDefinition", m8) {};
  });
var ZS,
  rI = a(() => {
    N();
    O();
    ZS = class extends x(E, y, "RunTask", d8) {};
  });
var e_,
  oI = a(() => {
    N();
    O();
    e_ = class extends x(E, y, "StartTask", f8) {};
  });
var t_,
  nI = a(() => {
    N();
    O();
    t_ = class extends x(E, y, "StopServiceDeployment", g8) {};
  });
var r_,
  sI = a(() => {
    N();
    O();
    r_ = class extends x(E, y, "StopTask", h8) {};
  });
var o_,
  iI = a(() => {
    N();
    O();
    o_ = class extends x(E, y, "SubmitAttachmentStateChanges", S8) {};
  });
var n_,
  aI = a(() => {
    N();
    O();
    n_ = class extends x(E, y, "SubmitContainerStateChange", _8) {};
  });
var s_,
  cI = a(() => {
    N();
    O();
    s_ = class extends x(E, y, "SubmitTaskStateChange", x8) {};
  });
var i_,
  pI = a(() => {
    N();
    O();
    i_ = class extends x(E, y, "TagResource", E8) {};
  });
var a_,
  lI = a(() => {
    N();
    O();
    a_ = class extends x(E, y, "UntagResource", y8) {};
  });
var c_,
  uI = a(() => {
    N();
    O();
    c_ = class extends x(E, y, "UpdateCapacityProvider", C8) {};
  });
var p_,
  mI = a(() => {
    N();
    O();
    p_ = class extends x(E, y, "UpdateCluster", R8) {};
  });
var l_,
  dI = a(() => {
    N();
    O();
    l_ = class extends x(E, y, "UpdateClusterSettings", A8) {};
  });
var u_,
  fI = a(() => {
    N();
    O();
    u_ = class extends x(E, y, "UpdateContainerAgent", T8) {};
  });
var m_,
  gI = a(() => {
    N();
    O();
    m_ = class extends x(E, y, "UpdateContainerInstancesState", v8) {};
  });
var d_,
  hI = a(() => {
    N();
    O();
    d_ = class extends x(E, y, "UpdateDaemon", D8) {};
  });
var f_,
  SI = a(() => {
    N();
    O();
    f_ = class extends x(E, y, "UpdateExpressGatewayService", w8) {};
  });
var g_,
  _I = a(() => {
    N();
    O();
    g_ = class extends x(E, y, "UpdateGateway", I8) {};
  });
var cc,
  xI = a(() => {
    N();
    O();
    cc = class extends x(E, y, "UpdateService", b8) {};
  });
var h_,
  EI = a(() => {
    N();
    O();
    h_ = class extends x(E, y, "UpdateServicePrimaryTaskSet", P8) {};
  });
var S_,
  yI = a(() => {
    N();
    O();
    S_ = class extends x(E, y, "UpdateTaskProtection", O8) {};
  });
var __,
  CI = a(() => {
    N();
    O();
    __ = class extends x(E, y, "UpdateTaskSet", N8) {};
  });
var V8,
  RI = a(() => {
    se();
    bS();
    kr();
    V8 = B(Oe, Ya, "nextToken", "nextToken", "maxResults");
  });
var j8,
  AI = a(() => {
    se();
    PS();
    kr();
    j8 = B(Oe, Qa, "nextToken", "nextToken", "maxResults");
  });
var W8,
  TI = a(() => {
    se();
    OS();
    kr();
    W8 = B(Oe, Xa, "nextToken", "nextToken", "maxResults");
  });
var z8,
  vI = a(() => {
    se();
    NS();
    kr();
    z8 = B(Oe, Za, "nextToken", "nextToken", "maxResults");
  });
var q8,
  DI = a(() => {
    se();
    kS();
    kr();
    q8 = B(Oe, ec, "nextToken", "nextToken", "maxResults");
  });
var K8,
  wI = a(() => {
    se();
    US();
    kr();
    K8 = B(Oe, tc, "nextToken", "nextToken", "maxResults");
  });
var J8,
  II = a(() => {
    se();
    FS();
    kr();
    J8 = B(Oe, rc, "nextToken", "nextToken", "maxResults");
  });
var Y8,
  bI = a(() => {
    se();
    BS();
    kr();
    Y8 = B(Oe, oc, "nextToken", "nextToken", "maxResults");
  });
var Q8,
  PI = a(() => {
    se();
    HS();
    kr();
    Q8 = B(Oe, Es, "nextToken", "nextToken", "maxResults");
  });
var X8,
  OI = a(() => {
    se();
    jS();
    kr();
    X8 = B(Oe, nc, "nextToken", "nextToken", "maxResults");
  });
var Z8,
  NI = a(() => {
    se();
    WS();
    kr();
    Z8 = B(Oe, sc, "nextToken", "nextToken", "maxResults");
  });
var e9,
  $I = a(() => {
    se();
    zS();
    kr();
    e9 = B(Oe, ic, "nextToken", "nextToken", "maxResults");
  });
var pUe,
  t9,
  MI = a(() => {
    L();
    SS();
    (pUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new Ka(t));
        r = o;
        try {
          if (o.daemon.status === "ACTIVE") return { state: $.SUCCESS, reason: r };
        } catch {}
        try {
          if (o.daemon.status === "DELETE_IN_PROGRESS") return { state: $.FAILURE, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (t9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, pUe);
        return pe(o);
      });
  });
var lUe,
  r9,
  LI = a(() => {
    L();
    Pl();
    (lUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new Ss(t));
        r = o;
        try {
          let n = () => [].concat(...o.daemonDeployments).map((p) => p.status),
            s = n().length > 0;
          for (const i of n()) s = s && i == "STOPPED";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.failures).map((c) => c.reason);
          for (const s of n()) if (s == "MISSING") return { state: $.FAILURE, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (r9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, lUe);
        return pe(o);
      });
  });
var uUe,
  o9,
  kI = a(() => {
    L();
    Pl();
    (uUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new Ss(t));
        r = o;
        try {
          let n = () => [].concat(...o.daemonDeployments).map((p) => p.status),
            s = n().length > 0;
          for (const i of n()) s = s && i == "SUCCESSFUL";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.daemonDeployments).map((c) => c.status);
          for (const s of n()) if (s == "STOPPED") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.daemonDeployments).map((c) => c.status);
          for (const s of n()) if (s == "ROLLBACK_FAILED") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.daemonDeployments).map((c) => c.status);
          for (const s of n()) if (s == "ROLLBACK_SUCCESSFUL") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.failures).map((c) => c.reason);
          for (const s of n()) if (s == "MISSING") return { state: $.FAILURE, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (o9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, uUe);
        return pe(o);
      });
  });
var mUe,
  n9,
  UI = a(() => {
    L();
    Ol();
    (mUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new _s(t));
        r = o;
        try {
          if (o.daemonTaskDefinition.status === "ACTIVE") return { state: $.SUCCESS, reason: r };
        } catch {}
        try {
          if (o.daemonTaskDefinition.status === "DELETE_IN_PROGRESS") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          if (o.daemonTaskDefinition.status === "DELETED") return { state: $.FAILURE, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (n9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, mUe);
        return pe(o);
      });
  });
var dUe,
  s9,
  FI = a(() => {
    L();
    Ol();
    (dUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new _s(t));
        r = o;
        try {
          if (o.daemonTaskDefinition.status === "DELETED") return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (s9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, dUe);
        return pe(o);
      });
  });
var fUe,
  i9,
  GI = a(() => {
    L();
    Nl();
    (fUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new Uo(t));
        r = o;
        try {
          const n = () => [].concat(...o.failures).map((c) => c.reason);
          for (const s of n()) if (s == "MISSING") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.services).map((c) => c.status);
          for (const s of n()) if (s == "INACTIVE") return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (i9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 600 }, ...e }, t, fUe);
        return pe(o);
      });
  });
var gUe,
  a9,
  BI = a(() => {
    L();
    Nl();
    (gUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new Uo(t));
        r = o;
        try {
          const n = () => [].concat(...o.failures).map((c) => c.reason);
          for (const s of n()) if (s == "MISSING") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.services).map((c) => c.status);
          for (const s of n()) if (s == "DRAINING") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.services).map((c) => c.status);
          for (const s of n()) if (s == "INACTIVE") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          if (
            (o.services.filter((i) => !(i.deployments.length == 1 && i.runningCount == i.desiredCount))
              .length ==
              0) ==
            !0
          )
            return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (a9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 600 }, ...e }, t, gUe);
        return pe(o);
      });
  });
var hUe,
  c9,
  HI = a(() => {
    L();
    $l();
    (hUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new xs(t));
        r = o;
        try {
          const n = () => [].concat(...o.tasks).map((c) => c.lastStatus);
          for (const s of n()) if (s == "STOPPED") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.failures).map((c) => c.reason);
          for (const s of n()) if (s == "MISSING") return { state: $.FAILURE, reason: r };
        } catch {}
        try {
          let n = () => [].concat(...o.tasks).map((p) => p.lastStatus),
            s = n().length > 0;
          for (const i of n()) s = s && i == "RUNNING";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (c9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 6, maxDelay: 600 }, ...e }, t, hUe);
        return pe(o);
      });
  });
var SUe,
  p9,
  VI = a(() => {
    L();
    $l();
    (SUe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new xs(t));
        r = o;
        try {
          let n = () => [].concat(...o.tasks).map((p) => p.lastStatus),
            s = n().length > 0;
          for (const i of n()) s = s && i == "STOPPED";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        r = o;
      }
      return { state: $.RETRY, reason: r };
    }),
      (p9 = async (e, t) => {
        const o = await le({ ...{ minDelay: 6, maxDelay: 600 }, ...e }, t, SUe);
        return pe(o);
      });
  });
var _Ue,
  xUe,
  EUe,
  jI,
  l9 = a(() => {
    L();
    iw();
    aw();
    cw();
    pw();
    lw();
    uw();
    mw();
    dw();
    fw();
    gw();
    hw();
    Sw();
    _w();
    xw();
    Ew();
    yw();
    Cw();
    Rw();
    Aw();
    Tw();
    vw();
    Dw();
    ww();
    Iw();
    bw();
    SS();
    Pl();
    Pw();
    Ol();
    Ow();
    Nw();
    $w();
    Mw();
    Lw();
    kw();
    Nl();
    Uw();
    $l();
    Fw();
    Gw();
    Bw();
    Hw();
    Vw();
    bS();
    PS();
    OS();
    NS();
    jw();
    Ww();
    zw();
    kS();
    US();
    FS();
    qw();
    BS();
    HS();
    Kw();
    jS();
    WS();
    zS();
    Jw();
    Yw();
    Qw();
    Xw();
    Zw();
    eI();
    tI();
    rI();
    oI();
    nI();
    sI();
    iI();
    aI();
    cI();
    pI();
    lI();
    uI();
    mI();
    dI();
    fI();
    gI();
    hI();
    SI();
    _I();
    xI();
    EI();
    yI();
    CI();
    kr();
    RI();
    AI();
    TI();
    vI();
    DI();
    wI();
    II();
    bI();
    PI();
    OI();
    NI();
    $I();
    MI();
    LI();
    kI();
    UI();
    FI();
    GI();
    BI();
    HI();
    VI();
    (_Ue = {
      AssociateGatewayWithClusterCommand: zh,
      ContinueServiceDeploymentCommand: qh,
      CreateCapacityProviderCommand: Kh,
      CreateClusterCommand: Jh,
      CreateDaemonCommand: Yh,
      CreateExpressGatewayServiceCommand: Qh,
      CreateGatewayCommand: Xh,
      CreateServiceCommand: Zh,
      CreateTaskSetCommand: eS,
      DeleteAccountSettingCommand: tS,
      DeleteAttributesCommand: rS,
      DeleteCapacityProviderCommand: oS,
      DeleteClusterCommand: nS,
      DeleteDaemonCommand: sS,
      DeleteDaemonTaskDefinitionCommand: iS,
      DeleteExpressGatewayServiceCommand: aS,
      DeleteGatewayCommand: cS,
      DeleteServiceCommand: pS,
      DeleteTaskDefinitionsCommand: lS,
      DeleteTaskSetCommand: uS,
      DeregisterContainerInstanceCommand: mS,
      DeregisterTaskDefinitionCommand: dS,
      DescribeCapacityProvidersCommand: fS,
      DescribeClustersCommand: gS,
      DescribeContainerInstancesCommand: hS,
      DescribeDaemonCommand: Ka,
      DescribeDaemonDeploymentsCommand: Ss,
      DescribeDaemonRevisionsCommand: _S,
      DescribeDaemonTaskDefinitionCommand: _s,
      DescribeExpressGatewayServiceCommand: xS,
      DescribeGatewayCommand: ES,
      DescribeGatewayResourcesCommand: yS,
      DescribeGatewayRouteCommand: CS,
      DescribeServiceDeploymentsCommand: RS,
      DescribeServiceRevisionsCommand: AS,
      DescribeServicesCommand: Uo,
      DescribeTaskDefinitionCommand: Ja,
      DescribeTasksCommand: xs,
      DescribeTaskSetsCommand: TS,
      DisassociateGatewayFromClusterCommand: vS,
      DiscoverPollEndpointCommand: DS,
      ExecuteCommandCommand: wS,
      GetTaskProtectionCommand: IS,
      ListAccountSettingsCommand: Ya,
      ListAttributesCommand: Qa,
      ListClustersCommand: Xa,
      ListContainerInstancesCommand: Za,
      ListDaemonDeploymentsCommand: $S,
      ListDaemonsCommand: MS,
      ListDaemonTaskDefinitionsCommand: LS,
      ListGatewayClusterAssociationsCommand: ec,
      ListGatewayRoutesCommand: tc,
      ListGatewaysCommand: rc,
      ListServiceDeploymentsCommand: GS,
      ListServicesCommand: Es,
      ListServicesByNamespaceCommand: oc,
      ListTagsForResourceCommand: VS,
      ListTaskDefinitionFamiliesCommand: nc,
      ListTaskDefinitionsCommand: sc,
      ListTasksCommand: ic,
      PutAccountSettingCommand: qS,
      PutAccountSettingDefaultCommand: KS,
      PutAttributesCommand: JS,
      PutClusterCapacityProvidersCommand: YS,
      RegisterContainerInstanceCommand: QS,
      RegisterDaemonTaskDefinitionCommand: XS,
      RegisterTaskDefinitionCommand: ac,
      RunTaskCommand: ZS,
      StartTaskCommand: e_,
      StopServiceDeploymentCommand: t_,
      StopTaskCommand: r_,
      SubmitAttachmentStateChangesCommand: o_,
      SubmitContainerStateChangeCommand: n_,
      SubmitTaskStateChangeCommand: s_,
      TagResourceCommand: i_,
      UntagResourceCommand: a_,
      UpdateCapacityProviderCommand: c_,
      UpdateClusterCommand: p_,
      UpdateClusterSettingsCommand: l_,
      UpdateContainerAgentCommand: u_,
      UpdateContainerInstancesStateCommand: m_,
      UpdateDaemonCommand: d_,
      UpdateExpressGatewayServiceCommand: f_,
      UpdateGatewayCommand: g_,
      UpdateServiceCommand: cc,
      UpdateServicePrimaryTaskSetCommand: h_,
      UpdateTaskProtectionCommand: S_,
      UpdateTaskSetCommand: __,
    }),
      (xUe = {
        paginateListAccountSettings: V8,
        paginateListAttributes: j8,
        paginateListClusters: W8,
        paginateListContainerInstances: z8,
        paginateListGatewayClusterAssociations: q8,
        paginateListGatewayRoutes: K8,
        paginateListGateways: J8,
        paginateListServices: Q8,
        paginateListServicesByNamespace: Y8,
        paginateListTaskDefinitionFamilies: X8,
        paginateListTaskDefinitions: Z8,
        paginateListTasks: e9,
      }),
      (EUe = {
        waitUntilDaemonActive: t9,
        waitUntilDaemonDeploymentSuccessful: o9,
        waitUntilDaemonDeploymentStopped: r9,
        waitUntilDaemonTaskDefinitionActive: n9,
        waitUntilDaemonTaskDefinitionDeleted: s9,
        waitUntilServicesInactive: i9,
        waitUntilServicesStable: a9,
        waitUntilTasksRunning: c9,
        waitUntilTasksStopped: p9,
      }),
      (jI = class extends Oe {});
    ar(_Ue, jI, { paginators: xUe, waiters: EUe });
  });
var u9 = a(() => {
  iw();
  aw();
  cw();
  pw();
  lw();
  uw();
  mw();
  dw();
  fw();
  gw();
  hw();
  Sw();
  _w();
  xw();
  Ew();
  yw();
  Cw();
  Rw();
  Aw();
  Tw();
  vw();
  Dw();
  ww();
  Iw();
  bw();
  SS();
  Pl();
  Pw();
  Ol();
  Ow();
  Nw();
  $w();
  Mw();
  Lw();
  kw();
  Nl();
  Uw();
  Fw();
  $l();
  Gw();
  Bw();
  Hw();
  Vw();
  bS();
  PS();
  OS();
  NS();
  jw();
  zw();
  Ww();
  kS();
  US();
  FS();
  qw();
  BS();
  HS();
  Kw();
  jS();
  WS();
  zS();
  Jw();
  Yw();
  Qw();
  Xw();
  Zw();
  eI();
  tI();
  rI();
  oI();
  nI();
  sI();
  iI();
  aI();
  cI();
  pI();
  lI();
  uI();
  mI();
  dI();
  fI();
  gI();
  hI();
  SI();
  _I();
  xI();
  EI();
  yI();
  CI();
});
var m9 = a(() => {});
var d9 = a(() => {
  m9();
  RI();
  AI();
  TI();
  vI();
  DI();
  wI();
  II();
  PI();
  bI();
  OI();
  NI();
  $I();
});
var f9 = a(() => {
  MI();
  kI();
  LI();
  UI();
  FI();
  GI();
  BI();
  HI();
  VI();
});
var g9 = a(() => {});
var h9 = a(() => {});
var S9 = a(() => {});
var WI = a(() => {
  kr();
  l9();
  u9();
  d9();
  f9();
  O();
  g9();
  Pv();
  h9();
  S9();
});
function _9(e) {
  return ba(new Oe(Ia(e)), "ecs", e);
}
var x9 = a(() => {
  WI();
  Tn();
});
function yUe(e) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: { name: "elasticloadbalancing", region: e.region },
    propertiesExtractor: (t, r) => ({ signingProperties: { config: t, context: r } }),
  };
}
var E9,
  y9,
  C9,
  zI = a(() => {
    Ye();
    L();
    E9 = async (e, t, r) => ({
      operation: Me(t).operation,
      region:
        (await de(e.region)()) ||
        (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    });
    (y9 = (e) => {
      const t = [];
      switch (e.operation) {
        default:
          t.push(yUe(e));
      }
      return t;
    }),
      (C9 = (e) => {
        const t = Vr(e);
        return Object.assign(t, { authSchemePreference: de(e.authSchemePreference ?? []) });
      });
  });
var R9,
  A9,
  qI = a(() => {
    (R9 = (e) =>
      Object.assign(e, {
        useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
        useFipsEndpoint: e.useFipsEndpoint ?? !1,
        defaultSigningName: "elasticloadbalancing",
      })),
      (A9 = {
        UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
        Endpoint: { type: "builtInParams", name: "endpoint" },
        Region: { type: "builtInParams", name: "region" },
        UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
      });
  });
var v9,
  T9 = a(() => {
    v9 = {
      name: "@aws-sdk/client-elastic-load-balancing-v2",
      version: "3.1142.0",
      description:
        "AWS SDK for JavaScript Elastic Load Balancing V2 Client for Node.js, Browser and React Native",
      homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-elastic-load-balancing-v2",
      license: "Apache-2.0",
      author: { name: "AWS SDK for JavaScript Team", url: "https://aws.amazon.com/sdk-for-javascript/" },
      repository: {
        type: "git",
        url: "https://github.com/aws/aws-sdk-js-v3.git",
        directory: "clients/client-elastic-load-balancing-v2",
      },
      files: ["dist-*/**"],
      sideEffects: !1,
      main: "./dist-cjs/index.js",
      module: "./dist-es/index.js",
      browser: { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser" },
      types: "./dist-types/index.d.ts",
      typesVersions: { "<4.5": { "dist-types/*": ["dist-types/ts3.4/*"] } },
      "react-native": { "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native" },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        "build:cjs": "node ../../scripts/compilation/inline",
        "build:es": "premove dist-es && tsc -p tsconfig.es.json",
        "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
        "build:types": "premove dist-types && tsc -p tsconfig.types.json",
        "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
        clean: "premove dist-cjs dist-es dist-types",
        "extract:docs": "api-extractor run --local",
        "generate:client": "node ../../scripts/generate-clients/single-service",
        "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
        "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
        "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs",
      },
      dependencies: {
        "@aws-sdk/core": "^3.978.1",
        "@aws-sdk/credential-provider-node": "^3.972.84",
        "@aws-sdk/types": "^3.974.6",
        "@smithy/core": "^3.35.0",
        "@smithy/fetch-http-handler": "^5.8.0",
        "@smithy/node-http-handler": "^4.12.1",
        "@smithy/types": "^4.19.0",
        tslib: "^2.6.2",
      },
      devDependencies: {
        "@tsconfig/node20": "20.1.8",
        "@types/node": "^20.14.8",
        concurrently: "7.0.0",
        "downlevel-dts": "0.10.1",
        premove: "4.0.0",
        typescript: "~7.0.2",
      },
      engines: { node: ">=20.0.0" },
    };
  });
var Ml,
  yi,
  x_,
  D9,
  P9,
  E_,
  KI,
  w9,
  JI,
  pc,
  I9,
  b9,
  RUe,
  Qr,
  AUe,
  O9,
  N9 = a(() => {
    _e();
    (Ml = "ref"),
      (yi = -1),
      (x_ = !0),
      (D9 = "isSet"),
      (P9 = "PartitionResult"),
      (E_ = "booleanEquals"),
      (KI = "getAttr"),
      (w9 = { [Ml]: "Endpoint" }),
      (JI = { [Ml]: P9 }),
      (pc = {}),
      (I9 = [{ [Ml]: "Region" }]),
      (b9 = {
        conditions: [
          [D9, [w9]],
          [D9, I9],
          ["aws.partition", I9, P9],
          [E_, [{ [Ml]: "UseFIPS" }, x_]],
          [E_, [{ [Ml]: "UseDualStack" }, x_]],
          [E_, [{ fn: KI, argv: [JI, "supportsDualStack"] }, x_]],
          [E_, [{ fn: KI, argv: [JI, "supportsFIPS"] }, x_]],
          ["stringEquals", [{ fn: KI, argv: [JI, "name"] }, "aws-us-gov"]],
        ],
        results: [
          [yi],
          [yi, "Invalid Configuration: FIPS and custom endpoint are not supported"],
          [yi, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
          [w9, pc],
          ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", pc],
          [yi, "FIPS and DualStack are enabled, but this partition does not support one or both"],
          ["https://elasticloadbalancing.{Region}.amazonaws.com", pc],
          ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}", pc],
          [yi, "FIPS is enabled but this partition does not support FIPS"],
          ["https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}", pc],
          [yi, "DualStack is enabled but this partition does not support DualStack"],
          ["https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}", pc],
          [yi, "Invalid Configuration: Missing Region"],
        ],
      }),
      (RUe = 2),
      (Qr = 1e8),
      (AUe = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        Qr + 12,
        2,
        5,
        Qr + 12,
        3,
        8,
        6,
        4,
        7,
        Qr + 11,
        5,
        Qr + 9,
        Qr + 10,
        4,
        11,
        9,
        6,
        10,
        Qr + 8,
        7,
        Qr + 6,
        Qr + 7,
        5,
        12,
        Qr + 5,
        6,
        Qr + 4,
        Qr + 5,
        3,
        Qr + 1,
        14,
        4,
        Qr + 2,
        Qr + 3,
      ])),
      (O9 = Rt.from(AUe, RUe, b9.conditions, b9.results));
  });
var TUe,
  $9,
  M9 = a(() => {
    ae();
    _e();
    N9();
    (TUe = new At({ size: 50, params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"] })),
      ($9 = (e, t = {}) => TUe.get(e, () => gr(O9, { endpointParams: e, logger: t.logger })));
    lt.aws = Ht;
  });
var V,
  YI = a(() => {
    L();
    V = class e extends yt {
      constructor(t) {
        super(t), Object.setPrototypeOf(this, e.prototype);
      }
    };
  });
var y_,
  C_,
  R_,
  A_,
  T_,
  v_,
  D_,
  w_,
  I_,
  b_,
  P_,
  O_,
  N_,
  $_,
  M_,
  L_,
  k_,
  U_,
  F_,
  G_,
  B_,
  H_,
  V_,
  j_,
  W_,
  z_,
  q_,
  K_,
  J_,
  Y_,
  Q_,
  X_,
  Z_,
  ex,
  tx,
  rx,
  ox,
  nx,
  sx,
  ix,
  ax,
  cx,
  px,
  lx,
  ux,
  mx,
  dx,
  fx,
  gx,
  hx,
  Sx,
  _x,
  xx,
  Ex,
  yx,
  Cx,
  QI = a(() => {
    YI();
    (y_ = class e extends V {
      name = "CertificateNotFoundException";
      $fault = "client";
      Message;
      constructor(t) {
        super({ name: "CertificateNotFoundException", $fault: "client", ...t }),
          Object.setPrototypeOf(this, e.prototype),
          (this.Message = t.Message);
      }
    }),
      (C_ = class e extends V {
        name = "ListenerNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "ListenerNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (R_ = class e extends V {
        name = "TooManyCertificatesException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyCertificatesException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (A_ = class e extends V {
        name = "DuplicateTagKeysException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "DuplicateTagKeysException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (T_ = class e extends V {
        name = "LoadBalancerNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "LoadBalancerNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (v_ = class e extends V {
        name = "RuleNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "RuleNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (D_ = class e extends V {
        name = "TargetGroupNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TargetGroupNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (w_ = class e extends V {
        name = "TooManyTagsException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyTagsException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (I_ = class e extends V {
        name = "TrustStoreNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TrustStoreNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (b_ = class e extends V {
        name = "InvalidRevocationContentException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidRevocationContentException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (P_ = class e extends V {
        name = "RevocationContentNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "RevocationContentNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (O_ = class e extends V {
        name = "TooManyTrustStoreRevocationEntriesException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyTrustStoreRevocationEntriesException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (N_ = class e extends V {
        name = "AllocationIdNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "AllocationIdNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      ($_ = class e extends V {
        name = "ALPNPolicyNotSupportedException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "ALPNPolicyNotSupportedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (M_ = class e extends V {
        name = "AvailabilityZoneNotSupportedException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "AvailabilityZoneNotSupportedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (L_ = class e extends V {
        name = "CaCertificatesBundleNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "CaCertificatesBundleNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (k_ = class e extends V {
        name = "CapacityDecreaseRequestsLimitExceededException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "CapacityDecreaseRequestsLimitExceededException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (U_ = class e extends V {
        name = "CapacityReservationPendingException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "CapacityReservationPendingException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (F_ = class e extends V {
        name = "CapacityUnitsLimitExceededException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "CapacityUnitsLimitExceededException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (G_ = class e extends V {
        name = "DuplicateListenerException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "DuplicateListenerException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (B_ = class e extends V {
        name = "IncompatibleProtocolsException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "IncompatibleProtocolsException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (H_ = class e extends V {
        name = "InvalidConfigurationRequestException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidConfigurationRequestException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (V_ = class e extends V {
        name = "InvalidLoadBalancerActionException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidLoadBalancerActionException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (j_ = class e extends V {
        name = "SSLPolicyNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "SSLPolicyNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (W_ = class e extends V {
        name = "TargetGroupAssociationLimitException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TargetGroupAssociationLimitException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (z_ = class e extends V {
        name = "TooManyActionsException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyActionsException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (q_ = class e extends V {
        name = "TooManyListenersException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyListenersException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (K_ = class e extends V {
        name = "TooManyRegistrationsForTargetIdException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyRegistrationsForTargetIdException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (J_ = class e extends V {
        name = "TooManyTargetsException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyTargetsException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Y_ = class e extends V {
        name = "TooManyUniqueTargetGroupsPerLoadBalancerException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyUniqueTargetGroupsPerLoadBalancerException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Q_ = class e extends V {
        name = "TrustStoreNotReadyException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TrustStoreNotReadyException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (X_ = class e extends V {
        name = "UnsupportedProtocolException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "UnsupportedProtocolException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Z_ = class e extends V {
        name = "DuplicateLoadBalancerNameException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "DuplicateLoadBalancerNameException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (ex = class e extends V {
        name = "InvalidSchemeException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidSchemeException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (tx = class e extends V {
        name = "InvalidSecurityGroupException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidSecurityGroupException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (rx = class e extends V {
        name = "InvalidSubnetException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidSubnetException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (ox = class e extends V {
        name = "OperationNotPermittedException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "OperationNotPermittedException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (nx = class e extends V {
        name = "ResourceInUseException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "ResourceInUseException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (sx = class e extends V {
        name = "SubnetNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "SubnetNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (ix = class e extends V {
        name = "TooManyLoadBalancersException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyLoadBalancersException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (ax = class e extends V {
        name = "PriorityInUseException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "PriorityInUseException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (cx = class e extends V {
        name = "TooManyRulesException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyRulesException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (px = class e extends V {
        name = "TooManyTargetGroupsException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyTargetGroupsException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (lx = class e extends V {
        name = "DuplicateTargetGroupNameException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "DuplicateTargetGroupNameException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (ux = class e extends V {
        name = "DuplicateTrustStoreNameException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "DuplicateTrustStoreNameException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (mx = class e extends V {
        name = "InvalidCaCertificatesBundleException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidCaCertificatesBundleException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (dx = class e extends V {
        name = "TooManyTrustStoresException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TooManyTrustStoresException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (fx = class e extends V {
        name = "DeleteAssociationSameAccountException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "DeleteAssociationSameAccountException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (gx = class e extends V {
        name = "TrustStoreAssociationNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TrustStoreAssociationNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (hx = class e extends V {
        name = "TrustStoreInUseException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "TrustStoreInUseException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Sx = class e extends V {
        name = "InvalidTargetException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "InvalidTargetException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (_x = class e extends V {
        name = "HealthUnavailableException";
        $fault = "server";
        Message;
        constructor(t) {
          super({ name: "HealthUnavailableException", $fault: "server", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (xx = class e extends V {
        name = "RevocationIdNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "RevocationIdNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Ex = class e extends V {
        name = "ResourceNotFoundException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "ResourceNotFoundException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (yx = class e extends V {
        name = "InsufficientCapacityException";
        $fault = "server";
        Message;
        constructor(t) {
          super({ name: "InsufficientCapacityException", $fault: "server", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      }),
      (Cx = class e extends V {
        name = "PriorRequestNotCompleteException";
        $fault = "client";
        Message;
        constructor(t) {
          super({ name: "PriorRequestNotCompleteException", $fault: "client", ...t }),
            Object.setPrototypeOf(this, e.prototype),
            (this.Message = t.Message);
        }
      });
  });
var vUe,
  DUe,
  wUe,
  IUe,
  L9,
  bUe,
  k9,
  PUe,
  OUe,
  NUe,
  $Ue,
  MUe,
  U9,
  LUe,
  kUe,
  XI,
  F9,
  UUe,
  FUe,
  GUe,
  BUe,
  HUe,
  VUe,
  jUe,
  ZI,
  WUe,
  eb,
  Rx,
  On,
  Ci,
  zUe,
  qUe,
  G9,
  B9,
  H9,
  KUe,
  JUe,
  YUe,
  QUe,
  XUe,
  ZUe,
  eFe,
  tFe,
  rFe,
  oFe,
  nFe,
  V9,
  sFe,
  iFe,
  aFe,
  cFe,
  pFe,
  j9,
  lFe,
  uFe,
  mFe,
  dFe,
  fFe,
  gFe,
  hFe,
  SFe,
  _Fe,
  xFe,
  EFe,
  yFe,
  CFe,
  W9,
  z9,
  tb,
  q9,
  rb,
  RFe,
  AFe,
  TFe,
  vFe,
  DFe,
  wFe,
  IFe,
  bFe,
  PFe,
  OFe,
  NFe,
  $Fe,
  MFe,
  LFe,
  kFe,
  UFe,
  FFe,
  GFe,
  BFe,
  HFe,
  VFe,
  jFe,
  WFe,
  zFe,
  qFe,
  KFe,
  JFe,
  YFe,
  QFe,
  XFe,
  ZFe,
  eGe,
  tGe,
  rGe,
  oGe,
  nGe,
  K9,
  sGe,
  iGe,
  aGe,
  cGe,
  pGe,
  lGe,
  uGe,
  mGe,
  dGe,
  fGe,
  gGe,
  hGe,
  SGe,
  _Ge,
  xGe,
  EGe,
  yGe,
  CGe,
  RGe,
  AGe,
  TGe,
  vGe,
  DGe,
  wGe,
  IGe,
  bGe,
  PGe,
  OGe,
  NGe,
  $Ge,
  MGe,
  LGe,
  kGe,
  UGe,
  FGe,
  GGe,
  BGe,
  HGe,
  VGe,
  jGe,
  WGe,
  zGe,
  qGe,
  KGe,
  JGe,
  Ax,
  ob,
  YGe,
  QGe,
  XGe,
  ZGe,
  e3e,
  t3e,
  r3e,
  o3e,
  n3e,
  s3e,
  i3e,
  a3e,
  c3e,
  p3e,
  l3e,
  u3e,
  m3e,
  d3e,
  nb,
  sb,
  ib,
  Tx,
  ab,
  cb,
  f3e,
  g3e,
  h3e,
  S3e,
  _3e,
  J9,
  x3e,
  E3e,
  pb,
  y3e,
  Y9,
  C3e,
  Nn,
  R3e,
  A3e,
  T3e,
  v3e,
  Q9,
  D3e,
  w3e,
  Ll,
  X9,
  I3e,
  b3e,
  P3e,
  O3e,
  N3e,
  $3e,
  M3e,
  L3e,
  k3e,
  U3e,
  F3e,
  G3e,
  B3e,
  kl,
  vx,
  sn,
  H3e,
  V3e,
  j3e,
  lb,
  Z9,
  Xr,
  e5,
  W3e,
  z3e,
  q3e,
  K3e,
  J3e,
  Y3e,
  Q3e,
  X3e,
  t5,
  Z3e,
  r5,
  e4e,
  t4e,
  o5,
  K,
  ub,
  r4e,
  o4e,
  n4e,
  s4e,
  i4e,
  a4e,
  c4e,
  p4e,
  l4e,
  u4e,
  m4e,
  d4e,
  f4e,
  g4e,
  h4e,
  S4e,
  Dx,
  _4e,
  x4e,
  E4e,
  y4e,
  C4e,
  R4e,
  A4e,
  T4e,
  v4e,
  D4e,
  w4e,
  I4e,
  b4e,
  P4e,
  wx,
  an,
  O4e,
  N4e,
  ys,
  cn,
  $4e,
  n5,
  Ix,
  M4e,
  L4e,
  k4e,
  s5,
  bx,
  i5,
  U4e,
  F4e,
  G4e,
  B4e,
  pn,
  a5,
  H4e,
  Ri,
  V4e,
  lc,
  j4e,
  W4e,
  z4e,
  q4e,
  K4e,
  J4e,
  Px,
  mb,
  Y4e,
  Ox,
  Nx,
  Q4e,
  X4e,
  Z4e,
  eBe,
  tBe,
  rBe,
  c5,
  oBe,
  nBe,
  sBe,
  db,
  iBe,
  aBe,
  cBe,
  p5,
  pBe,
  lBe,
  uBe,
  mBe,
  dBe,
  fBe,
  gBe,
  hBe,
  fb,
  SBe,
  _Be,
  xBe,
  EBe,
  yBe,
  CBe,
  RBe,
  ABe,
  TBe,
  vBe,
  DBe,
  wBe,
  $x,
  IBe,
  bBe,
  PBe,
  l5,
  Ul,
  OBe,
  Mx,
  NBe,
  u5,
  m5,
  gb,
  $Be,
  d5,
  MBe,
  LBe,
  kBe,
  UBe,
  FBe,
  GBe,
  BBe,
  hb,
  HBe,
  VBe,
  jBe,
  WBe,
  zBe,
  Lx,
  f5,
  qBe,
  KBe,
  JBe,
  YBe,
  QBe,
  XBe,
  ZBe,
  eHe,
  tHe,
  rHe,
  oHe,
  g5,
  h5,
  S5,
  nHe,
  _5,
  kx,
  x5,
  E5,
  sHe,
  iHe,
  aHe,
  cHe,
  Fl,
  ln,
  pHe,
  lHe,
  uHe,
  mHe,
  dHe,
  fHe,
  gHe,
  y5,
  hHe,
  SHe,
  C5,
  R5,
  _He,
  xHe,
  EHe,
  yHe,
  CHe,
  RHe,
  AHe,
  THe,
  vHe,
  DHe,
  wHe,
  IHe,
  bHe,
  PHe,
  OHe,
  NHe,
  Ux,
  co,
  $He,
  MHe,
  A5,
  LHe,
  kHe,
  UHe,
  FHe,
  GHe,
  Sb,
  BHe,
  HHe,
  T5,
  Ai,
  VHe,
  _b,
  jHe,
  xb,
  WHe,
  zHe,
  qHe,
  KHe,
  JHe,
  YHe,
  v5,
  Eb,
  Cs,
  yb,
  Gl,
  QHe,
  XHe,
  ZHe,
  e2e,
  J,
  Z,
  Y,
  Q,
  D5,
  w5,
  g,
  I5,
  t2e,
  W,
  r2e,
  o2e,
  n2e,
  s2e,
  i2e,
  a2e,
  c2e,
  p2e,
  l2e,
  u2e,
  m2e,
  d2e,
  f2e,
  g2e,
  h2e,
  S2e,
  _2e,
  x2e,
  E2e,
  y2e,
  C2e,
  R2e,
  A2e,
  T2e,
  v2e,
  D2e,
  w2e,
  I2e,
  b2e,
  P2e,
  O2e,
  N2e,
  $2e,
  M2e,
  L2e,
  k2e,
  U2e,
  F2e,
  G2e,
  B2e,
  H2e,
  V2e,
  j2e,
  W2e,
  z2e,
  q2e,
  K2e,
  J2e,
  Y2e,
  Q2e,
  X2e,
  Z2e,
  eVe,
  tVe,
  rVe,
  oVe,
  b5,
  nVe,
  sVe,
  iVe,
  aVe,
  cVe,
  pVe,
  lVe,
  uVe,
  mVe,
  dVe,
  fVe,
  gVe,
  hVe,
  SVe,
  _Ve,
  xVe,
  EVe,
  yVe,
  CVe,
  RVe,
  AVe,
  TVe,
  vVe,
  DVe,
  wVe,
  IVe,
  bVe,
  PVe,
  OVe,
  NVe,
  $Ve,
  MVe,
  LVe,
  kVe,
  UVe,
  FVe,
  GVe,
  BVe,
  HVe,
  VVe,
  jVe,
  WVe,
  zVe,
  qVe,
  KVe,
  JVe,
  YVe,
  QVe,
  XVe,
  ZVe,
  eje,
  tje,
  rje,
  oje,
  nje,
  sje,
  ije,
  aje,
  cje,
  pje,
  lje,
  uje,
  mje,
  dje,
  fje,
  gje,
  hje,
  Sje,
  _je,
  xje,
  Eje,
  yje,
  Cje,
  Rje,
  Aje,
  Tje,
  vje,
  Dje,
  wje,
  Ije,
  bje,
  Pje,
  Oje,
  Nje,
  Fx,
  $je,
  Mje,
  Lje,
  kje,
  Uje,
  Fje,
  Gje,
  Bje,
  Hje,
  Cb,
  Rb,
  Vje,
  jje,
  Wje,
  zje,
  qje,
  Kje,
  Jje,
  Yje,
  Qje,
  Xje,
  Zje,
  e6e,
  t6e,
  r6e,
  o6e,
  n6e,
  s6e,
  i6e,
  Ab,
  a6e,
  c6e,
  p6e,
  l6e,
  u6e,
  m6e,
  d6e,
  f6e,
  g6e,
  h6e,
  S6e,
  _6e,
  x6e,
  E6e,
  y6e,
  C6e,
  R6e,
  A6e,
  T6e,
  v6e,
  D6e,
  w6e,
  I6e,
  b6e,
  P6e,
  O6e,
  N6e,
  $6e,
  M6e,
  L6e,
  k6e,
  P5,
  U6e,
  F6e,
  G6e,
  B6e,
  H6e,
  V6e,
  j6e,
  W6e,
  z6e,
  q6e,
  K6e,
  uc,
  O5,
  Ti,
  J6e,
  Y6e,
  Q6e,
  X6e,
  Tb,
  vb,
  Z6e,
  Db,
  N5,
  eWe,
  tWe,
  $5,
  wb,
  rWe,
  Gx,
  Ib,
  oWe,
  M5,
  nWe,
  vi,
  bb,
  Pb,
  sWe,
  Ob,
  iWe,
  aWe,
  cWe,
  Nb,
  L5,
  k5,
  U5,
  F5,
  G5,
  B5,
  H5,
  V5,
  j5,
  W5,
  z5,
  q5,
  K5,
  J5,
  Y5,
  Q5,
  X5,
  Z5,
  eJ,
  tJ,
  rJ,
  oJ,
  nJ,
  sJ,
  iJ,
  aJ,
  cJ,
  pJ,
  lJ,
  uJ,
  mJ,
  dJ,
  fJ,
  gJ,
  hJ,
  SJ,
  _J,
  xJ,
  EJ,
  yJ,
  CJ,
  RJ,
  AJ,
  TJ,
  vJ,
  DJ,
  wJ,
  IJ,
  bJ,
  PJ,
  OJ,
  NJ,
  ee = a(() => {
    be();
    YI();
    QI();
    (vUe = "Action"),
      (DUe = "AdditionalClaims"),
      (wUe = "AuthenticateCognitoActionConfig"),
      (IUe = "AuthenticateCognitoConfig"),
      (L9 = "AnomalyDetection"),
      (bUe = "AuthorizationEndpoint"),
      (k9 = "AllocationId"),
      (PUe = "AllocationIdNotFoundException"),
      (OUe = "AddListenerCertificates"),
      (NUe = "AddListenerCertificatesInput"),
      ($Ue = "AddListenerCertificatesOutput"),
      (MUe = "ALPNPolicyNotSupportedException"),
      (U9 = "AdministrativeOverride"),
      (LUe = "AuthenticateOidcActionConfig"),
      (kUe = "AuthenticateOidcConfig"),
      (XI = "AlpnPolicy"),
      (F9 = "AuthenticationRequestExtraParams"),
      (UUe = "AddTags"),
      (FUe = "AddTagsInput"),
      (GUe = "AddTagsOutput"),
      (BUe = "AdvertiseTrustStoreCaNames"),
      (HUe = "AddTrustStoreRevocations"),
      (VUe = "AddTrustStoreRevocationsInput"),
      (jUe = "AddTrustStoreRevocationsOutput"),
      (ZI = "AvailabilityZone"),
      (WUe = "AvailabilityZoneNotSupportedException"),
      (eb = "AvailabilityZones"),
      (Rx = "Actions"),
      (On = "Attributes"),
      (Ci = "Certificates"),
      (zUe = "CertificateArn"),
      (qUe = "CaCertificatesBundleNotFoundException"),
      (G9 = "CaCertificatesBundleS3Bucket"),
      (B9 = "CaCertificatesBundleS3Key"),
      (H9 = "CaCertificatesBundleS3ObjectVersion"),
      (KUe = "CapacityDecreaseRequestsLimitExceededException"),
      (JUe = "CanonicalHostedZoneId"),
      (YUe = "ClientId"),
      (QUe = "CertificateList"),
      (XUe = "CreateLoadBalancer"),
      (ZUe = "CreateLoadBalancerInput"),
      (eFe = "CreateLoadBalancerOutput"),
      (tFe = "CreateListenerInput"),
      (rFe = "CreateListenerOutput"),
      (oFe = "CreateListener"),
      (nFe = "CertificateNotFoundException"),
      (V9 = "CustomerOwnedIpv4Pool"),
      (sFe = "CreateRule"),
      (iFe = "CreateRuleInput"),
      (aFe = "CreateRuleOutput"),
      (cFe = "CapacityReservationPendingException"),
      (pFe = "CapacityReservationStatus"),
      (j9 = "CapacityReservationState"),
      (lFe = "ClientSecret"),
      (uFe = "ContentType"),
      (mFe = "CreateTargetGroup"),
      (dFe = "CreateTargetGroupInput"),
      (fFe = "CreateTargetGroupOutput"),
      (gFe = "CreateTrustStore"),
      (hFe = "CreateTrustStoreInput"),
      (SFe = "CreateTrustStoreOutput"),
      (_Fe = "CreatedTime"),
      (xFe = "CapacityUnits"),
      (EFe = "CapacityUnitsLimitExceededException"),
      (yFe = "Certificate"),
      (CFe = "Cipher"),
      (W9 = "Ciphers"),
      (z9 = "Code"),
      (tb = "Conditions"),
      (q9 = "Description"),
      (rb = "DefaultActions"),
      (RFe = "DescribeAccountLimits"),
      (AFe = "DescribeAccountLimitsInput"),
      (TFe = "DescribeAccountLimitsOutput"),
      (vFe = "DeleteAssociationSameAccountException"),
      (DFe = "DescribeCapacityReservation"),
      (wFe = "DescribeCapacityReservationInput"),
      (IFe = "DescribeCapacityReservationOutput"),
      (bFe = "DeleteListener"),
      (PFe = "DescribeListenerAttributes"),
      (OFe = "DescribeListenerAttributesInput"),
      (NFe = "DescribeListenerAttributesOutput"),
      ($Fe = "DeleteLoadBalancer"),
      (MFe = "DescribeLoadBalancerAttributes"),
      (LFe = "DescribeLoadBalancerAttributesInput"),
      (kFe = "DescribeLoadBalancerAttributesOutput"),
      (UFe = "DeleteLoadBalancerInput"),
      (FFe = "DescribeLoadBalancersInput"),
      (GFe = "DuplicateLoadBalancerNameException"),
      (BFe = "DeleteLoadBalancerOutput"),
      (HFe = "DescribeLoadBalancersOutput"),
      (VFe = "DescribeLoadBalancers"),
      (jFe = "DescribeListenerCertificates"),
      (WFe = "DescribeListenerCertificatesInput"),
      (zFe = "DescribeListenerCertificatesOutput"),
      (qFe = "DuplicateListenerException"),
      (KFe = "DeleteListenerInput"),
      (JFe = "DescribeListenersInput"),
      (YFe = "DeleteListenerOutput"),
      (QFe = "DescribeListenersOutput"),
      (XFe = "DescribeListeners"),
      (ZFe = "DNSName"),
      (eGe = "DeleteRule"),
      (tGe = "DeleteRuleInput"),
      (rGe = "DescribeRulesInput"),
      (oGe = "DeleteRuleOutput"),
      (nGe = "DescribeRulesOutput"),
      (K9 = "DecreaseRequestsRemaining"),
      (sGe = "DescribeRules"),
      (iGe = "DurationSeconds"),
      (aGe = "DescribeSSLPolicies"),
      (cGe = "DescribeSSLPoliciesInput"),
      (pGe = "DescribeSSLPoliciesOutput"),
      (lGe = "DeleteSharedTrustStoreAssociation"),
      (uGe = "DeleteSharedTrustStoreAssociationInput"),
      (mGe = "DeleteSharedTrustStoreAssociationOutput"),
      (dGe = "DeregisterTargets"),
      (fGe = "DeleteTargetGroup"),
      (gGe = "DescribeTargetGroupAttributes"),
      (hGe = "DescribeTargetGroupAttributesInput"),
      (SGe = "DescribeTargetGroupAttributesOutput"),
      (_Ge = "DeleteTargetGroupInput"),
      (xGe = "DescribeTargetGroupsInput"),
      (EGe = "DuplicateTargetGroupNameException"),
      (yGe = "DeleteTargetGroupOutput"),
      (CGe = "DescribeTargetGroupsOutput"),
      (RGe = "DescribeTargetGroups"),
      (AGe = "DescribeTargetHealth"),
      (TGe = "DescribeTargetHealthInput"),
      (vGe = "DescribeTargetHealthOutput"),
      (DGe = "DeregisterTargetsInput"),
      (wGe = "DescribeTagsInput"),
      (IGe = "DuplicateTagKeysException"),
      (bGe = "DeregisterTargetsOutput"),
      (PGe = "DescribeTagsOutput"),
      (OGe = "DeleteTrustStore"),
      (NGe = "DescribeTrustStoreAssociations"),
      ($Ge = "DescribeTrustStoreAssociationsInput"),
      (MGe = "DescribeTrustStoreAssociationsOutput"),
      (LGe = "DeleteTrustStoreInput"),
      (kGe = "DescribeTrustStoresInput"),
      (UGe = "DuplicateTrustStoreNameException"),
      (FGe = "DeleteTrustStoreOutput"),
      (GGe = "DescribeTrustStoresOutput"),
      (BGe = "DescribeTrustStoreRevocation"),
      (HGe = "DescribeTrustStoreRevocationsInput"),
      (VGe = "DescribeTrustStoreRevocationsOutput"),
      (jGe = "DescribeTrustStoreRevocationResponse"),
      (WGe = "DescribeTrustStoreRevocations"),
      (zGe = "DescribeTrustStores"),
      (qGe = "DescribeTags"),
      (KGe = "Enabled"),
      (JGe = "EffectiveCapacityUnits"),
      (Ax = "EnablePrefixForIpv6SourceNat"),
      (ob = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic"),
      (YGe = "Format"),
      (QGe = "ForwardActionConfig"),
      (XGe = "ForwardConfig"),
      (ZGe = "FixedResponseActionConfig"),
      (e3e = "FixedResponseConfig"),
      (t3e = "Field"),
      (r3e = "GrpcCode"),
      (o3e = "GetResourcePolicy"),
      (n3e = "GetResourcePolicyInput"),
      (s3e = "GetResourcePolicyOutput"),
      (i3e = "GetTrustStoreCaCertificatesBundle"),
      (a3e = "GetTrustStoreCaCertificatesBundleInput"),
      (c3e = "GetTrustStoreCaCertificatesBundleOutput"),
      (p3e = "GetTrustStoreRevocationContent"),
      (l3e = "GetTrustStoreRevocationContentInput"),
      (u3e = "GetTrustStoreRevocationContentOutput"),
      (m3e = "Host"),
      (d3e = "HttpCode"),
      (nb = "HealthCheckEnabled"),
      (sb = "HealthCheckIntervalSeconds"),
      (ib = "HealthCheckProtocol"),
      (Tx = "HealthCheckPort"),
      (ab = "HealthCheckPath"),
      (cb = "HealthCheckTimeoutSeconds"),
      (f3e = "HostHeaderConfig"),
      (g3e = "HostHeaderConditionConfig"),
      (h3e = "HttpHeaderConditionConfig"),
      (S3e = "HttpHeaderConfig"),
      (_3e = "HttpHeaderName"),
      (J9 = "HostHeaderRewriteConfig"),
      (x3e = "HttpRequestMethodConfig"),
      (E3e = "HttpRequestMethodConditionConfig"),
      (pb = "HealthyThresholdCount"),
      (y3e = "HealthUnavailableException"),
      (Y9 = "Issuer"),
      (C3e = "IpAddress"),
      (Nn = "IpAddressType"),
      (R3e = "InvalidCaCertificatesBundleException"),
      (A3e = "IgnoreClientCertificateExpiry"),
      (T3e = "InsufficientCapacityException"),
      (v3e = "InvalidConfigurationRequestException"),
      (Q9 = "IsDefault"),
      (D3e = "Ipv4IpamPoolId"),
      (w3e = "InvalidLoadBalancerActionException"),
      (Ll = "IpamPools"),
      (X9 = "IPv6Address"),
      (I3e = "IncompatibleProtocolsException"),
      (b3e = "InvalidRevocationContentException"),
      (P3e = "InvalidSchemeException"),
      (O3e = "InvalidSubnetException"),
      (N3e = "InvalidSecurityGroupException"),
      ($3e = "InvalidTargetException"),
      (M3e = "Id"),
      (L3e = "Include"),
      (k3e = "JwksEndpoint"),
      (U3e = "JwtValidationActionAdditionalClaim"),
      (F3e = "JwtValidationActionAdditionalClaims"),
      (G3e = "JwtValidationActionConfig"),
      (B3e = "JwtValidationConfig"),
      (kl = "Key"),
      (vx = "Listeners"),
      (sn = "ListenerArn"),
      (H3e = "ListenerArns"),
      (V3e = "ListenerAttribute"),
      (j3e = "ListenerAttributes"),
      (lb = "LoadBalancers"),
      (Z9 = "LoadBalancerAddresses"),
      (Xr = "LoadBalancerArn"),
      (e5 = "LoadBalancerArns"),
      (W3e = "LoadBalancerAddress"),
      (z3e = "LoadBalancerAttribute"),
      (q3e = "LoadBalancerAttributes"),
      (K3e = "LoadBalancerName"),
      (J3e = "LoadBalancerNotFoundException"),
      (Y3e = "LoadBalancerState"),
      (Q3e = "LoadBalancerType"),
      (X3e = "LoadBalancer"),
      (t5 = "LastModifiedTime"),
      (Z3e = "ListenerNotFoundException"),
      (r5 = "Limits"),
      (e4e = "Limit"),
      (t4e = "Listener"),
      (o5 = "Location"),
      (K = "Message"),
      (ub = "MutualAuthentication"),
      (r4e = "MutualAuthenticationAttributes"),
      (o4e = "MessageBody"),
      (n4e = "ModifyCapacityReservation"),
      (s4e = "ModifyCapacityReservationInput"),
      (i4e = "ModifyCapacityReservationOutput"),
      (a4e = "MitigationInEffect"),
      (c4e = "ModifyIpPools"),
      (p4e = "ModifyIpPoolsInput"),
      (l4e = "ModifyIpPoolsOutput"),
      (u4e = "ModifyListener"),
      (m4e = "ModifyListenerAttributes"),
      (d4e = "ModifyListenerAttributesInput"),
      (f4e = "ModifyListenerAttributesOutput"),
      (g4e = "ModifyLoadBalancerAttributes"),
      (h4e = "ModifyLoadBalancerAttributesInput"),
      (S4e = "ModifyLoadBalancerAttributesOutput"),
      (Dx = "MinimumLoadBalancerCapacity"),
      (_4e = "ModifyListenerInput"),
      (x4e = "ModifyListenerOutput"),
      (E4e = "ModifyRule"),
      (y4e = "ModifyRuleInput"),
      (C4e = "ModifyRuleOutput"),
      (R4e = "ModifyTargetGroup"),
      (A4e = "ModifyTargetGroupAttributes"),
      (T4e = "ModifyTargetGroupAttributesInput"),
      (v4e = "ModifyTargetGroupAttributesOutput"),
      (D4e = "ModifyTargetGroupInput"),
      (w4e = "ModifyTargetGroupOutput"),
      (I4e = "ModifyTrustStore"),
      (b4e = "ModifyTrustStoreInput"),
      (P4e = "ModifyTrustStoreOutput"),
      (wx = "Matcher"),
      (an = "Marker"),
      (O4e = "Max"),
      (N4e = "Mode"),
      (ys = "Name"),
      (cn = "NextMarker"),
      ($4e = "NumberOfCaCertificates"),
      (n5 = "NumberOfRevokedEntries"),
      (Ix = "Names"),
      (M4e = "Order"),
      (L4e = "OutpostId"),
      (k4e = "OperationNotPermittedException"),
      (s5 = "OnUnauthenticatedRequest"),
      (bx = "Priority"),
      (i5 = "PrivateIPv4Address"),
      (U4e = "PriorityInUseException"),
      (F4e = "PathPatternConfig"),
      (G4e = "PathPatternConditionConfig"),
      (B4e = "PriorRequestNotCompleteException"),
      (pn = "PageSize"),
      (a5 = "ProtocolVersion"),
      (H4e = "Path"),
      (Ri = "Port"),
      (V4e = "Policy"),
      (lc = "Protocol"),
      (j4e = "Query"),
      (W4e = "QueryStringConfig"),
      (z4e = "QueryStringConditionConfig"),
      (q4e = "QuicServerId"),
      (K4e = "QueryStringKeyValuePair"),
      (J4e = "QueryStringKeyValuePairList"),
      (Px = "Reason"),
      (mb = "ResourceArns"),
      (Y4e = "RedirectActionConfig"),
      (Ox = "ResourceArn"),
      (Nx = "RuleArn"),
      (Q4e = "RuleArns"),
      (X4e = "RedirectConfig"),
      (Z4e = "RewriteConfigList"),
      (eBe = "RuleConditionList"),
      (tBe = "RevocationContentNotFoundException"),
      (rBe = "ResetCapacityReservation"),
      (c5 = "RevocationContents"),
      (oBe = "RevocationContent"),
      (nBe = "RewriteConfig"),
      (sBe = "RuleCondition"),
      (db = "RevocationId"),
      (iBe = "RevocationIdNotFoundException"),
      (aBe = "RemoveIpamPools"),
      (cBe = "ResourceInUseException"),
      (p5 = "RevocationIds"),
      (pBe = "RemoveListenerCertificates"),
      (lBe = "RemoveListenerCertificatesInput"),
      (uBe = "RemoveListenerCertificatesOutput"),
      (mBe = "ResourceNotFoundException"),
      (dBe = "RuleNotFoundException"),
      (fBe = "RulePriorities"),
      (gBe = "RulePriorityList"),
      (hBe = "RulePriorityPair"),
      (fb = "RevocationType"),
      (SBe = "RegisterTargetsInput"),
      (_Be = "RemoveTagsInput"),
      (xBe = "RuleTransformList"),
      (EBe = "RegisterTargetsOutput"),
      (yBe = "RemoveTagsOutput"),
      (CBe = "RemoveTrustStoreRevocations"),
      (RBe = "RemoveTrustStoreRevocationsInput"),
      (ABe = "RemoveTrustStoreRevocationsOutput"),
      (TBe = "ResetTransforms"),
      (vBe = "RegisterTargets"),
      (DBe = "RemoveTags"),
      (wBe = "RuleTransform"),
      ($x = "RegexValues"),
      (IBe = "Result"),
      (bBe = "Regex"),
      (PBe = "Replace"),
      (l5 = "Rewrites"),
      (Ul = "Rules"),
      (OBe = "Rule"),
      (Mx = "State"),
      (NBe = "S3Bucket"),
      (u5 = "StatusCode"),
      (m5 = "SessionCookieName"),
      (gb = "SecurityGroups"),
      ($Be = "SecurityGroupIds"),
      (d5 = "SubnetId"),
      (MBe = "SetIpAddressType"),
      (LBe = "SetIpAddressTypeInput"),
      (kBe = "SetIpAddressTypeOutput"),
      (UBe = "SourceIpConfig"),
      (FBe = "SourceIpConditionConfig"),
      (GBe = "S3Key"),
      (BBe = "SupportedLoadBalancerTypes"),
      (hb = "SubnetMappings"),
      (HBe = "SubnetMapping"),
      (VBe = "SubnetNotFoundException"),
      (jBe = "SourceNatIpv6Prefixes"),
      (WBe = "SourceNatIpv6Prefix"),
      (zBe = "S3ObjectVersion"),
      (Lx = "SslPolicy"),
      (f5 = "SslPolicies"),
      (qBe = "SslProtocols"),
      (KBe = "SetRulePriorities"),
      (JBe = "SetRulePrioritiesInput"),
      (YBe = "SetRulePrioritiesOutput"),
      (QBe = "SetSubnets"),
      (XBe = "SetSecurityGroups"),
      (ZBe = "SetSecurityGroupsInput"),
      (eHe = "SetSecurityGroupsOutput"),
      (tHe = "SetSubnetsInput"),
      (rHe = "SSLPolicyNotFoundException"),
      (oHe = "SetSubnetsOutput"),
      (g5 = "SessionTimeout"),
      (h5 = "Scope"),
      (S5 = "Scheme"),
      (nHe = "Status"),
      (_5 = "Subnets"),
      (kx = "Type"),
      (x5 = "TargetControlPort"),
      (E5 = "TagDescriptions"),
      (sHe = "TagDescription"),
      (iHe = "TargetDescription"),
      (aHe = "TargetDescriptions"),
      (cHe = "TokenEndpoint"),
      (Fl = "TargetGroups"),
      (ln = "TargetGroupArn"),
      (pHe = "TargetGroupAssociationLimitException"),
      (lHe = "TargetGroupArns"),
      (uHe = "TargetGroupAttribute"),
      (mHe = "TargetGroupAttributes"),
      (dHe = "TargetGroupList"),
      (fHe = "TargetGroupName"),
      (gHe = "TargetGroupNotFoundException"),
      (y5 = "TargetGroupStickinessConfig"),
      (hHe = "TargetGroupTuple"),
      (SHe = "TargetGroup"),
      (C5 = "TargetHealth"),
      (R5 = "TargetHealthDescriptions"),
      (_He = "TargetHealthDescription"),
      (xHe = "TagKeys"),
      (EHe = "TagList"),
      (yHe = "TooManyActionsException"),
      (CHe = "TooManyCertificatesException"),
      (RHe = "TooManyLoadBalancersException"),
      (AHe = "TooManyListenersException"),
      (THe = "TooManyRulesException"),
      (vHe = "TooManyRegistrationsForTargetIdException"),
      (DHe = "TooManyTagsException"),
      (wHe = "TooManyTargetsException"),
      (IHe = "TooManyTargetGroupsException"),
      (bHe = "TooManyTrustStoresException"),
      (PHe = "TooManyTrustStoreRevocationEntriesException"),
      (OHe = "TooManyUniqueTargetGroupsPerLoadBalancerException"),
      (NHe = "TotalRevokedEntries"),
      (Ux = "TrustStores"),
      (co = "TrustStoreArn"),
      ($He = "TrustStoreAssociationNotFoundException"),
      (MHe = "TrustStoreAssociationStatus"),
      (A5 = "TrustStoreAssociations"),
      (LHe = "TrustStoreArns"),
      (kHe = "TrustStoreAssociation"),
      (UHe = "TrustStoreInUseException"),
      (FHe = "TrustStoreNotFoundException"),
      (GHe = "TrustStoreNotReadyException"),
      (Sb = "TrustStoreRevocations"),
      (BHe = "TrustStoreRevocation"),
      (HHe = "TrustStore"),
      (T5 = "TargetType"),
      (Ai = "Tags"),
      (VHe = "Tag"),
      (_b = "Targets"),
      (jHe = "Target"),
      (xb = "Transforms"),
      (WHe = "UseExistingClientSecret"),
      (zHe = "UserInfoEndpoint"),
      (qHe = "UserPoolArn"),
      (KHe = "UserPoolClientId"),
      (JHe = "UserPoolDomain"),
      (YHe = "UnsupportedProtocolException"),
      (v5 = "UrlRewriteConfig"),
      (Eb = "UnhealthyThresholdCount"),
      (Cs = "Values"),
      (yb = "VpcId"),
      (Gl = "Value"),
      (QHe = "Weight"),
      (XHe = "ZonalCapacityReservationState"),
      (ZHe = "ZonalCapacityReservationStates"),
      (e2e = "ZoneName"),
      (J = "awsQueryError"),
      (Z = "client"),
      (Y = "error"),
      (Q = "httpError"),
      (D5 = "smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancingv2"),
      (w5 = "server"),
      (g = "com.amazonaws.elasticloadbalancingv2"),
      (I5 = new Te(D5)),
      (t2e = [-3, D5, "ElasticLoadBalancingV2ServiceException", 0, [], []]);
    I5.registerError(t2e, V);
    (W = new Te(g)), (r2e = [-3, g, PUe, { [J]: ["AllocationIdNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]]);
    W.registerError(r2e, N_);
    o2e = [-3, g, MUe, { [J]: ["ALPNPolicyNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(o2e, $_);
    n2e = [-3, g, WUe, { [J]: ["AvailabilityZoneNotSupported", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(n2e, M_);
    s2e = [-3, g, qUe, { [J]: ["CaCertificatesBundleNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(s2e, L_);
    i2e = [-3, g, KUe, { [J]: ["CapacityDecreaseRequestLimitExceeded", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(i2e, k_);
    a2e = [-3, g, cFe, { [J]: ["CapacityReservationPending", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(a2e, U_);
    c2e = [-3, g, EFe, { [J]: ["CapacityUnitsLimitExceeded", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(c2e, F_);
    p2e = [-3, g, nFe, { [J]: ["CertificateNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(p2e, y_);
    l2e = [-3, g, vFe, { [J]: ["DeleteAssociationSameAccount", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(l2e, fx);
    u2e = [-3, g, qFe, { [J]: ["DuplicateListener", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(u2e, G_);
    m2e = [-3, g, GFe, { [J]: ["DuplicateLoadBalancerName", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(m2e, Z_);
    d2e = [-3, g, IGe, { [J]: ["DuplicateTagKeys", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(d2e, A_);
    f2e = [-3, g, EGe, { [J]: ["DuplicateTargetGroupName", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(f2e, lx);
    g2e = [-3, g, UGe, { [J]: ["DuplicateTrustStoreName", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(g2e, ux);
    h2e = [-3, g, y3e, { [J]: ["HealthUnavailable", 500], [Y]: w5, [Q]: 500 }, [K], [0]];
    W.registerError(h2e, _x);
    S2e = [-3, g, I3e, { [J]: ["IncompatibleProtocols", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(S2e, B_);
    _2e = [-3, g, T3e, { [J]: ["InsufficientCapacity", 500], [Y]: w5, [Q]: 500 }, [K], [0]];
    W.registerError(_2e, yx);
    x2e = [-3, g, R3e, { [J]: ["InvalidCaCertificatesBundle", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(x2e, mx);
    E2e = [-3, g, v3e, { [J]: ["InvalidConfigurationRequest", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(E2e, H_);
    y2e = [-3, g, w3e, { [J]: ["InvalidLoadBalancerAction", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(y2e, V_);
    C2e = [-3, g, b3e, { [J]: ["InvalidRevocationContent", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(C2e, b_);
    R2e = [-3, g, P3e, { [J]: ["InvalidScheme", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(R2e, ex);
    A2e = [-3, g, N3e, { [J]: ["InvalidSecurityGroup", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(A2e, tx);
    T2e = [-3, g, O3e, { [J]: ["InvalidSubnet", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(T2e, rx);
    v2e = [-3, g, $3e, { [J]: ["InvalidTarget", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(v2e, Sx);
    D2e = [-3, g, Z3e, { [J]: ["ListenerNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(D2e, C_);
    w2e = [-3, g, J3e, { [J]: ["LoadBalancerNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(w2e, T_);
    I2e = [-3, g, k4e, { [J]: ["OperationNotPermitted", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(I2e, ox);
    b2e = [-3, g, U4e, { [J]: ["PriorityInUse", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(b2e, ax);
    P2e = [-3, g, B4e, { [J]: ["PriorRequestNotComplete", 429], [Y]: Z, [Q]: 429 }, [K], [0]];
    W.registerError(P2e, Cx);
    O2e = [-3, g, cBe, { [J]: ["ResourceInUse", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(O2e, nx);
    N2e = [-3, g, mBe, { [J]: ["ResourceNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(N2e, Ex);
    $2e = [-3, g, tBe, { [J]: ["RevocationContentNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError($2e, P_);
    M2e = [-3, g, iBe, { [J]: ["RevocationIdNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(M2e, xx);
    L2e = [-3, g, dBe, { [J]: ["RuleNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(L2e, v_);
    k2e = [-3, g, rHe, { [J]: ["SSLPolicyNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(k2e, j_);
    U2e = [-3, g, VBe, { [J]: ["SubnetNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(U2e, sx);
    F2e = [-3, g, pHe, { [J]: ["TargetGroupAssociationLimit", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(F2e, W_);
    G2e = [-3, g, gHe, { [J]: ["TargetGroupNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(G2e, D_);
    B2e = [-3, g, yHe, { [J]: ["TooManyActions", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(B2e, z_);
    H2e = [-3, g, CHe, { [J]: ["TooManyCertificates", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(H2e, R_);
    V2e = [-3, g, AHe, { [J]: ["TooManyListeners", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(V2e, q_);
    j2e = [-3, g, RHe, { [J]: ["TooManyLoadBalancers", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(j2e, ix);
    W2e = [-3, g, vHe, { [J]: ["TooManyRegistrationsForTargetId", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(W2e, K_);
    z2e = [-3, g, THe, { [J]: ["TooManyRules", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(z2e, cx);
    q2e = [-3, g, DHe, { [J]: ["TooManyTags", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(q2e, w_);
    K2e = [-3, g, IHe, { [J]: ["TooManyTargetGroups", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(K2e, px);
    J2e = [-3, g, wHe, { [J]: ["TooManyTargets", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(J2e, J_);
    Y2e = [-3, g, PHe, { [J]: ["TooManyTrustStoreRevocationEntries", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(Y2e, O_);
    Q2e = [-3, g, bHe, { [J]: ["TooManyTrustStores", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(Q2e, dx);
    X2e = [
      -3,
      g,
      OHe,
      { [J]: ["TooManyUniqueTargetGroupsPerLoadBalancer", 400], [Y]: Z, [Q]: 400 },
      [K],
      [0],
    ];
    W.registerError(X2e, Y_);
    Z2e = [-3, g, $He, { [J]: ["AssociationNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(Z2e, gx);
    eVe = [-3, g, UHe, { [J]: ["TrustStoreInUse", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(eVe, hx);
    tVe = [-3, g, FHe, { [J]: ["TrustStoreNotFound", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(tVe, I_);
    rVe = [-3, g, GHe, { [J]: ["TrustStoreNotReady", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(rVe, Q_);
    oVe = [-3, g, YHe, { [J]: ["UnsupportedProtocol", 400], [Y]: Z, [Q]: 400 }, [K], [0]];
    W.registerError(oVe, X_);
    (b5 = [I5, W]),
      (nVe = [
        3,
        g,
        vUe,
        0,
        [kx, ln, kUe, IUe, M4e, X4e, e3e, XGe, B3e],
        [0, 0, () => fVe, () => dVe, 1, () => l6e, () => Cje, () => Rje, () => Mje],
        1,
      ]),
      (sVe = [3, g, NUe, 0, [sn, Ci], [0, () => Ti], 2]),
      (iVe = [3, g, $Ue, 0, [Ci], [() => Ti]]),
      (aVe = [3, g, FUe, 0, [mb, Ai], [64, () => vi], 2]),
      (cVe = [3, g, GUe, 0, [], []]),
      (pVe = [3, g, VUe, 0, [co, c5], [0, () => tWe], 1]),
      (lVe = [3, g, jUe, 0, [Sb], [() => cWe]]),
      (uVe = [3, g, U9, 0, [Mx, Px, q9], [0, 0, 0]]),
      (mVe = [3, g, L9, 0, [IBe, a4e], [0, 0]]),
      (dVe = [3, g, wUe, 0, [qHe, KHe, JHe, m5, h5, g5, F9, s5], [0, 0, 0, 0, 0, 1, 128, 0], 3]),
      (fVe = [
        3,
        g,
        LUe,
        0,
        [Y9, bUe, cHe, zHe, YUe, lFe, m5, h5, g5, F9, s5, WHe],
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 128, 0, 2],
        5,
      ]),
      (gVe = [3, g, ZI, 0, [e2e, d5, L4e, Z9, jBe], [0, 0, 0, () => Z6e, 64]]),
      (hVe = [3, g, pFe, 0, [z9, Px], [0, 0]]),
      (SVe = [3, g, yFe, 0, [zUe, Q9], [0, 2]]),
      (_Ve = [3, g, CFe, 0, [ys, bx], [0, 1]]),
      (xVe = [
        3,
        g,
        tFe,
        0,
        [Xr, rb, lc, Ri, Lx, Ci, XI, Ai, ub],
        [0, () => uc, 0, 1, 0, () => Ti, 64, () => vi, () => Ab],
        2,
      ]),
      (EVe = [3, g, rFe, 0, [vx], [() => vb]]),
      (yVe = [
        3,
        g,
        ZUe,
        0,
        [ys, _5, hb, gb, S5, Ai, kx, Nn, V9, Ax, Ll],
        [0, 64, () => M5, 64, 0, () => vi, 0, 0, 0, 0, () => Fx],
        1,
      ]),
      (CVe = [3, g, eFe, 0, [lb], [() => N5]]),
      (RVe = [3, g, iFe, 0, [sn, tb, bx, Rx, Ai, xb], [0, () => wb, 1, () => uc, () => vi, () => Ib], 4]),
      (AVe = [3, g, aFe, 0, [Ul], [() => Gx]]),
      (TVe = [
        3,
        g,
        dFe,
        0,
        [ys, lc, a5, Ri, yb, ib, Tx, nb, ab, sb, cb, pb, Eb, wx, T5, Ai, Nn, x5],
        [0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 1, 1, 1, () => Cb, 0, () => vi, 0, 1],
        1,
      ]),
      (vVe = [3, g, fFe, 0, [Fl], [() => Ob]]),
      (DVe = [3, g, hFe, 0, [ys, G9, B9, H9, Ai], [0, 0, 0, 0, () => vi], 3]),
      (wVe = [3, g, SFe, 0, [Ux], [() => Nb]]),
      (IVe = [3, g, KFe, 0, [sn], [0], 1]),
      (bVe = [3, g, YFe, 0, [], []]),
      (PVe = [3, g, UFe, 0, [Xr], [0], 1]),
      (OVe = [3, g, BFe, 0, [], []]),
      (NVe = [3, g, tGe, 0, [Nx], [0], 1]),
      ($Ve = [3, g, oGe, 0, [], []]),
      (MVe = [3, g, uGe, 0, [co, Ox], [0, 0], 2]),
      (LVe = [3, g, mGe, 0, [], []]),
      (kVe = [3, g, _Ge, 0, [ln], [0], 1]),
      (UVe = [3, g, yGe, 0, [], []]),
      (FVe = [3, g, LGe, 0, [co], [0], 1]),
      (GVe = [3, g, FGe, 0, [], []]),
      (BVe = [3, g, DGe, 0, [ln, _b], [0, () => bb], 2]),
      (HVe = [3, g, bGe, 0, [], []]),
      (VVe = [3, g, AFe, 0, [an, pn], [0, 1]]),
      (jVe = [3, g, TFe, 0, [r5, cn], [() => X6e, 0]]),
      (WVe = [3, g, wFe, 0, [Xr], [0], 1]),
      (zVe = [3, g, IFe, 0, [t5, K9, Dx, j9], [4, 1, () => Rb, () => L5]]),
      (qVe = [3, g, OFe, 0, [sn], [0], 1]),
      (KVe = [3, g, NFe, 0, [On], [() => Tb]]),
      (JVe = [3, g, WFe, 0, [sn, an, pn], [0, 0, 1], 1]),
      (YVe = [3, g, zFe, 0, [Ci, cn], [() => Ti, 0]]),
      (QVe = [3, g, JFe, 0, [Xr, H3e, an, pn], [0, 64, 0, 1]]),
      (XVe = [3, g, QFe, 0, [vx, cn], [() => vb, 0]]),
      (ZVe = [3, g, LFe, 0, [Xr], [0], 1]),
      (eje = [3, g, kFe, 0, [On], [() => Db]]),
      (tje = [3, g, FFe, 0, [e5, Ix, an, pn], [64, 64, 0, 1]]),
      (rje = [3, g, HFe, 0, [lb, cn], [() => N5, 0]]),
      (oje = [3, g, rGe, 0, [sn, Q4e, an, pn], [0, 64, 0, 1]]),
      (nje = [3, g, nGe, 0, [Ul, cn], [() => Gx, 0]]),
      (sje = [3, g, cGe, 0, [Ix, an, pn, Q3e], [64, 0, 1, 0]]),
      (ije = [3, g, pGe, 0, [f5, cn], [() => oWe, 0]]),
      (aje = [3, g, wGe, 0, [mb], [64], 1]),
      (cje = [3, g, PGe, 0, [E5], [() => nWe]]),
      (pje = [3, g, hGe, 0, [ln], [0], 1]),
      (lje = [3, g, SGe, 0, [On], [() => Pb]]),
      (uje = [3, g, xGe, 0, [Xr, lHe, Ix, an, pn], [0, 64, 64, 0, 1]]),
      (mje = [3, g, CGe, 0, [Fl, cn], [() => Ob, 0]]),
      (dje = [3, g, TGe, 0, [ln, _b, L3e], [0, () => bb, 64], 1]),
      (fje = [3, g, vGe, 0, [R5], [() => iWe]]),
      (gje = [3, g, $Ge, 0, [co, an, pn], [0, 0, 1], 1]),
      (hje = [3, g, MGe, 0, [A5, cn], [() => aWe, 0]]),
      (Sje = [3, g, BGe, 0, [co, db, fb, n5], [0, 1, 0, 1]]),
      (_je = [3, g, HGe, 0, [co, p5, an, pn], [0, 65, 0, 1], 1]),
      (xje = [3, g, VGe, 0, [Sb, cn], [() => Y6e, 0]]),
      (Eje = [3, g, kGe, 0, [LHe, Ix, an, pn], [64, 64, 0, 1]]),
      (yje = [3, g, GGe, 0, [Ux, cn], [() => Nb, 0]]),
      (Cje = [3, g, ZGe, 0, [u5, o4e, uFe], [0, 0, 0], 1]),
      (Rje = [3, g, QGe, 0, [Fl, y5], [() => sWe, () => G6e]]),
      (Aje = [3, g, n3e, 0, [Ox], [0], 1]),
      (Tje = [3, g, s3e, 0, [V4e], [0]]),
      (vje = [3, g, a3e, 0, [co], [0], 1]),
      (Dje = [3, g, c3e, 0, [o5], [0]]),
      (wje = [3, g, l3e, 0, [co, db], [0, 1], 2]),
      (Ije = [3, g, u3e, 0, [o5], [0]]),
      (bje = [3, g, g3e, 0, [Cs, $x], [64, 64]]),
      (Pje = [3, g, J9, 0, [l5], [() => $5]]),
      (Oje = [3, g, h3e, 0, [_3e, Cs, $x], [0, 64, 64]]),
      (Nje = [3, g, E3e, 0, [Cs], [64]]),
      (Fx = [3, g, Ll, 0, [D3e], [0]]),
      ($je = [3, g, U3e, 0, [YGe, ys, Cs], [0, 0, 64], 3]),
      (Mje = [3, g, G3e, 0, [k3e, Y9, DUe], [0, 0, () => Q6e], 2]),
      (Lje = [3, g, e4e, 0, [ys, O4e], [0, 0]]),
      (kje = [
        3,
        g,
        t4e,
        0,
        [sn, Xr, Ri, lc, Ci, Lx, rb, XI, ub],
        [0, 0, 1, 0, () => Ti, 0, () => uc, 64, () => Ab],
      ]),
      (Uje = [3, g, V3e, 0, [kl, Gl], [0, 0]]),
      (Fje = [
        3,
        g,
        X3e,
        0,
        [Xr, ZFe, JUe, _Fe, K3e, S5, yb, Mx, kx, eb, gb, Nn, V9, ob, Ax, Ll],
        [0, 0, 0, 4, 0, 0, 0, () => Hje, 0, () => O5, 64, 0, 0, 0, 0, () => Fx],
      ]),
      (Gje = [3, g, W3e, 0, [C3e, k9, i5, X9], [0, 0, 0, 0]]),
      (Bje = [3, g, z3e, 0, [kl, Gl], [0, 0]]),
      (Hje = [3, g, Y3e, 0, [z9, Px], [0, 0]]),
      (Cb = [3, g, wx, 0, [d3e, r3e], [0, 0]]),
      (Rb = [3, g, Dx, 0, [xFe], [1]]),
      (Vje = [3, g, s4e, 0, [Xr, Dx, rBe], [0, () => Rb, 2], 1]),
      (jje = [3, g, i4e, 0, [t5, K9, Dx, j9], [4, 1, () => Rb, () => L5]]),
      (Wje = [3, g, p4e, 0, [Xr, Ll, aBe], [0, () => Fx, 64], 1]),
      (zje = [3, g, l4e, 0, [Ll], [() => Fx]]),
      (qje = [3, g, d4e, 0, [sn, On], [0, () => Tb], 2]),
      (Kje = [3, g, f4e, 0, [On], [() => Tb]]),
      (Jje = [
        3,
        g,
        _4e,
        0,
        [sn, Ri, lc, Lx, Ci, rb, XI, ub],
        [0, 1, 0, 0, () => Ti, () => uc, 64, () => Ab],
        1,
      ]),
      (Yje = [3, g, x4e, 0, [vx], [() => vb]]),
      (Qje = [3, g, h4e, 0, [Xr, On], [0, () => Db], 2]),
      (Xje = [3, g, S4e, 0, [On], [() => Db]]),
      (Zje = [3, g, y4e, 0, [Nx, tb, Rx, xb, TBe], [0, () => wb, () => uc, () => Ib, 2], 1]),
      (e6e = [3, g, C4e, 0, [Ul], [() => Gx]]),
      (t6e = [3, g, T4e, 0, [ln, On], [0, () => Pb], 2]),
      (r6e = [3, g, v4e, 0, [On], [() => Pb]]),
      (o6e = [
        3,
        g,
        D4e,
        0,
        [ln, ib, Tx, ab, nb, sb, cb, pb, Eb, wx],
        [0, 0, 0, 0, 2, 1, 1, 1, 1, () => Cb],
        1,
      ]),
      (n6e = [3, g, w4e, 0, [Fl], [() => Ob]]),
      (s6e = [3, g, b4e, 0, [co, G9, B9, H9], [0, 0, 0, 0], 3]),
      (i6e = [3, g, P4e, 0, [Ux], [() => Nb]]),
      (Ab = [3, g, r4e, 0, [N4e, co, A3e, MHe, BUe], [0, 0, 2, 0, 0]]),
      (a6e = [3, g, G4e, 0, [Cs, $x], [64, 64]]),
      (c6e = [3, g, z4e, 0, [Cs], [() => eWe]]),
      (p6e = [3, g, K4e, 0, [kl, Gl], [0, 0]]),
      (l6e = [3, g, Y4e, 0, [u5, lc, Ri, m3e, H4e, j4e], [0, 0, 0, 0, 0, 0], 1]),
      (u6e = [3, g, SBe, 0, [ln, _b], [0, () => bb], 2]),
      (m6e = [3, g, EBe, 0, [], []]),
      (d6e = [3, g, lBe, 0, [sn, Ci], [0, () => Ti], 2]),
      (f6e = [3, g, uBe, 0, [], []]),
      (g6e = [3, g, _Be, 0, [mb, xHe], [64, 64], 2]),
      (h6e = [3, g, yBe, 0, [], []]),
      (S6e = [3, g, RBe, 0, [co, p5], [0, 65], 2]),
      (_6e = [3, g, ABe, 0, [], []]),
      (x6e = [3, g, oBe, 0, [NBe, GBe, zBe, fb], [0, 0, 0, 0]]),
      (E6e = [3, g, nBe, 0, [bBe, PBe], [0, 0], 2]),
      (y6e = [3, g, OBe, 0, [Nx, bx, tb, Rx, Q9, xb], [0, 0, () => wb, () => uc, 2, () => Ib]]),
      (C6e = [
        3,
        g,
        sBe,
        0,
        [t3e, Cs, f3e, F4e, S3e, W4e, x3e, UBe, $x],
        [0, 64, () => bje, () => a6e, () => Oje, () => c6e, () => Nje, () => N6e, 64],
      ]),
      (R6e = [3, g, hBe, 0, [Nx, bx], [0, 1]]),
      (A6e = [3, g, wBe, 0, [kx, J9, v5], [0, () => Pje, () => q6e], 1]),
      (T6e = [3, g, LBe, 0, [Xr, Nn], [0, 0], 2]),
      (v6e = [3, g, kBe, 0, [Nn], [0]]),
      (D6e = [3, g, JBe, 0, [fBe], [() => rWe], 1]),
      (w6e = [3, g, YBe, 0, [Ul], [() => Gx]]),
      (I6e = [3, g, ZBe, 0, [Xr, gb, ob], [0, 64, 0], 2]),
      (b6e = [3, g, eHe, 0, [$Be, ob], [64, 0]]),
      (P6e = [3, g, tHe, 0, [Xr, _5, hb, Nn, Ax], [0, 64, () => M5, 0, 0], 1]),
      (O6e = [3, g, oHe, 0, [eb, Nn, Ax], [() => O5, 0, 0]]),
      (N6e = [3, g, FBe, 0, [Cs, Nn], [64, 0]]),
      ($6e = [3, g, Lx, 0, [qBe, W9, ys, BBe], [64, () => J6e, 0, 64]]),
      (M6e = [3, g, HBe, 0, [d5, k9, i5, X9, WBe], [0, 0, 0, 0, 0]]),
      (L6e = [3, g, VHe, 0, [kl, Gl], [0, 0], 1]),
      (k6e = [3, g, sHe, 0, [Ox, Ai], [0, () => vi]]),
      (P5 = [3, g, iHe, 0, [M3e, Ri, ZI, q4e], [0, 1, 0, 0], 1]),
      (U6e = [
        3,
        g,
        SHe,
        0,
        [ln, fHe, lc, Ri, yb, ib, Tx, nb, sb, cb, pb, Eb, ab, wx, e5, T5, a5, Nn, x5],
        [0, 0, 0, 1, 0, 0, 0, 2, 1, 1, 1, 1, 0, () => Cb, 64, 0, 0, 0, 1],
      ]),
      (F6e = [3, g, uHe, 0, [kl, Gl], [0, 0]]),
      (G6e = [3, g, y5, 0, [KGe, iGe], [2, 1]]),
      (B6e = [3, g, hHe, 0, [ln, QHe], [0, 1]]),
      (H6e = [3, g, C5, 0, [Mx, Px, q9], [0, 0, 0]]),
      (V6e = [3, g, _He, 0, [jHe, Tx, C5, L9, U9], [() => P5, 0, () => H6e, () => mVe, () => uVe]]),
      (j6e = [3, g, HHe, 0, [ys, co, nHe, $4e, NHe], [0, 0, 0, 1, 1]]),
      (W6e = [3, g, kHe, 0, [Ox], [0]]),
      (z6e = [3, g, BHe, 0, [co, db, fb, n5], [0, 1, 0, 1]]),
      (q6e = [3, g, v5, 0, [l5], [() => $5]]),
      (K6e = [3, g, XHe, 0, [Mx, ZI, JGe], [() => hVe, 0, 1]]),
      (uc = [1, g, Rx, 0, () => nVe]),
      (O5 = [1, g, eb, 0, () => gVe]),
      (Ti = [1, g, QUe, 0, () => SVe]),
      (J6e = [1, g, W9, 0, () => _Ve]),
      (Y6e = [1, g, jGe, 0, () => Sje]),
      (Q6e = [1, g, F3e, 0, () => $je]),
      (X6e = [1, g, r5, 0, () => Lje]),
      (Tb = [1, g, j3e, 0, () => Uje]),
      (vb = [1, g, vx, 0, () => kje]),
      (Z6e = [1, g, Z9, 0, () => Gje]),
      (Db = [1, g, q3e, 0, () => Bje]),
      (N5 = [1, g, lb, 0, () => Fje]),
      (eWe = [1, g, J4e, 0, () => p6e]),
      (tWe = [1, g, c5, 0, () => x6e]),
      ($5 = [1, g, Z4e, 0, () => E6e]),
      (wb = [1, g, eBe, 0, () => C6e]),
      (rWe = [1, g, gBe, 0, () => R6e]),
      (Gx = [1, g, Ul, 0, () => y6e]),
      (Ib = [1, g, xBe, 0, () => A6e]),
      (oWe = [1, g, f5, 0, () => $6e]),
      (M5 = [1, g, hb, 0, () => M6e]),
      (nWe = [1, g, E5, 0, () => k6e]),
      (vi = [1, g, EHe, 0, () => L6e]),
      (bb = [1, g, aHe, 0, () => P5]),
      (Pb = [1, g, mHe, 0, () => F6e]),
      (sWe = [1, g, dHe, 0, () => B6e]),
      (Ob = [1, g, Fl, 0, () => U6e]),
      (iWe = [1, g, R5, 0, () => V6e]),
      (aWe = [1, g, A5, 0, () => W6e]),
      (cWe = [1, g, Sb, 0, () => z6e]),
      (Nb = [1, g, Ux, 0, () => j6e]),
      (L5 = [1, g, ZHe, 0, () => K6e]),
      (k5 = [9, g, OUe, 0, () => sVe, () => iVe]),
      (U5 = [9, g, UUe, 0, () => aVe, () => cVe]),
      (F5 = [9, g, HUe, 0, () => pVe, () => lVe]),
      (G5 = [9, g, oFe, 0, () => xVe, () => EVe]),
      (B5 = [9, g, XUe, 0, () => yVe, () => CVe]),
      (H5 = [9, g, sFe, 0, () => RVe, () => AVe]),
      (V5 = [9, g, mFe, 0, () => TVe, () => vVe]),
      (j5 = [9, g, gFe, 0, () => DVe, () => wVe]),
      (W5 = [9, g, bFe, 0, () => IVe, () => bVe]),
      (z5 = [9, g, $Fe, 0, () => PVe, () => OVe]),
      (q5 = [9, g, eGe, 0, () => NVe, () => $Ve]),
      (K5 = [9, g, lGe, 0, () => MVe, () => LVe]),
      (J5 = [9, g, fGe, 0, () => kVe, () => UVe]),
      (Y5 = [9, g, OGe, 0, () => FVe, () => GVe]),
      (Q5 = [9, g, dGe, 0, () => BVe, () => HVe]),
      (X5 = [9, g, RFe, 0, () => VVe, () => jVe]),
      (Z5 = [9, g, DFe, 0, () => WVe, () => zVe]),
      (eJ = [9, g, PFe, 0, () => qVe, () => KVe]),
      (tJ = [9, g, jFe, 0, () => JVe, () => YVe]),
      (rJ = [9, g, XFe, 0, () => QVe, () => XVe]),
      (oJ = [9, g, MFe, 0, () => ZVe, () => eje]),
      (nJ = [9, g, VFe, 0, () => tje, () => rje]),
      (sJ = [9, g, sGe, 0, () => oje, () => nje]),
      (iJ = [9, g, aGe, 0, () => sje, () => ije]),
      (aJ = [9, g, qGe, 0, () => aje, () => cje]),
      (cJ = [9, g, gGe, 0, () => pje, () => lje]),
      (pJ = [9, g, RGe, 0, () => uje, () => mje]),
      (lJ = [9, g, AGe, 0, () => dje, () => fje]),
      (uJ = [9, g, NGe, 0, () => gje, () => hje]),
      (mJ = [9, g, WGe, 0, () => _je, () => xje]),
      (dJ = [9, g, zGe, 0, () => Eje, () => yje]),
      (fJ = [9, g, o3e, 0, () => Aje, () => Tje]),
      (gJ = [9, g, i3e, 0, () => vje, () => Dje]),
      (hJ = [9, g, p3e, 0, () => wje, () => Ije]),
      (SJ = [9, g, n4e, 0, () => Vje, () => jje]),
      (_J = [9, g, c4e, 0, () => Wje, () => zje]),
      (xJ = [9, g, u4e, 0, () => Jje, () => Yje]),
      (EJ = [9, g, m4e, 0, () => qje, () => Kje]),
      (yJ = [9, g, g4e, 0, () => Qje, () => Xje]),
      (CJ = [9, g, E4e, 0, () => Zje, () => e6e]),
      (RJ = [9, g, R4e, 0, () => o6e, () => n6e]),
      (AJ = [9, g, A4e, 0, () => t6e, () => r6e]),
      (TJ = [9, g, I4e, 0, () => s6e, () => i6e]),
      (vJ = [9, g, vBe, 0, () => u6e, () => m6e]),
      (DJ = [9, g, pBe, 0, () => d6e, () => f6e]),
      (wJ = [9, g, DBe, 0, () => g6e, () => h6e]),
      (IJ = [9, g, CBe, 0, () => S6e, () => _6e]),
      (bJ = [9, g, MBe, 0, () => T6e, () => v6e]),
      (PJ = [9, g, KBe, 0, () => D6e, () => w6e]),
      (OJ = [9, g, XBe, 0, () => I6e, () => b6e]),
      (NJ = [9, g, QBe, 0, () => P6e, () => O6e]);
  });
var $J,
  MJ = a(() => {
    Ye();
    yn();
    Yo();
    L();
    ie();
    X();
    zI();
    M9();
    ee();
    $J = (e) => ({
      apiVersion: "2015-12-01",
      base64Decoder: e?.base64Decoder ?? Ze,
      base64Encoder: e?.base64Encoder ?? He,
      disableHostPrefix: e?.disableHostPrefix ?? !1,
      endpointProvider: e?.endpointProvider ?? $9,
      extensions: e?.extensions ?? [],
      httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? y9,
      httpAuthSchemes: e?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (t) => t.getIdentityProvider("aws.auth#sigv4"),
          signer: new Je(),
        },
      ],
      logger: e?.logger ?? new ct(),
      protocol: e?.protocol ?? En,
      protocolSettings: e?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.elasticloadbalancingv2",
        errorTypeRegistries: b5,
        xmlNamespace: "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
        version: "2015-12-01",
        serviceTarget: "ElasticLoadBalancing_v10",
      },
      serviceId: e?.serviceId ?? "Elastic Load Balancing v2",
      sha256: e?.sha256 ?? Ft,
      urlParser: e?.urlParser ?? qe,
      utf8Decoder: e?.utf8Decoder ?? $e,
      utf8Encoder: e?.utf8Encoder ?? Ne,
    });
  });
var LJ,
  kJ = a(() => {
    T9();
    ae();
    Ye();
    Td();
    L();
    oe();
    wt();
    X();
    _n();
    MJ();
    LJ = (e) => {
      pr(process.version);
      const t = fr(e),
        r = () => t().then(cr),
        o = $J(e);
      Zt(process.version);
      const n = { profile: e?.profile, logger: o.logger };
      return {
        ...o,
        ...e,
        runtime: "node",
        defaultsMode: t,
        authSchemePreference: e?.authSchemePreference ?? k(Vt, n),
        bodyLengthChecker: e?.bodyLengthChecker ?? rr,
        credentialDefaultProvider: e?.credentialDefaultProvider ?? ii,
        defaultUserAgentProvider:
          e?.defaultUserAgentProvider ?? wr({ serviceId: o.serviceId, clientVersion: v9.version }),
        maxAttempts: e?.maxAttempts ?? k(Ar, e),
        region: e?.region ?? k(pt, { ...Ct, ...n }),
        requestHandler: ut.create(e?.requestHandler ?? r),
        retryMode: e?.retryMode ?? k({ ...vr, default: async () => (await r()).retryMode || Dt }, e),
        streamCollector: e?.streamCollector ?? dt,
        useDualstackEndpoint: e?.useDualstackEndpoint ?? k(nr, n),
        useFipsEndpoint: e?.useFipsEndpoint ?? k(sr, n),
        userAgentAppId: e?.userAgentAppId ?? k(Ir, n),
      };
    };
  });
var UJ,
  FJ,
  GJ = a(() => {
    (UJ = (e) => {
      let t = e.httpAuthSchemes,
        r = e.httpAuthSchemeProvider,
        o = e.credentials;
      return {
        setHttpAuthScheme(n) {
          const s = t.findIndex((i) => i.schemeId === n.schemeId);
          s === -1 ? t.push(n) : t.splice(s, 1, n);
        },
        httpAuthSchemes() {
          return t;
        },
        setHttpAuthSchemeProvider(n) {
          r = n;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(n) {
          o = n;
        },
        credentials() {
          return o;
        },
      };
    }),
      (FJ = (e) => ({
        httpAuthSchemes: e.httpAuthSchemes(),
        httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
        credentials: e.credentials(),
      }));
  });
var BJ,
  HJ = a(() => {
    ae();
    L();
    ie();
    GJ();
    BJ = (e, t) => {
      const r = Object.assign(br(e), lr(e), hr(e), UJ(e));
      return (t.forEach((o) => o.configure(r)), Object.assign(e, Pr(r), ur(r), Sr(r), FJ(r)));
    };
  });
var Be,
  So = a(() => {
    ae();
    se();
    L();
    oe();
    _e();
    ie();
    wt();
    be();
    zI();
    qI();
    kJ();
    HJ();
    Be = class extends rt {
      config;
      constructor(...[t]) {
        const r = LJ(t || {});
        super(r), (this.initConfig = r);
        const o = R9(r),
          n = Rr(o),
          s = Tr(n),
          i = dr(s),
          c = i,
          p = Gr(c),
          u = C9(p),
          m = BJ(u, t?.extensions || []);
        (this.config = m),
          this.middlewareStack.use(ir(this.config)),
          this.middlewareStack.use(Dr(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(_r(this.config)),
          this.middlewareStack.use(xr(this.config)),
          this.middlewareStack.use(Er(this.config)),
          this.middlewareStack.use(yr(this.config)),
          this.middlewareStack.use(
            Gt(this.config, {
              httpAuthSchemeParametersProvider: E9,
              identityProviderConfigProvider: async (d) => new ft({ "aws.auth#sigv4": d.credentials }),
            }),
          ),
          this.middlewareStack.use(Bt(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var I,
  b,
  P,
  re = a(() => {
    L();
    _e();
    qI();
    (I = mr(A9, "ElasticLoadBalancing_v10", "ElasticLoadBalancingV2Client", Br)),
      (b = {}),
      (P = (e, t, r, o) => []);
  });
var Bx,
  $b = a(() => {
    re();
    ee();
    Bx = class extends I(b, P, "AddListenerCertificates", k5) {};
  });
var Rs,
  Mb = a(() => {
    re();
    ee();
    Rs = class extends I(b, P, "AddTags", U5) {};
  });
var Hx,
  Lb = a(() => {
    re();
    ee();
    Hx = class extends I(b, P, "AddTrustStoreRevocations", F5) {};
  });
var Vx,
  kb = a(() => {
    re();
    ee();
    Vx = class extends I(b, P, "CreateListener", G5) {};
  });
var jx,
  Ub = a(() => {
    re();
    ee();
    jx = class extends I(b, P, "CreateLoadBalancer", B5) {};
  });
var Wx,
  Fb = a(() => {
    re();
    ee();
    Wx = class extends I(b, P, "CreateRule", H5) {};
  });
var zx,
  Gb = a(() => {
    re();
    ee();
    zx = class extends I(b, P, "CreateTargetGroup", V5) {};
  });
var qx,
  Bb = a(() => {
    re();
    ee();
    qx = class extends I(b, P, "CreateTrustStore", j5) {};
  });
var Kx,
  Hb = a(() => {
    re();
    ee();
    Kx = class extends I(b, P, "DeleteListener", W5) {};
  });
var Jx,
  Vb = a(() => {
    re();
    ee();
    Jx = class extends I(b, P, "DeleteLoadBalancer", z5) {};
  });
var Yx,
  jb = a(() => {
    re();
    ee();
    Yx = class extends I(b, P, "DeleteRule", q5) {};
  });
var Qx,
  Wb = a(() => {
    re();
    ee();
    Qx = class extends I(b, P, "DeleteSharedTrustStoreAssociation", K5) {};
  });
var Xx,
  zb = a(() => {
    re();
    ee();
    Xx = class extends I(b, P, "DeleteTargetGroup", J5) {};
  });
var Zx,
  qb = a(() => {
    re();
    ee();
    Zx = class extends I(b, P, "DeleteTrustStore", Y5) {};
  });
var eE,
  Kb = a(() => {
    re();
    ee();
    eE = class extends I(b, P, "DeregisterTargets", Q5) {};
  });
var mc,
  tE = a(() => {
    re();
    ee();
    mc = class extends I(b, P, "DescribeAccountLimits", X5) {};
  });
var rE,
  Jb = a(() => {
    re();
    ee();
    rE = class extends I(b, P, "DescribeCapacityReservation", Z5) {};
  });
var oE,
  Yb = a(() => {
    re();
    ee();
    oE = class extends I(b, P, "DescribeListenerAttributes", eJ) {};
  });
var dc,
  nE = a(() => {
    re();
    ee();
    dc = class extends I(b, P, "DescribeListenerCertificates", tJ) {};
  });
var As,
  sE = a(() => {
    re();
    ee();
    As = class extends I(b, P, "DescribeListeners", rJ) {};
  });
var iE,
  Qb = a(() => {
    re();
    ee();
    iE = class extends I(b, P, "DescribeLoadBalancerAttributes", oJ) {};
  });
var _o,
  Di = a(() => {
    re();
    ee();
    _o = class extends I(b, P, "DescribeLoadBalancers", nJ) {};
  });
var fc,
  aE = a(() => {
    re();
    ee();
    fc = class extends I(b, P, "DescribeRules", sJ) {};
  });
var cE,
  Xb = a(() => {
    re();
    ee();
    cE = class extends I(b, P, "DescribeSSLPolicies", iJ) {};
  });
var Ts,
  Zb = a(() => {
    re();
    ee();
    Ts = class extends I(b, P, "DescribeTags", aJ) {};
  });
var pE,
  eP = a(() => {
    re();
    ee();
    pE = class extends I(b, P, "DescribeTargetGroupAttributes", cJ) {};
  });
var gc,
  lE = a(() => {
    re();
    ee();
    gc = class extends I(b, P, "DescribeTargetGroups", pJ) {};
  });
var un,
  Bl = a(() => {
    re();
    ee();
    un = class extends I(b, P, "DescribeTargetHealth", lJ) {};
  });
var hc,
  uE = a(() => {
    re();
    ee();
    hc = class extends I(b, P, "DescribeTrustStoreAssociations", uJ) {};
  });
var Sc,
  mE = a(() => {
    re();
    ee();
    Sc = class extends I(b, P, "DescribeTrustStoreRevocations", mJ) {};
  });
var _c,
  dE = a(() => {
    re();
    ee();
    _c = class extends I(b, P, "DescribeTrustStores", dJ) {};
  });
var fE,
  tP = a(() => {
    re();
    ee();
    fE = class extends I(b, P, "GetResourcePolicy", fJ) {};
  });
var gE,
  rP = a(() => {
    re();
    ee();
    gE = class extends I(b, P, "GetTrustStoreCaCertificatesBundle", gJ) {};
  });
var hE,
  oP = a(() => {
    re();
    ee();
    hE = class extends I(b, P, "GetTrustStoreRevocationContent", hJ) {};
  });
var SE,
  nP = a(() => {
    re();
    ee();
    SE = class extends I(b, P, "ModifyCapacityReservation", SJ) {};
  });
var _E,
  sP = a(() => {
    re();
    ee();
    _E = class extends I(b, P, "ModifyIpPools", _J) {};
  });
var xE,
  iP = a(() => {
    re();
    ee();
    xE = class extends I(b, P, "ModifyListenerAttributes", EJ) {};
  });
var xc,
  aP = a(() => {
    re();
    ee();
    xc = class extends I(b, P, "ModifyListener", xJ) {};
  });
var EE,
  cP = a(() => {
    re();
    ee();
    EE = class extends I(b, P, "ModifyLoadBalancerAttributes", yJ) {};
  });
var yE,
  pP = a(() => {
    re();
    ee();
    yE = class extends I(b, P, "ModifyRule", CJ) {};
  });
var CE,
  lP = a(() => {
    re();
    ee();
    CE = class extends I(b, P, "ModifyTargetGroupAttributes", AJ) {};
  });
var RE,
  uP = a(() => {
    re();
    ee();
    RE = class extends I(b, P, "ModifyTargetGroup", RJ) {};
  });
var AE,
  mP = a(() => {
    re();
    ee();
    AE = class extends I(b, P, "ModifyTrustStore", TJ) {};
  });
var TE,
  dP = a(() => {
    re();
    ee();
    TE = class extends I(b, P, "RegisterTargets", vJ) {};
  });
var vE,
  fP = a(() => {
    re();
    ee();
    vE = class extends I(b, P, "RemoveListenerCertificates", DJ) {};
  });
var DE,
  gP = a(() => {
    re();
    ee();
    DE = class extends I(b, P, "RemoveTags", wJ) {};
  });
var wE,
  hP = a(() => {
    re();
    ee();
    wE = class extends I(b, P, "RemoveTrustStoreRevocations", IJ) {};
  });
var IE,
  SP = a(() => {
    re();
    ee();
    IE = class extends I(b, P, "SetIpAddressType", bJ) {};
  });
var bE,
  _P = a(() => {
    re();
    ee();
    bE = class extends I(b, P, "SetRulePriorities", PJ) {};
  });
var PE,
  xP = a(() => {
    re();
    ee();
    PE = class extends I(b, P, "SetSecurityGroups", OJ) {};
  });
var OE,
  EP = a(() => {
    re();
    ee();
    OE = class extends I(b, P, "SetSubnets", NJ) {};
  });
var VJ,
  yP = a(() => {
    se();
    tE();
    So();
    VJ = B(Be, mc, "Marker", "NextMarker", "");
  });
var jJ,
  CP = a(() => {
    se();
    nE();
    So();
    jJ = B(Be, dc, "Marker", "NextMarker", "");
  });
var WJ,
  RP = a(() => {
    se();
    sE();
    So();
    WJ = B(Be, As, "Marker", "NextMarker", "");
  });
var zJ,
  AP = a(() => {
    se();
    Di();
    So();
    zJ = B(Be, _o, "Marker", "NextMarker", "");
  });
var qJ,
  TP = a(() => {
    se();
    aE();
    So();
    qJ = B(Be, fc, "Marker", "NextMarker", "");
  });
var KJ,
  vP = a(() => {
    se();
    lE();
    So();
    KJ = B(Be, gc, "Marker", "NextMarker", "");
  });
var JJ,
  DP = a(() => {
    se();
    uE();
    So();
    JJ = B(Be, hc, "Marker", "NextMarker", "PageSize");
  });
var YJ,
  wP = a(() => {
    se();
    mE();
    So();
    YJ = B(Be, Sc, "Marker", "NextMarker", "PageSize");
  });
var QJ,
  IP = a(() => {
    se();
    dE();
    So();
    QJ = B(Be, _c, "Marker", "NextMarker", "PageSize");
  });
var pWe,
  XJ,
  bP = a(() => {
    L();
    Di();
    (pWe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new _o(t));
        r = o;
        try {
          let n = () => [].concat(...o.LoadBalancers).map((p) => p.State.Code),
            s = n().length > 0;
          for (const i of n()) s = s && i == "active";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
        try {
          const n = () => [].concat(...o.LoadBalancers).map((c) => c.State.Code);
          for (const s of n()) if (s == "provisioning") return { state: $.RETRY, reason: r };
        } catch {}
      } catch (o) {
        if (((r = o), o.name === "LoadBalancerNotFoundException")) return { state: $.RETRY, reason: r };
      }
      return { state: $.RETRY, reason: r };
    }),
      (XJ = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, pWe);
        return pe(o);
      });
  });
var lWe,
  ZJ,
  PP = a(() => {
    L();
    Di();
    (lWe = async (e, t) => {
      let r;
      try {
        return ((r = await e.send(new _o(t))), { state: $.SUCCESS, reason: r });
      } catch (o) {
        if (((r = o), o.name === "LoadBalancerNotFoundException")) return { state: $.RETRY, reason: r };
      }
      return { state: $.RETRY, reason: r };
    }),
      (ZJ = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, lWe);
        return pe(o);
      });
  });
var uWe,
  eY,
  OP = a(() => {
    L();
    Di();
    (uWe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new _o(t));
        r = o;
        try {
          let n = () => [].concat(...o.LoadBalancers).map((p) => p.State.Code),
            s = n().length > 0;
          for (const i of n()) s = s && i == "active";
          if (s) return { state: $.RETRY, reason: r };
        } catch {}
      } catch (o) {
        if (((r = o), o.name === "LoadBalancerNotFoundException")) return { state: $.SUCCESS, reason: r };
      }
      return { state: $.RETRY, reason: r };
    }),
      (eY = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, uWe);
        return pe(o);
      });
  });
var mWe,
  tY,
  NP = a(() => {
    L();
    Bl();
    (mWe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new un(t));
        r = o;
        try {
          let n = () => [].concat(...o.TargetHealthDescriptions).map((p) => p.TargetHealth.State),
            s = n().length > 0;
          for (const i of n()) s = s && i == "unused";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        if (((r = o), o.name === "InvalidTargetException")) return { state: $.SUCCESS, reason: r };
      }
      return { state: $.RETRY, reason: r };
    }),
      (tY = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, mWe);
        return pe(o);
      });
  });
var dWe,
  rY,
  $P = a(() => {
    L();
    Bl();
    (dWe = async (e, t) => {
      let r;
      try {
        const o = await e.send(new un(t));
        r = o;
        try {
          let n = () => [].concat(...o.TargetHealthDescriptions).map((p) => p.TargetHealth.State),
            s = n().length > 0;
          for (const i of n()) s = s && i == "healthy";
          if (s) return { state: $.SUCCESS, reason: r };
        } catch {}
      } catch (o) {
        if (((r = o), o.name === "InvalidInstance")) return { state: $.RETRY, reason: r };
      }
      return { state: $.RETRY, reason: r };
    }),
      (rY = async (e, t) => {
        const o = await le({ ...{ minDelay: 15, maxDelay: 120 }, ...e }, t, dWe);
        return pe(o);
      });
  });
var fWe,
  gWe,
  hWe,
  MP,
  oY = a(() => {
    L();
    $b();
    Mb();
    Lb();
    kb();
    Ub();
    Fb();
    Gb();
    Bb();
    Hb();
    Vb();
    jb();
    Wb();
    zb();
    qb();
    Kb();
    tE();
    Jb();
    Yb();
    nE();
    sE();
    Qb();
    Di();
    aE();
    Xb();
    Zb();
    eP();
    lE();
    Bl();
    uE();
    mE();
    dE();
    tP();
    rP();
    oP();
    nP();
    sP();
    iP();
    aP();
    cP();
    pP();
    lP();
    uP();
    mP();
    dP();
    fP();
    gP();
    hP();
    SP();
    _P();
    xP();
    EP();
    So();
    yP();
    CP();
    RP();
    AP();
    TP();
    vP();
    DP();
    wP();
    IP();
    bP();
    PP();
    OP();
    NP();
    $P();
    (fWe = {
      AddListenerCertificatesCommand: Bx,
      AddTagsCommand: Rs,
      AddTrustStoreRevocationsCommand: Hx,
      CreateListenerCommand: Vx,
      CreateLoadBalancerCommand: jx,
      CreateRuleCommand: Wx,
      CreateTargetGroupCommand: zx,
      CreateTrustStoreCommand: qx,
      DeleteListenerCommand: Kx,
      DeleteLoadBalancerCommand: Jx,
      DeleteRuleCommand: Yx,
      DeleteSharedTrustStoreAssociationCommand: Qx,
      DeleteTargetGroupCommand: Xx,
      DeleteTrustStoreCommand: Zx,
      DeregisterTargetsCommand: eE,
      DescribeAccountLimitsCommand: mc,
      DescribeCapacityReservationCommand: rE,
      DescribeListenerAttributesCommand: oE,
      DescribeListenerCertificatesCommand: dc,
      DescribeListenersCommand: As,
      DescribeLoadBalancerAttributesCommand: iE,
      DescribeLoadBalancersCommand: _o,
      DescribeRulesCommand: fc,
      DescribeSSLPoliciesCommand: cE,
      DescribeTagsCommand: Ts,
      DescribeTargetGroupAttributesCommand: pE,
      DescribeTargetGroupsCommand: gc,
      DescribeTargetHealthCommand: un,
      DescribeTrustStoreAssociationsCommand: hc,
      DescribeTrustStoreRevocationsCommand: Sc,
      DescribeTrustStoresCommand: _c,
      GetResourcePolicyCommand: fE,
      GetTrustStoreCaCertificatesBundleCommand: gE,
      GetTrustStoreRevocationContentCommand: hE,
      ModifyCapacityReservationCommand: SE,
      ModifyIpPoolsCommand: _E,
      ModifyListenerCommand: xc,
      ModifyListenerAttributesCommand: xE,
      ModifyLoadBalancerAttributesCommand: EE,
      ModifyRuleCommand: yE,
      ModifyTargetGroupCommand: RE,
      ModifyTargetGroupAttributesCommand: CE,
      ModifyTrustStoreCommand: AE,
      RegisterTargetsCommand: TE,
      RemoveListenerCertificatesCommand: vE,
      RemoveTagsCommand: DE,
      RemoveTrustStoreRevocationsCommand: wE,
      SetIpAddressTypeCommand: IE,
      SetRulePrioritiesCommand: bE,
      SetSecurityGroupsCommand: PE,
      SetSubnetsCommand: OE,
    }),
      (gWe = {
        paginateDescribeAccountLimits: VJ,
        paginateDescribeListenerCertificates: jJ,
        paginateDescribeListeners: WJ,
        paginateDescribeLoadBalancers: zJ,
        paginateDescribeRules: qJ,
        paginateDescribeTargetGroups: KJ,
        paginateDescribeTrustStoreAssociations: JJ,
        paginateDescribeTrustStoreRevocations: YJ,
        paginateDescribeTrustStores: QJ,
      }),
      (hWe = {
        waitUntilLoadBalancerAvailable: XJ,
        waitUntilLoadBalancerExists: ZJ,
        waitUntilLoadBalancersDeleted: eY,
        waitUntilTargetDeregistered: tY,
        waitUntilTargetInService: rY,
      }),
      (MP = class extends Be {});
    ar(fWe, MP, { paginators: gWe, waiters: hWe });
  });
var nY = a(() => {
  $b();
  Mb();
  Lb();
  kb();
  Ub();
  Fb();
  Gb();
  Bb();
  Hb();
  Vb();
  jb();
  Wb();
  zb();
  qb();
  Kb();
  tE();
  Jb();
  Yb();
  nE();
  sE();
  Qb();
  Di();
  aE();
  Xb();
  Zb();
  eP();
  lE();
  Bl();
  uE();
  mE();
  dE();
  tP();
  rP();
  oP();
  nP();
  sP();
  iP();
  aP();
  cP();
  pP();
  lP();
  uP();
  mP();
  dP();
  fP();
  gP();
  hP();
  SP();
  _P();
  xP();
  EP();
});
var sY = a(() => {});
var iY = a(() => {
  sY();
  yP();
  CP();
  RP();
  AP();
  TP();
  vP();
  DP();
  wP();
  IP();
});
var aY = a(() => {
  bP();
  PP();
  OP();
  NP();
  $P();
});
var cY = a(() => {});
var pY = a(() => {});
var Hl = a(() => {
  So();
  oY();
  nY();
  iY();
  aY();
  ee();
  cY();
  QI();
  pY();
});
function Vl(e) {
  return ba(new Be(Ia(e)), "elbv2", e);
}
var lY = a(() => {
  Hl();
  Tn();
});
function SWe(e) {
  return (t) =>
    new Promise((r, o) => {
      if (e?.aborted) return o(new wi(String(e.reason ?? "aborted")));
      const n = setTimeout(() => {
          e?.removeEventListener("abort", s), r();
        }, t),
        s = () => {
          clearTimeout(n), o(new wi(String(e?.reason ?? "aborted")));
        };
      e?.addEventListener("abort", s, { once: !0 });
    });
}
function uY(e) {
  const t = e.now ?? (() => new Date());
  return {
    log: e.log,
    now: t,
    sleep: e.sleep ?? SWe(e.signal),
    ...(e.signal ? { signal: e.signal } : {}),
    dryRun: e.dryRun ?? !1,
    timeline: e.timeline ?? new LP(t),
    ...(e.pollMs !== void 0 ? { pollMs: e.pollMs } : {}),
  };
}
var LP,
  wi,
  kP = a(() => {
    (LP = class {
      events = [];
      now;
      constructor(t = () => new Date()) {
        this.now = t;
      }
      add(t, r, o = {}) {
        const n = { at: this.now().toISOString(), kind: t, message: r, ...o };
        return (this.events.push(n), n);
      }
    }),
      (wi = class extends Error {
        constructor(t) {
          super(t), (this.name = "Aborted");
        }
      });
  });
function Ae(e) {
  return `blue=${e.blue} green=${e.green}`;
}
function _We(e) {
  if (!e) return null;
  const t = /^blue=(\d{1,3}) green=(\d{1,3})$/.exec(e.trim());
  return t ? { blue: Number(t[1]), green: Number(t[2]) } : null;
}
function Fo(e, t) {
  return !!e && !!t && e.blue === t.blue && e.green === t.green;
}
function Ii(e) {
  return e === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}
function NE(e, t) {
  const r = Ho(e),
    o = { blue: 0, green: 0 };
  return ((o[e] = t), (o[r] = 100 - t), o);
}
function UP(e, t = 256) {
  const r = e
    .replace(/%/g, " pct")
    .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return r.length > t ? r.slice(0, t) : r;
}
function $E(e) {
  const t = {
    [we.state]: e.state,
    [we.from]: e.from,
    [we.to]: e.to,
    [we.step]: String(e.step),
    [we.steps]: e.steps.join(" "),
    [we.runId]: UP(e.runId),
    [we.startedAt]: e.startedAt,
    [we.updatedAt]: e.updatedAt,
    [we.reason]: UP(e.reason),
    [we.actor]: UP(e.actor),
    [we.weights]: e.weights ? Ae(e.weights) : "",
    [we.blueTargetGroup]: e.targetGroups?.blue ?? "",
    [we.greenTargetGroup]: e.targetGroups?.green ?? "",
    [we.stickiness]: e.stickiness ?? "",
  };
  return Object.entries(t).map(([r, o]) => ({ Key: r, Value: o }));
}
function ME(e) {
  const t = e[we.state],
    r = e[we.from],
    o = e[we.to];
  if (!t || !mO.includes(t) || !vc(r) || !vc(o) || r === o) return null;
  const n = (e[we.steps] ?? "")
      .split(/[\s,]+/)
      .filter((p) => /^\d+$/.test(p))
      .map(Number),
    s = Number(e[we.step] ?? "0"),
    i = e[we.blueTargetGroup],
    c = e[we.greenTargetGroup];
  return {
    state: t,
    from: r,
    to: o,
    step: Number.isInteger(s) && s >= 0 ? s : 0,
    steps: n,
    runId: e[we.runId] ?? "",
    startedAt: e[we.startedAt] ?? "",
    updatedAt: e[we.updatedAt] ?? "",
    reason: e[we.reason] ?? "",
    actor: e[we.actor] ?? "",
    weights: _We(e[we.weights]),
    targetGroups: i && c ? { blue: i, green: c } : null,
    stickiness: e[we.stickiness] || null,
  };
}
function mY(e) {
  const t = e[we.blueTargetGroup],
    r = e[we.greenTargetGroup];
  return !t || !r || t === r
    ? null
    : { targetGroups: { blue: t, green: r }, stickiness: e[we.stickiness] || "off" };
}
function dY(e) {
  return e
    ? {
        state: e.state,
        from: e.from,
        to: e.to,
        step: e.step,
        steps: e.steps,
        runId: e.runId,
        startedAt: e.startedAt,
        updatedAt: e.updatedAt,
        reason: e.reason,
        actor: e.actor,
        weights: e.weights,
      }
    : null;
}
var we,
  Ec = a(() => {
    Fr();
    we = yo.rollout;
  });
function xWe(e) {
  return e.blue > 0 && e.green === 0 ? "blue" : e.green > 0 && e.blue === 0 ? "green" : "split";
}
function EWe(e) {
  const t = {};
  for (const r of e ?? []) r.Key && (t[r.Key] = r.Value ?? "");
  return t;
}
function LE(e) {
  const t = e.ForwardConfig?.TargetGroups;
  return t && t.length > 0 ? t : e.TargetGroupArn ? [{ TargetGroupArn: e.TargetGroupArn, Weight: 1 }] : [];
}
function yWe(e) {
  const t = e.ForwardConfig?.TargetGroupStickinessConfig;
  return t?.Enabled ? String(t.DurationSeconds ?? 3600) : "off";
}
async function fY(e, t) {
  try {
    const o = (await e.send(new As({ ListenerArns: [t.arn] }))).Listeners?.[0];
    if (!o) throw new M("--listener", `no listener ${t.arn}`);
    return o;
  } catch (r) {
    throw as(r, "ListenerNotFoundException")
      ? new M("--listener", `no listener ${t.arn} (ListenerNotFoundException)`)
      : r;
  }
}
function CWe(e, t) {
  const r = e.map((o, n) => (o.Type === "forward" ? n : -1)).filter((o) => o >= 0);
  if (r.length !== 1)
    throw new M(
      "--listener",
      `${t} has ${r.length} forward actions; expected one that forwards to a blue and a green target group`,
    );
  return r[0];
}
async function Ds(e, t, r) {
  const n = (await fY(e, t)).DefaultActions ?? [],
    s = CWe(n, t.arn),
    i = n[s],
    p = LE(i)
      .map((A) => A.TargetGroupArn ?? "")
      .filter((A) => A !== ""),
    u = [...(r ? [] : [t.arn]), ...p.slice(0, 19)],
    m = u.length > 0 ? await e.send(new Ts({ ResourceArns: u })) : void 0,
    d = new Map((m?.TagDescriptions ?? []).map((A) => [A.ResourceArn ?? "", EWe(A.Tags)]));
  r && d.set(t.arn, r);
  const f = p.map((A) => d.get(A)?.[yo.color] ?? ""),
    S = p.map((A, T) => `${A.split(":").pop()} (${f[T] || "no color tag"})`).join(", "),
    _ = {};
  for (const A of bi) {
    const T = p.filter((F, H) => f[H] === A);
    if (T.length !== 1 || p.length !== 2)
      throw new M(
        "--listener",
        `forwards to ${p.length} target group(s) [${S || "none"}]; expected exactly one tagged ${yo.color}=blue and one =green`,
      );
    _[A] = T[0];
  }
  const C = FP(i, _),
    R = d.get(t.arn) ?? {};
  return {
    listener: t,
    actions: n,
    forwardIndex: s,
    targetGroups: _,
    weights: C,
    live: xWe(C),
    tags: R,
    record: ME(R),
    stickiness: yWe(i),
    simple: n.length === 1,
  };
}
function FP(e, t) {
  const r = { blue: 0, green: 0 };
  for (const o of LE(e)) for (const n of bi) o.TargetGroupArn === t[n] && (r[n] = o.Weight ?? 1);
  return r;
}
async function yc(e, t) {
  const n = ((await fY(e, t.listener)).DefaultActions ?? []).find((c) => c.Type === "forward"),
    s = n ? LE(n).map((c) => c.TargetGroupArn) : [],
    i = [t.targetGroups.blue, t.targetGroups.green];
  if (s.length !== 2 || !i.every((c) => s.includes(c)))
    throw new vs(
      `the listener's forward action changed under us: it now targets ${s.map((c) => c?.split(":").pop()).join(", ") || "no target group"}`,
    );
  return FP(n, t.targetGroups);
}
function jl(e, t) {
  return e.actions.map((r, o) => {
    if (o !== e.forwardIndex) return r;
    const n = LE(r).map((c) => ({
        TargetGroupArn: c.TargetGroupArn,
        Weight: c.TargetGroupArn === e.targetGroups.blue ? t.blue : t.green,
      })),
      { TargetGroupArn: s, ...i } = r;
    return { ...i, ForwardConfig: { ...r.ForwardConfig, TargetGroups: n } };
  });
}
function gY(e, t, r) {
  const o = Number(t);
  return [
    {
      Type: "forward",
      ForwardConfig: {
        TargetGroups: bi.map((n) => ({ TargetGroupArn: e[n], Weight: r[n] })),
        TargetGroupStickinessConfig:
          t !== "off" && Number.isFinite(o) ? { Enabled: !0, DurationSeconds: o } : { Enabled: !1 },
      },
    },
  ];
}
async function Cc(e, t, r, o) {
  const s = (
    await e.send(new xc({ ListenerArn: t, DefaultActions: r }))
  ).Listeners?.[0]?.DefaultActions?.find((i) => i.Type === "forward");
  return s ? FP(s, o) : null;
}
async function xo(e, t) {
  const r = await e.send(new un({ TargetGroupArn: t })),
    o = {};
  for (const s of r.TargetHealthDescriptions ?? []) {
    const i = s.TargetHealth?.State ?? "unknown";
    o[i] = (o[i] ?? 0) + 1;
  }
  const n = r.TargetHealthDescriptions?.length ?? 0;
  return { healthy: o.healthy ?? 0, unhealthy: o.unhealthy ?? 0, total: n, states: o };
}
function po(e, t) {
  const r = Object.entries(t.states)
    .filter(([o]) => o !== "healthy")
    .map(([o, n]) => `${n} ${o}`)
    .join(", ");
  return `${e} ${t.healthy}/${t.total} healthy${r ? ` (${r})` : ""}`;
}
function lo(e) {
  return e ? Ae(e) : "unknown";
}
var vs,
  Wl = a(() => {
    Hl();
    Fr();
    Tn();
    Ec();
    vs = class extends Error {
      constructor(t) {
        super(t), (this.name = "ConcurrentChange");
      }
    };
  });
async function hY(e, t, r) {
  const o = {
      listenerArn: r.listener.arn,
      cluster: r.cluster,
      color: null,
      live: null,
      weights: null,
      service: null,
      image: r.image,
      taskDefinitionArn: null,
      previousTaskDefinitionArn: null,
      deploymentId: null,
      health: null,
      rolloutState: null,
    },
    n = () =>
      o.weights ? `production traffic untouched (${Ae(o.weights)})` : "production traffic untouched",
    s = (i) => (
      e.timeline.add("failure", i, { ok: !1 }),
      { exitCode: 1, message: `deploy to ${o.color ?? "the idle color"} failed: ${i}; ${n()}`, result: o }
    );
  try {
    const i = await Ds(t.elb, r.listener);
    if (
      ((o.weights = i.weights),
      (o.live = i.live),
      (o.rolloutState = i.record?.state ?? null),
      i.record?.state === "shifting")
    )
      return s(
        `a rollout ${i.record.from}→${i.record.to} is in progress (step ${i.record.step}/${i.record.steps.length}); finish it or roll back first`,
      );
    if (i.live === "split")
      return s(`traffic is split (${Ae(i.weights)}), so no color is idle; shift or roll back first`);
    const c = Ho(i.live);
    o.color = c;
    const p = await vWe(t.ecs, r.cluster, i),
      u = p[c],
      m = p[i.live];
    if (!u)
      throw new M(
        "--cluster",
        `no ECS service for ${c} in cluster ${r.cluster} (looked for one attached to ${i.targetGroups[c].split(":").pop()} or tagged ${yo.color}=${c})`,
      );
    (o.service = u.serviceName ?? u.serviceArn ?? null),
      (o.previousTaskDefinitionArn = u.taskDefinition ?? null);
    const d = await AWe(t.ecs, u.taskDefinition ?? ""),
      f = (d.taskDefinition.containerDefinitions ?? []).map((T) => T.name);
    if (!f.includes(r.container))
      throw new M(
        "--container",
        `no container "${r.container}" in ${d.taskDefinition.family}:${d.taskDefinition.revision} (containers: ${f.join(", ")})`,
      );
    const S = d.taskDefinition.containerDefinitions?.find((T) => T.name === r.container)?.image;
    e.log(
      `live ${i.live} (${Ae(i.weights)}); deploying ${r.image} to idle ${c}: service ${o.service}, container ${r.container} (now ${S})`,
    );
    const _ = (u.desiredCount ?? 0) > 0 ? u.desiredCount : Math.max(1, m?.desiredCount ?? 1);
    if (e.dryRun)
      return (
        e.log(
          `would call RegisterTaskDefinition family=${d.taskDefinition.family}: ${r.container} image ${r.image}`,
        ),
        e.log(
          `would call UpdateService ${o.service} in ${r.cluster}: the new revision${_ !== u.desiredCount ? `, desired count ${_}` : ""}`,
        ),
        e.log(
          `would wait up to ${r.timeoutSeconds} s for the deployment to complete and ${c}'s targets to be healthy`,
        ),
        { exitCode: 0, message: `dry run: would deploy ${r.image} to ${c}; nothing changed`, result: o }
      );
    let C, R;
    if (S === r.image && RWe(u))
      (C = u.taskDefinition),
        (R = zl(u)?.id ?? null),
        e.log(`${c} already runs ${r.image} (${$n(C)}); checking its health`);
    else {
      (C =
        (await t.ecs.send(new ac(TWe(d.taskDefinition, d.tags, r.container, r.image)))).taskDefinition
          ?.taskDefinitionArn ?? ""),
        e.log(`registered ${$n(C)}`),
        e.timeline.add("deploy", `registered ${$n(C)} with ${r.image}`);
      const F = await t.ecs.send(
        new cc({
          cluster: r.cluster,
          service: u.serviceArn ?? u.serviceName,
          taskDefinition: C,
          forceNewDeployment: !0,
          ...(_ !== u.desiredCount ? { desiredCount: _ } : {}),
        }),
      );
      (R = F.service ? (zl(F.service)?.id ?? null) : null),
        e.log(
          `updated ${o.service}: deployment ${R ?? "?"}${_ !== u.desiredCount ? `, desired count ${_}` : ""}`,
        ),
        e.timeline.add("deploy", `UpdateService ${o.service} → ${$n(C)}`);
    }
    (o.taskDefinitionArn = C), (o.deploymentId = R);
    const A = await DWe(e, t, r, i, c, u, C, R, o);
    return A
      ? s(A)
      : (e.timeline.add("deploy", `${c} ready: ${$n(C)}, ${o.health?.healthy}/${o.health?.total} healthy`, {
          ok: !0,
        }),
        { exitCode: 0, message: `deployed ${r.image} to ${c} (${$n(C)}); ${c} is ready, ${n()}`, result: o });
  } catch (i) {
    if (i instanceof M) throw i;
    return s($o(i));
  }
}
function $n(e) {
  return e.split("/").pop() ?? e;
}
function zl(e) {
  return e.deployments?.find((t) => t.status === "PRIMARY");
}
function RWe(e) {
  const t = zl(e);
  return (
    !!t &&
    (e.deployments?.length ?? 0) === 1 &&
    (t.rolloutState === "COMPLETED" || (t.rolloutState === void 0 && t.runningCount === t.desiredCount))
  );
}
async function AWe(e, t) {
  const r = await e.send(new Ja({ taskDefinition: t, include: ["TAGS"] }));
  if (!r.taskDefinition) throw new Error(`DescribeTaskDefinition returned no task definition for ${t}`);
  return { taskDefinition: r.taskDefinition, tags: r.tags ?? [] };
}
function TWe(e, t, r, o) {
  const n = {
    family: e.family,
    taskRoleArn: e.taskRoleArn,
    executionRoleArn: e.executionRoleArn,
    networkMode: e.networkMode,
    containerDefinitions: (e.containerDefinitions ?? []).map((s) => (s.name === r ? { ...s, image: o } : s)),
    volumes: e.volumes,
    placementConstraints: e.placementConstraints,
    requiresCompatibilities: e.requiresCompatibilities,
    cpu: e.cpu,
    memory: e.memory,
    pidMode: e.pidMode,
    ipcMode: e.ipcMode,
    proxyConfiguration: e.proxyConfiguration,
    inferenceAccelerators: e.inferenceAccelerators,
    ephemeralStorage: e.ephemeralStorage,
    runtimePlatform: e.runtimePlatform,
    enableFaultInjection: e.enableFaultInjection,
    tags: t.length > 0 ? t : void 0,
  };
  for (const s of Object.keys(n)) {
    const i = n[s];
    (i === void 0 || (Array.isArray(i) && i.length === 0 && s !== "containerDefinitions")) && delete n[s];
  }
  return n;
}
async function vWe(e, t, r) {
  let o = [],
    n;
  try {
    do {
      const c = await e.send(new Es({ cluster: t, nextToken: n, maxResults: 100 }));
      o.push(...(c.serviceArns ?? [])), (n = c.nextToken);
    } while (n);
  } catch (c) {
    throw as(c, "ClusterNotFoundException")
      ? new M("--cluster", `no ECS cluster ${t} (ClusterNotFoundException)`)
      : c;
  }
  const s = [];
  for (let c = 0; c < o.length; c += 10) {
    const p = await e.send(new Uo({ cluster: t, services: o.slice(c, c + 10), include: ["TAGS"] }));
    s.push(...(p.services ?? []).filter((u) => u.status !== "INACTIVE"));
  }
  const i = {};
  for (const c of bi) {
    let p = r.targetGroups[c],
      u = s.filter((m) => (m.loadBalancers ?? []).some((d) => d.targetGroupArn === p));
    if (
      (u.length === 0 &&
        (u = s.filter((m) => (m.tags ?? []).some((d) => d.key === yo.color && d.value === c))),
      u.length > 1)
    )
      throw new M(
        "--cluster",
        `${u.length} services in ${t} claim ${c}: ${u.map((m) => m.serviceName).join(", ")}`,
      );
    u[0] && (i[c] = u[0]);
  }
  return i;
}
async function DWe(e, t, r, o, n, s, i, c, p) {
  let u = e.now().getTime() + r.timeoutSeconds * 1e3,
    m = e.pollMs ?? 1e4,
    d = "";
  for (;;) {
    const S = (
      await t.ecs.send(new Uo({ cluster: r.cluster, services: [s.serviceArn ?? s.serviceName ?? ""] }))
    ).services?.[0];
    if (!S) return `service ${p.service} disappeared`;
    const _ = S.deployments ?? [],
      C = c ? _.find((Ee) => Ee.id === c) : zl(S);
    if (C?.rolloutState === "FAILED")
      return `deployment ${C.id} failed: ${C.rolloutStateReason ?? "rollout state FAILED"} (the ECS circuit breaker stopped it)`;
    if (C?.status !== "PRIMARY") {
      const Ee = zl(S);
      return `deployment ${c} was replaced by ${Ee?.id ?? "another deployment"} (${$n(Ee?.taskDefinition ?? "?")})`;
    }
    if (S.taskDefinition && S.taskDefinition !== i)
      return `the service now runs ${$n(S.taskDefinition)} instead of ${$n(i)} (rolled back by ECS or replaced by another deploy)`;
    const R = await xo(t.elb, o.targetGroups[n]);
    p.health = { healthy: R.healthy, total: R.total };
    const A = S.desiredCount ?? C.desiredCount ?? 1,
      T = C.rolloutState ?? (C.runningCount === C.desiredCount ? "COMPLETED" : "IN_PROGRESS"),
      F = `${n}: deployment ${C.id} ${T}, running ${C.runningCount ?? 0}/${C.desiredCount ?? A}, ${_.length} deployment(s); ${po(n, R)}`;
    F !== d && e.log(F), (d = F);
    const H = T === "COMPLETED" && _.length === 1,
      ne = R.healthy >= Math.max(1, A) && R.unhealthy === 0;
    if (H && ne) return null;
    const Se = u - e.now().getTime();
    if (Se <= 0) {
      const Ee = H ? `${po(n, R)} (need ${Math.max(1, A)})` : `deployment ${T}`;
      return `timed out after ${r.timeoutSeconds} s: ${Ee}`;
    }
    await e.sleep(Math.min(m, Se));
  }
}
var SY = a(() => {
  WI();
  Fr();
  Tn();
  Wl();
  Ec();
});
function kE(e, t) {
  const r = e[t];
  if (r === void 0 || r === "") return;
  const o = Number(r);
  return Number.isFinite(o) && o >= 0 ? o : void 0;
}
function _Y(e, t) {
  const r = { region: t };
  e !== process.env &&
    (e.AWS_ENDPOINT_URL && (r.endpoint = e.AWS_ENDPOINT_URL),
    e.AWS_ACCESS_KEY_ID &&
      e.AWS_SECRET_ACCESS_KEY &&
      (r.credentials = {
        accessKeyId: e.AWS_ACCESS_KEY_ID,
        secretAccessKey: e.AWS_SECRET_ACCESS_KEY,
        ...(e.AWS_SESSION_TOKEN ? { sessionToken: e.AWS_SESSION_TOKEN } : {}),
      }));
  const o = kE(e, "SECURECLOUD_MAX_ATTEMPTS");
  o !== void 0 && o >= 1 && (r.maxAttempts = Math.floor(o));
  const n = kE(e, "SECURECLOUD_RETRY_BASE_MS");
  n !== void 0 && (r.retryBaseMs = n);
  const s = kE(e, "SECURECLOUD_HTTP_TIMEOUT_MS");
  return (s !== void 0 && s > 0 && (r.requestTimeoutMs = s), r);
}
function xY(e) {
  return kE(e, "SECURECLOUD_POLL_MS");
}
async function GP(e) {
  const t = new AbortController(),
    r = [];
  for (const o of ["SIGINT", "SIGTERM"]) {
    const n = () => {
      if (t.signal.aborted) {
        for (const [s, i] of r) process.removeListener(s, i);
        process.kill(process.pid, o);
        return;
      }
      t.abort(o);
    };
    r.push([o, n]), process.on(o, n);
  }
  try {
    return await e(t.signal);
  } finally {
    for (const [o, n] of r) process.removeListener(o, n);
  }
}
var EY = a(() => {});
var yY = a(() => {});
function CY(e, t = "--listener") {
  if (e === void 0 || e.trim() === "") throw new M(t, "is required");
  const r = e.trim(),
    o = IWe.exec(r);
  if (!o)
    throw /:listener\/net\//.test(r)
      ? new M(t, `"${r}" is a Network Load Balancer listener; weighted forwarding needs an ALB`)
      : new M(
          t,
          `"${r}" is not an ALB listener ARN (arn:aws:elasticloadbalancing:<region>:<account>:listener/app/<name>/<id>/<id>)`,
        );
  const [, n, s, i, c, p] = o;
  return {
    arn: r,
    partition: n,
    region: s,
    account: i,
    loadBalancerDimension: `app/${c}/${p}`,
    loadBalancerArn: `arn:${n}:elasticloadbalancing:${s}:${i}:loadbalancer/app/${c}/${p}`,
  };
}
function UE(e) {
  const t = e.indexOf(":targetgroup/");
  return t < 0 ? e : e.slice(t + 1);
}
function BP(e, t) {
  const r = e?.trim().toLowerCase();
  if (r === void 0 || r === "") throw new M(t, "is required (blue or green)");
  if (!vc(r)) throw new M(t, `unknown color "${e}" (expected blue or green)`);
  return r;
}
function RY(e, t) {
  if (!(e === void 0 || e.trim() === "")) return BP(e, t);
}
function AY(e, t = "--steps") {
  if (e === void 0 || e.trim() === "") return [...bWe];
  const r = e
    .split(/[,\s]+/)
    .map((n) => n.trim())
    .filter((n) => n !== "");
  if (r.length === 0) throw new M(t, "needs at least one step");
  const o = [];
  for (const n of r) {
    if (!/^\d+$/.test(n)) throw new M(t, `"${n}" is not a whole percentage`);
    const s = Number(n);
    if (s < 1 || s > 100) throw new M(t, `${s} is outside 1..100`);
    const i = o[o.length - 1];
    if (i !== void 0 && s <= i) throw new M(t, `steps must increase: ${s} follows ${i}`);
    o.push(s);
  }
  return (o[o.length - 1] !== 100 && o.push(100), o);
}
function HP(e, t, r, { min: o = 0, max: n = 86400 } = {}) {
  if (e === void 0 || e.trim() === "") return r;
  const s = e.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new M(t, `"${e}" is not a number of seconds`);
  const i = Number(s);
  if (i < 0) throw new M(t, `must not be negative (got ${s})`);
  if (i < o) throw new M(t, `must be at least ${o} (got ${s})`);
  if (i > n) throw new M(t, `must be at most ${n} (got ${s})`);
  return i;
}
function wY(e, t, r) {
  if (e === void 0 || e.trim() === "") return r;
  const o = e.trim().replace(/%$/, "");
  if (!/^-?\d+(\.\d+)?$/.test(o)) throw new M(t, `"${e}" is not a percentage`);
  const n = Number(o);
  if (n < 0 || n > 100) throw new M(t, `${o} is outside 0..100`);
  return n;
}
function IY(e, t = "--alarms") {
  const r = e?.trim() ?? "";
  if (r === "" || r === "auto") return { mode: "auto" };
  if (r === "none") return { mode: "none" };
  const o = r
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n !== "");
  for (const n of o) {
    if (n.length > 255 || /[\u0000-\u001f\u007f]/.test(n))
      throw new M(t, `"${n.slice(0, 40)}" is not a valid alarm name`);
    if (n === "auto" || n === "none") throw new M(t, `"${n}" cannot be combined with alarm names`);
  }
  if (o.length === 0) throw new M(t, "lists no alarm names");
  if (new Set(o).size !== o.length) throw new M(t, "lists an alarm twice");
  return { mode: "named", names: o };
}
function bY(e, t = "--format") {
  const r = e?.trim() ?? "";
  if (r === "" || r === "text") return "text";
  if (r === "json") return "json";
  throw new M(t, `unknown format "${e}" (expected text or json)`);
}
function PY(e, t = "--cluster") {
  const r = e?.trim() ?? "";
  if (r === "") throw new M(t, "is required");
  if (
    /^arn:[a-z-]+:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255}$/.test(r) ||
    /^[A-Za-z0-9_-]{1,255}$/.test(r)
  )
    return r;
  throw new M(t, `"${r}" is not an ECS cluster name or ARN`);
}
function OY(e, t = "--image") {
  const r = e?.trim() ?? "";
  if (r === "") throw new M(t, "is required");
  if (r.length > 255) throw new M(t, "is longer than 255 characters");
  if (
    !/^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/.test(
      r,
    )
  )
    throw new M(t, `"${r}" is not a container image reference`);
  return r;
}
function NY(e, t = "--container") {
  const r = e?.trim() ?? "";
  if (r === "") return PWe;
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(r)) throw new M(t, `"${r}" is not a container name`);
  return r;
}
function $Y(e, t = "--region") {
  const r = e?.trim() ?? "";
  if (r !== "") {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r)) throw new M(t, `"${r}" is not an AWS region`);
    return r;
  }
}
function FE(e, t, r = 256) {
  if (e === void 0) return;
  const o = e.trim();
  if (o !== "") {
    if (o.length > 1024) throw new M(t, "is longer than 1024 characters");
    return o.length > r ? `${o.slice(0, r - 1)}…` : o;
  }
}
function VP(e, t) {
  if (e === void 0 || e === !1 || e === "") return !1;
  if (e === !0) return !0;
  const r = e.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(r)) return !0;
  if (["false", "no", "0", "off"].includes(r)) return !1;
  throw new M(t, `"${e}" is not true or false`);
}
var IWe,
  bWe,
  TY,
  vY,
  DY,
  PWe,
  GE = a(() => {
    Fr();
    yY();
    IWe =
      /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):listener\/app\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?)\/([0-9a-f]{16})\/([0-9a-f]{16})$/;
    (bWe = [10, 50, 100]), (TY = 300), (vY = 5), (DY = 900), (PWe = "app");
  });
function BE(e) {
  const t = CY(Yt(e, "listener")),
    r = $Y(Yt(e, "region"));
  if (r && r !== t.region) throw new M("--region", `${r} does not match the listener's region ${t.region}`);
  return {
    listener: t,
    region: r ?? t.region,
    format: bY(Yt(e, "format")),
    dryRun: VP(e["dry-run"], "--dry-run"),
  };
}
function MY(e, t, r = new Date()) {
  const o = t.GITHUB_RUN_ID ? `${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT ?? "1"}` : void 0,
    n = `local-${r.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}-${process.pid}`,
    s = FE(Yt(e, "run-id"), "--run-id", 128) ?? o ?? n,
    i = FE(Yt(e, "actor"), "--actor", 128) ?? t.GITHUB_ACTOR ?? t.USER ?? "unknown";
  return { runId: s, actor: i };
}
function LY(e, t) {
  const r = BE(e),
    o = BP(Yt(e, "to"), "--to"),
    n = Yt(e, "steps");
  return {
    ...r,
    ...MY(e, t),
    to: o,
    steps: AY(n),
    stepsGiven: n !== void 0 && n.trim() !== "",
    bakeSeconds: HP(Yt(e, "bake"), "--bake", TY),
    alarms: IY(Yt(e, "alarms")),
    maxErrorRateDelta: wY(Yt(e, "max-error-rate-delta"), "--max-error-rate-delta", vY),
  };
}
function kY(e, t) {
  const r = BE(e),
    o = RY(Yt(e, "to"), "--to"),
    n = FE(Yt(e, "reason"), "--reason");
  return {
    ...r,
    ...MY(e, t),
    ...(o ? { to: o } : {}),
    ...(n ? { reason: n } : {}),
    force: VP(e.force, "--force"),
  };
}
function UY(e) {
  return {
    ...BE(e),
    cluster: PY(Yt(e, "cluster")),
    image: OY(Yt(e, "image")),
    container: NY(Yt(e, "container")),
    timeoutSeconds: HP(Yt(e, "timeout"), "--timeout", DY, { min: 1, max: 6 * 3600 }),
  };
}
function FY(e) {
  return BE(e);
}
var Yt,
  GY = a(() => {
    Fr();
    GE();
    Yt = (e, t) => {
      const r = e[t];
      if (r === !0) throw new M(`--${t}`, "needs a value");
      return r === !1 ? void 0 : r;
    };
  });
async function HY(e, t, r) {
  let { elb: o } = t,
    n = {
      listenerArn: r.listener.arn,
      to: r.to ?? "blue",
      weights: null,
      changed: !1,
      state: null,
      health: null,
      path: "fast",
    },
    s = null;
  try {
    const i = await OWe(o, r.listener),
      c = ME(i),
      p = mY(i),
      u = r.to ?? c?.from;
    if (p && u) {
      const A = await NWe(e, o, r, c, p, u, n);
      if (A) return A;
      e.log("the target groups recorded on the listener are stale; reading the listener");
    }
    n.path = "full";
    const m = await Ds(o, r.listener, i);
    s = m.weights;
    let d = r.to ?? m.record?.from;
    if (!d) {
      if (m.live === "split")
        throw new M(
          "--to",
          `the listener is split (${Ae(m.weights)}) and has no rollout record: say which color to roll back to`,
        );
      d = Ho(m.live);
    }
    n.to = d;
    const f = Ii(d),
      S = m.record ?? WY(d, e);
    if (Fo(m.weights, f))
      return (
        (n.weights = m.weights),
        (n.state = m.record?.state ?? null),
        m.record &&
          (m.record.state !== "rolled-back" || m.record.from !== d) &&
          (await jP(e, o, r, S, d, f, m.targetGroups, m.simple ? m.stickiness : null),
          (n.state = "rolled-back")),
        e.timeline.add("rollback", `traffic already on ${d}`, { weights: m.weights, ok: !0 }),
        { exitCode: 0, message: `traffic already on ${d} (${Ae(m.weights)})`, result: n }
      );
    const _ = await xo(o, m.targetGroups[d]);
    n.health = _;
    const C = VY(e, r, d, _, m.weights);
    return C
      ? { ...C, result: { ...n, weights: m.weights } }
      : e.dryRun
        ? jY(e, r, d, m.weights, n)
        : ((s = (await Cc(o, r.listener.arn, jl(m, f), m.targetGroups)) ?? f),
          (n.changed = !0),
          (n.weights = s),
          e.log(`traffic back on ${d}: ${Ae(s)}`),
          e.timeline.add("rollback", `ModifyListener: all traffic to ${d}`, { weights: s, ok: !0 }),
          await jP(e, o, r, S, d, f, m.targetGroups, m.simple ? m.stickiness : null),
          (n.state = "rolled-back"),
          { exitCode: 0, message: `rolled back to ${d} (${Ae(s)})`, result: n });
  } catch (i) {
    if (i instanceof M) throw i;
    const c = n.changed
      ? `traffic is back on ${n.to} (${lo(n.weights)}) but the rollout record was not updated`
      : s
        ? `traffic left at ${lo(s)}`
        : "the listener was not written";
    return { exitCode: 1, message: `${$o(i)}; ${c}`, result: n };
  }
}
async function OWe(e, t) {
  try {
    const o = (await e.send(new Ts({ ResourceArns: [t.arn] }))).TagDescriptions?.find(
      (n) => n.ResourceArn === t.arn,
    );
    return Object.fromEntries((o?.Tags ?? []).map((n) => [n.Key ?? "", n.Value ?? ""]));
  } catch (r) {
    throw as(r, "ListenerNotFoundException")
      ? new M("--listener", `no listener ${t.arn} (ListenerNotFoundException)`)
      : r;
  }
}
async function NWe(e, t, r, o, n, s, i) {
  const c = n.targetGroups;
  i.to = s;
  const p = Ii(s),
    u = o?.weights ?? null;
  if (o?.state === "rolled-back" && o.from === s && Fo(o.weights, p))
    try {
      const S = await yc(t, { listener: r.listener, targetGroups: c });
      if (Fo(S, p))
        return (
          (i.weights = S),
          (i.state = o.state),
          e.timeline.add("rollback", `traffic already on ${s}`, { weights: S, ok: !0 }),
          { exitCode: 0, message: `traffic already on ${s} (${Ae(S)})`, result: i }
        );
    } catch (S) {
      if (S instanceof M || !(S instanceof vs)) throw S;
      return;
    }
  let m;
  try {
    m = await xo(t, c[s]);
  } catch (S) {
    if (BY.some((_) => as(S, _))) return;
    throw S;
  }
  i.health = m;
  const d = VY(e, r, s, m, u);
  if (d) return { ...d, result: { ...i, weights: u } };
  if (e.dryRun) return jY(e, r, s, u, i);
  let f;
  try {
    f = await Cc(t, r.listener.arn, gY(c, n.stickiness, p), c);
  } catch (S) {
    if (BY.some((_) => as(S, _))) return;
    throw S;
  }
  return (
    (i.changed = !0),
    (i.weights = f ?? p),
    e.log(`traffic back on ${s}: ${Ae(i.weights)}`),
    e.timeline.add("rollback", `ModifyListener: all traffic to ${s}`, { weights: i.weights, ok: !0 }),
    await jP(e, t, r, o ?? WY(s, e), s, p, c, n.stickiness),
    (i.state = "rolled-back"),
    { exitCode: 0, message: `rolled back to ${s} (${Ae(i.weights)})`, result: i }
  );
}
function VY(e, t, r, o, n) {
  if (o.healthy > 0) return;
  if (t.force) {
    e.log(`warning: ${po(r, o)}; rolling back anyway (--force)`);
    return;
  }
  const s = `refusing to roll back: ${po(r, o)}; nothing changed, traffic left at ${lo(n)} (--force overrides)`;
  return (e.timeline.add("failure", s, { ok: !1 }), { exitCode: 1, message: s });
}
function jY(e, t, r, o, n) {
  return (
    e.log(`would call ModifyListener ${t.listener.arn}: ${Ae(Ii(r))}`),
    e.log(`would call AddTags ${t.listener.arn}: rollout state=rolled-back from=${r}`),
    {
      exitCode: 0,
      message: `dry run: would roll back to ${r}; traffic left at ${lo(o)}`,
      result: { ...n, weights: o },
    }
  );
}
function WY(e, t) {
  const r = t.now().toISOString();
  return {
    state: "rolled-back",
    from: e,
    to: Ho(e),
    step: 0,
    steps: [],
    runId: "",
    startedAt: r,
    updatedAt: r,
    reason: "",
    actor: "",
    weights: null,
    targetGroups: null,
    stickiness: null,
  };
}
async function jP(e, t, r, o, n, s, i, c) {
  const p = {
    ...o,
    state: "rolled-back",
    from: n,
    to: Ho(n),
    runId: r.runId,
    actor: r.actor,
    updatedAt: e.now().toISOString(),
    reason: r.reason ?? "manual rollback",
    weights: s,
    targetGroups: c === null ? null : i,
    stickiness: c,
  };
  await t.send(new Rs({ ResourceArns: [r.listener.arn], Tags: $E(p) }));
}
var BY,
  zY = a(() => {
    Hl();
    Fr();
    Tn();
    Wl();
    Ec();
    BY = ["TargetGroupNotFound", "ValidationError", "InvalidConfigurationRequest"];
  });
function $We(e) {
  const t = [
    ...(e.Dimensions ?? []),
    ...(e.Metrics ?? []).flatMap((r) => r.MetricStat?.Metric?.Dimensions ?? []),
  ];
  return {
    name: e.AlarmName ?? "",
    arn: e.AlarmArn ?? "",
    state: e.StateValue ?? "",
    reason: e.StateReason ?? "",
    since: e.StateUpdatedTimestamp?.toISOString() ?? null,
    dimensions: t,
  };
}
function MWe(e) {
  return {
    name: e.AlarmName ?? "",
    arn: e.AlarmArn ?? "",
    state: e.StateValue ?? "",
    reason: e.StateReason ?? "",
    since: e.StateUpdatedTimestamp?.toISOString() ?? null,
    dimensions: [],
  };
}
async function HE(e, t) {
  let r = [],
    o;
  do {
    const n = await e.send(new qr({ ...t, AlarmTypes: ["MetricAlarm", "CompositeAlarm"], NextToken: o }));
    r.push(...(n.MetricAlarms ?? []).map($We), ...(n.CompositeAlarms ?? []).map(MWe)), (o = n.NextToken);
  } while (o);
  return r;
}
function LWe(e, t) {
  const r = new Set(Object.values(t.targetGroups).map(UE));
  for (const o of e)
    if (
      (o.Name === "LoadBalancer" && o.Value !== t.listener.loadBalancerDimension) ||
      (o.Name === "TargetGroup" && o.Value && !r.has(o.Value))
    )
      return !1;
  return !0;
}
async function kWe(e, t, r) {
  let o = new Array(e.length),
    n = 0,
    s = Array.from({ length: Math.min(t, e.length) }, async () => {
      for (; n < e.length; ) {
        const i = n++;
        o[i] = await r(e[i]);
      }
    });
  return (await Promise.all(s), o);
}
async function UWe(e, t) {
  const r = await e.send(new wa({ ResourceARN: t }));
  return Object.fromEntries((r.Tags ?? []).map((o) => [o.Key ?? "", o.Value ?? ""]));
}
async function qY(e, t, r, o) {
  const n = t.filter((i) => LWe(i.dimensions, r)),
    s = await kWe(n, 8, (i) => UWe(e, i.arn));
  return n.filter((i, c) => {
    const p = s[c];
    return p[yo.rollbackAlarm]?.toLowerCase() !== "true" ? !1 : o === void 0 || p[yo.color] !== o;
  });
}
async function KY(e, t, r, o) {
  if (t.mode === "none") return [];
  if (t.mode === "named") {
    const s = new Set();
    for (let c = 0; c < t.names.length; c += 100)
      for (const p of await HE(e, { AlarmNames: t.names.slice(c, c + 100) })) s.add(p.name);
    const i = t.names.filter((c) => !s.has(c));
    if (i.length > 0) throw new M("--alarms", `no CloudWatch alarm named ${i.join(", ")}`);
    return t.names;
  }
  return (await qY(e, await HE(e, {}), r, o)).map((s) => s.name).sort();
}
async function WP(e, t) {
  const r = [];
  for (let o = 0; o < t.length; o += 100) {
    const n = await HE(e, { AlarmNames: t.slice(o, o + 100) });
    for (const s of n) s.state === "ALARM" && r.push({ name: s.name, reason: s.reason, since: s.since });
  }
  return r.sort((o, n) => o.name.localeCompare(n.name));
}
async function JY(e, t) {
  const r = await HE(e, { StateValue: "ALARM" });
  return (await qY(e, r, t))
    .map((n) => ({ name: n.name, reason: n.reason, since: n.since }))
    .sort((n, s) => n.name.localeCompare(s.name));
}
var zP = a(() => {
  gg();
  Fr();
  GE();
});
function VE(e, t, r, o) {
  return {
    Id: e,
    ReturnData: !0,
    MetricStat: {
      Metric: {
        Namespace: "AWS/ApplicationELB",
        MetricName: t,
        Dimensions: [
          { Name: "LoadBalancer", Value: r.listener.loadBalancerDimension },
          { Name: "TargetGroup", Value: UE(r.targetGroups[o]) },
        ],
      },
      Period: 60,
      Stat: "Sum",
    },
  };
}
function YY(e, t) {
  return { requests: e, errors: t, percent: e > 0 ? (t / e) * 100 : 0 };
}
async function QY(e, t, r) {
  let o = new Date(Math.floor((r.since.getTime() - Rc) / Rc) * Rc),
    n = new Date(Math.ceil((r.now.getTime() + Rc) / Rc) * Rc),
    s = {},
    i;
  do {
    const u = await e.send(
      new is({
        StartTime: o,
        EndTime: n,
        NextToken: i,
        MetricDataQueries: [
          VE("toRequests", "RequestCount", t, r.to),
          VE("toErrors", "HTTPCode_Target_5XX_Count", t, r.to),
          VE("fromRequests", "RequestCount", t, r.from),
          VE("fromErrors", "HTTPCode_Target_5XX_Count", t, r.from),
        ],
      }),
    );
    for (const m of u.MetricDataResults ?? [])
      s[m.Id ?? ""] = (s[m.Id ?? ""] ?? 0) + (m.Values ?? []).reduce((d, f) => d + f, 0);
    i = u.NextToken;
  } while (i);
  const c = YY(s.toRequests ?? 0, s.toErrors ?? 0),
    p = YY(s.fromRequests ?? 0, s.fromErrors ?? 0);
  return { from: p, to: c, delta: c.percent - p.percent, judged: c.requests >= FWe };
}
function qP(e, t, r) {
  const o = (n) => `${n.percent.toFixed(1)}% of ${n.requests}`;
  return `5xx ${r} ${o(e.to)} vs ${t} ${o(e.from)}${e.judged ? "" : " (too few requests to judge)"}`;
}
var FWe,
  Rc,
  XY = a(() => {
    gg();
    GE();
    (FWe = 10), (Rc = 6e4);
  });
async function e7(e, t, r) {
  return new KP(e, t, r).execute();
}
function ZY(e) {
  return e instanceof wi ? `interrupted (${e.message})` : $o(e);
}
var mn,
  Go,
  KP,
  t7 = a(() => {
    Hl();
    Fr();
    zP();
    Tn();
    kP();
    Wl();
    XY();
    Ec();
    (mn = class extends Error {}), (Go = class extends Error {});
    KP = class {
      ctx;
      elb;
      cw;
      opts;
      from;
      to;
      estate;
      record;
      last = null;
      pending = null;
      alarms = [];
      result;
      started = !1;
      constructor(t, r, o) {
        (this.ctx = t),
          (this.elb = r.elb),
          (this.cw = r.cw),
          (this.opts = o),
          (this.to = o.to),
          (this.from = Ho(o.to)),
          (this.result = {
            listenerArn: o.listener.arn,
            from: this.from,
            to: this.to,
            state: null,
            weights: null,
            step: 0,
            steps: o.steps,
            reason: "",
            alarms: [],
            resumed: !1,
          });
      }
      async execute() {
        try {
          return await this.plan();
        } catch (t) {
          if (t instanceof M) throw t;
          if (t instanceof mn) return this.stopped(t.message);
          if (!this.started) {
            const r = this.last ? `, traffic left at ${Ae(this.last)}` : "";
            return this.done(1, `${$o(t)}; nothing changed${r}`);
          }
          return this.rollBack(t instanceof Go ? t.message : ZY(t));
        }
      }
      async plan() {
        const { ctx: t, opts: r } = this;
        this.estate = await Ds(this.elb, r.listener);
        const o = this.estate;
        (this.last = o.weights), (this.result.weights = o.weights);
        let n = o.record,
          s = r.steps,
          i,
          c = !1;
        if (n?.state === "shifting") {
          if (n.to !== this.to)
            return this.done(
              1,
              `a rollout to ${n.to} is in progress (step ${n.step}/${n.steps.length}, run ${n.runId}); finish it or roll back first; nothing changed`,
            );
          if (n.steps.length === 0 || !n.weights)
            return this.done(
              1,
              "the rollout record on the listener is unreadable; roll back to reset it; nothing changed",
            );
          if (
            (r.stepsGiven &&
              n.steps.join(",") !== s.join(",") &&
              t.log(`note: resuming with the recorded steps ${n.steps.join(",")} (not ${s.join(",")})`),
            (s = n.steps),
            (this.result.resumed = !0),
            (this.record = { ...n, runId: r.runId, actor: r.actor }),
            Fo(o.weights, n.weights))
          )
            i = n.step;
          else if (n.step < s.length && Fo(o.weights, NE(this.to, s[n.step]))) i = n.step + 1;
          else
            throw new mn(
              `the listener holds ${Ae(o.weights)} but the rollout last wrote ${Ae(n.weights)}: another actor changed the weights`,
            );
          (c = i > 0),
            t.log(`resuming rollout ${this.from}→${this.to} after step ${i}/${s.length} (${Ae(o.weights)})`);
        } else {
          if (o.live === this.to)
            return (
              (this.result.state = n?.state ?? null),
              this.done(0, `${this.to} already holds all traffic (${Ae(o.weights)}); nothing to do`)
            );
          const d = o.weights.blue + o.weights.green,
            f = d > 0 ? Math.round((o.weights[this.to] * 100) / d) : 0;
          i = s.filter((_) => _ <= f && _ < 100).length;
          const S = t.now().toISOString();
          this.record = {
            state: "shifting",
            from: this.from,
            to: this.to,
            step: i,
            steps: s,
            runId: r.runId,
            startedAt: S,
            updatedAt: S,
            reason: "",
            actor: r.actor,
            weights: o.weights,
            targetGroups: o.simple ? o.targetGroups : null,
            stickiness: o.simple ? o.stickiness : null,
          };
        }
        (this.result.steps = s),
          (this.result.step = i),
          (this.alarms = await KY(this.cw, r.alarms, o, this.from)),
          (this.result.alarms = this.alarms);
        const [p, u] = await Promise.all([WP(this.cw, this.alarms), xo(this.elb, o.targetGroups[this.to])]),
          m =
            p.length > 0
              ? `rollback alarm ${p.map((d) => d.name).join(", ")} in ALARM`
              : u.healthy === 0
                ? `${po(this.to, u)}: no healthy targets`
                : "";
        if (
          (t.log(
            `watching ${this.alarms.length} rollback alarm(s)${this.alarms.length ? `: ${this.alarms.join(", ")}` : ""}; ${po(this.to, u)}`,
          ),
          m)
        ) {
          if (!this.result.resumed)
            return (
              t.timeline.add("failure", `refused: ${m}`, { ok: !1, weights: o.weights }),
              this.done(
                1,
                `refusing to shift to ${this.to}: ${m}; nothing changed, traffic left at ${Ae(o.weights)}`,
              )
            );
          if (t.dryRun)
            return (
              t.log(
                `would roll back to ${this.from}: would call ModifyListener ${r.listener.arn}: ${Ae(Ii(this.from))}`,
              ),
              this.done(1, `dry run: the interrupted rollout would roll back: ${m}; nothing changed`)
            );
          throw ((this.started = !0), new Go(m));
        }
        if (t.dryRun) return this.dryRun(s, i, c);
        (this.started = !0),
          this.result.resumed
            ? (t.timeline.add("start", `resume ${this.from}→${this.to} after step ${i}/${s.length}`, {
                weights: o.weights,
              }),
              this.record.step !== i && (await this.writeRecord({ step: i, weights: o.weights })))
            : (t.timeline.add("start", `rollout ${this.from}→${this.to} steps ${s.join(",")}`, {
                weights: o.weights,
              }),
              await this.writeRecord({})),
          c && (await this.bake(i, s));
        for (let d = i + 1; d <= s.length; d++) {
          const f = NE(this.to, s[d - 1]);
          await this.checkUnchanged(`before step ${d}`), this.abortIfSignalled(), (this.pending = f);
          const S = await Cc(this.elb, r.listener.arn, jl(o, f), o.targetGroups);
          (this.pending = null),
            (this.last = S ?? f),
            (this.result.weights = this.last),
            (this.result.step = d),
            t.log(`step ${d}/${s.length}: ${Ae(this.last)}`),
            t.timeline.add("weights", `step ${d}/${s.length}: ${this.to} ${s[d - 1]}%`, {
              weights: this.last,
            }),
            await this.writeRecord({ step: d, weights: this.last }),
            await this.bake(d, s);
        }
        return (
          await this.writeRecord({ state: "complete" }),
          t.timeline.add("done", `complete: all traffic on ${this.to}`, {
            weights: this.last ?? void 0,
            ok: !0,
          }),
          this.done(0, `shifted to ${this.to}: ${lo(this.last)}`)
        );
      }
      abortIfSignalled() {
        if (this.ctx.signal?.aborted)
          throw new Go(`interrupted (${String(this.ctx.signal.reason ?? "signal")})`);
      }
      async writeRecord(t) {
        (this.record = { ...this.record, ...t, updatedAt: this.ctx.now().toISOString() }),
          await this.elb.send(new Rs({ ResourceArns: [this.opts.listener.arn], Tags: $E(this.record) })),
          (this.result.state = this.record.state);
      }
      async checkUnchanged(t) {
        let r;
        try {
          r = await yc(this.elb, this.estate);
        } catch (o) {
          throw o instanceof vs ? new mn(`${t}: ${o.message}`) : o;
        }
        if (
          (this.pending &&
            Fo(r, this.pending) &&
            ((this.last = this.pending), (this.result.weights = this.last)),
          (this.pending = null),
          !Fo(r, this.last))
        )
          throw new mn(
            `${t}: the listener holds ${Ae(r)} but this rollout last wrote ${lo(this.last)}: another actor changed the weights`,
          );
      }
      async bake(t, r) {
        const { ctx: o, opts: n } = this,
          s = n.bakeSeconds * 1e3,
          i = o.now().getTime() + s,
          c = o.pollMs ?? Math.min(15e3, Math.max(1e3, Math.floor(s / 6)));
        s > 0 && o.log(`step ${t}/${r.length}: baking ${n.bakeSeconds} s`);
        let p = 0;
        for (;;) {
          const m = o.now().getTime() >= i,
            d = await this.checkOnce();
          if (d.error) {
            if ((p++, o.log(`check failed: ${d.error}`), p >= 2 || m))
              throw new Go(`could not check the rollout: ${d.error}`);
          } else p = 0;
          if (m) break;
          try {
            await o.sleep(Math.max(0, Math.min(c, i - o.now().getTime())));
          } catch (f) {
            throw f instanceof wi ? new Go(`interrupted (${f.message})`) : f;
          }
        }
        const u = this.lastCheck ? `: ${this.lastCheck}` : "";
        o.timeline.add("check", `step ${t}/${r.length} baked${u}`, { ok: !0, weights: this.last ?? void 0 });
      }
      lastCheck = "";
      async checkOnce() {
        const { ctx: t, estate: r } = this,
          [o, n, s, i] = await Promise.allSettled([
            yc(this.elb, r),
            WP(this.cw, this.alarms),
            xo(this.elb, r.targetGroups[this.to]),
            QY(this.cw, r, {
              from: this.from,
              to: this.to,
              since: new Date(this.record.startedAt || t.now().toISOString()),
              now: t.now(),
            }),
          ]);
        if (o.status === "rejected") {
          if (o.reason instanceof vs) throw new mn(o.reason.message);
          if (o.reason instanceof M) throw new mn(o.reason.message);
        } else if (!Fo(o.value, this.last))
          throw new mn(
            `the listener holds ${Ae(o.value)} but this rollout last wrote ${lo(this.last)}: another actor changed the weights`,
          );
        if (n.status === "fulfilled" && n.value.length > 0) {
          const p = n.value[0];
          throw new Go(
            `rollback alarm ${n.value.map((u) => u.name).join(", ")} in ALARM${p.reason ? ` (${p.reason})` : ""}`,
          );
        }
        if (s.status === "fulfilled") {
          const p = s.value;
          if (p.healthy === 0) throw new Go(`${po(this.to, p)}: no healthy targets`);
          if (p.unhealthy > p.healthy) throw new Go(`${po(this.to, p)}: more unhealthy than healthy targets`);
        }
        if (i.status === "fulfilled") {
          const p = i.value;
          if (p.judged && p.delta > this.opts.maxErrorRateDelta)
            throw new Go(
              `${qP(p, this.from, this.to)}: ${p.delta.toFixed(1)} points above (limit ${this.opts.maxErrorRateDelta})`,
            );
        }
        const c = [o, n, s, i].find((p) => p.status === "rejected");
        if (c) return { error: ZY(c.reason) };
        if (s.status === "fulfilled" && i.status === "fulfilled") {
          const p = this.alarms.length ? `${this.alarms.length} alarm(s) OK` : "no alarms";
          this.lastCheck = `${p}, ${po(this.to, s.value)}, ${qP(i.value, this.from, this.to)}`;
        }
        return {};
      }
      async rollBack(t) {
        const { ctx: r } = this;
        r.log(`rolling back to ${this.from}: ${t}`),
          r.timeline.add("failure", t, { ok: !1, weights: this.last ?? void 0 }),
          (this.result.reason = t);
        const o = Ii(this.from);
        try {
          await this.checkUnchanged("before rolling back");
        } catch (n) {
          return n instanceof mn ? this.stopped(`${t}; then ${n.message}`) : this.failed(t, n);
        }
        try {
          if (!Fo(this.last, o)) {
            let n = null;
            try {
              n = await xo(this.elb, this.estate.targetGroups[this.from]);
            } catch (i) {
              r.log(`could not read ${this.from}'s health (${$o(i)}); rolling back anyway`);
            }
            if (n && n.healthy === 0) {
              const i = `${t}; not rolled back: ${po(this.from, n)}`;
              return (
                await this.writeRecord({ state: "failed", reason: i }),
                r.timeline.add("failure", i, { ok: !1, weights: this.last ?? void 0 }),
                this.done(1, `${i}; traffic left at ${lo(this.last)}`)
              );
            }
            const s = await Cc(
              this.elb,
              this.opts.listener.arn,
              jl(this.estate, o),
              this.estate.targetGroups,
            );
            (this.last = s ?? o), (this.result.weights = this.last);
          }
          return (
            r.timeline.add("rollback", `rolled back: all traffic on ${this.from}`, {
              weights: this.last ?? void 0,
            }),
            r.log(`traffic back on ${this.from}: ${lo(this.last)}`),
            await this.writeRecord({ state: "rolled-back", reason: t, weights: this.last ?? o }),
            this.done(1, `rolled back to ${this.from} (${lo(this.last)}): ${t}`)
          );
        } catch (n) {
          return this.failed(t, n);
        }
      }
      async failed(t, r) {
        const o = `${t}; rollback failed: ${$o(r)}`;
        try {
          (this.last = await yc(this.elb, this.estate)), (this.result.weights = this.last);
        } catch {}
        this.ctx.timeline.add("failure", o, { ok: !1 });
        try {
          await this.writeRecord({ state: "failed", reason: o });
        } catch {}
        return (
          (this.result.state = "failed"),
          this.done(1, `${o}; traffic left at ${lo(this.last)} (run \`securecloud traffic rollback\`)`)
        );
      }
      stopped(t) {
        return (
          this.ctx.timeline.add("failure", `stopped: ${t}`, { ok: !1 }),
          (this.result.reason = t),
          this.done(1, `stopped: ${t}; this run changed nothing more`)
        );
      }
      dryRun(t, r, o) {
        const { ctx: n, opts: s } = this,
          i = s.listener.arn,
          c = `alarms [${this.alarms.join(", ")}], ${this.to} target health, 5xx delta ≤ ${s.maxErrorRateDelta} points`;
        this.result.resumed ||
          n.log(`would call AddTags ${i}: rollout state=shifting ${this.from}→${this.to} step=${r}`),
          o && n.log(`would bake step ${r} again for ${s.bakeSeconds} s watching ${c}`);
        for (let p = r + 1; p <= t.length; p++) {
          const u = NE(this.to, t[p - 1]);
          n.log(`step ${p}/${t.length}: would check the listener still holds what the run last wrote`),
            n.log(`step ${p}/${t.length}: would call ModifyListener ${i}: ${Ae(u)}`),
            n.log(`step ${p}/${t.length}: would call AddTags ${i}: step=${p}`),
            n.log(`step ${p}/${t.length}: would bake ${s.bakeSeconds} s watching ${c}`);
        }
        return (
          n.log(`would call AddTags ${i}: rollout state=complete`),
          this.done(
            0,
            `dry run: would shift ${this.from}→${this.to} in steps ${t.slice(r).join(",")}; nothing changed`,
          )
        );
      }
      done(t, r) {
        return (
          this.result.state === null &&
            this.record &&
            this.started &&
            (this.result.state = this.record.state),
          { exitCode: t, message: r, result: this.result }
        );
      }
    };
  });
async function r7(e, t, r) {
  let o;
  try {
    const n = await Ds(t.elb, r.listener),
      [s, i, c] = await Promise.all([
        xo(t.elb, n.targetGroups.blue),
        xo(t.elb, n.targetGroups.green),
        JY(t.cw, n),
      ]),
      p = (u) => ({ healthy: u.healthy, total: u.total });
    o = {
      listenerArn: r.listener.arn,
      live: n.live,
      weights: n.weights,
      targetGroups: n.targetGroups,
      health: { blue: p(s), green: p(i) },
      rollout: dY(n.record),
      alarms: c,
    };
  } catch (n) {
    if (n instanceof M) throw n;
    return { exitCode: 1, message: `${$o(n)}; traffic unchanged (status only reads)`, result: null };
  }
  return (
    e.timeline.add("check", `status: live ${o.live}, ${Ae(o.weights)}`, { weights: o.weights }),
    { exitCode: 0, message: `live ${o.live} (${Ae(o.weights)})`, result: o }
  );
}
function o7(e) {
  const t = [],
    r = (s) => s.padEnd(10);
  t.push(`${r("listener")}${e.listenerArn}`);
  const o = e.live === "split" ? "" : `, idle ${e.live === "blue" ? "green" : "blue"}`;
  t.push(`${r("live")}${e.live}${o} (${Ae(e.weights)})`);
  for (const s of ["blue", "green"]) {
    const i = e.health[s];
    t.push(
      `${r(s)}${String(e.weights[s]).padStart(3)}%  ${i.healthy}/${i.total} healthy  ${e.targetGroups[s].split(":").pop()}`,
    );
  }
  const n = e.rollout;
  if (n) {
    const s = n.steps.length > 0 ? `step ${n.step}/${n.steps.length} [${n.steps.join(",")}]` : "",
      i =
        n.state === "rolled-back"
          ? `rolled-back: traffic returned to ${n.from}${s ? ` (rollout ${n.from}→${n.to} stopped at ${s})` : ""}`
          : n.state === "complete"
            ? `complete: ${n.from}→${n.to}${s ? ` ${s}` : ""}`
            : `${n.state}: ${n.from}→${n.to}${s ? ` at ${s}` : ""}`,
      c = n.reason ? `; reason: ${n.reason}` : "";
    t.push(
      `${r("rollout")}${i}; run ${n.runId || "?"} by ${n.actor || "?"}, updated ${n.updatedAt || "?"}${c}`,
    );
  } else t.push(`${r("rollout")}no record`);
  e.alarms.length === 0 && t.push(`${r("alarms")}no rollback alarm in ALARM`);
  for (const s of e.alarms) t.push(`${r("alarms")}${s.name} in ALARM since ${s.since ?? "?"}: ${s.reason}`);
  return t.join(`
`);
}
var n7 = a(() => {
  Fr();
  zP();
  Tn();
  Wl();
  Ec();
});
var QP = {};
Xt(QP, { USAGE: () => YP, run: () => HWe });
import { parseArgs as GWe } from "node:util";
function BWe(e) {
  return e[0] === "deploy"
    ? { name: "deploy", rest: e.slice(1) }
    : e[0] === "traffic" && e[1] && `traffic ${e[1]}` in JP
      ? { name: `traffic ${e[1]}`, rest: e.slice(2) }
      : null;
}
async function HWe(e, t = {}) {
  const r = t.stdout ?? process.stdout,
    o = t.stderr ?? process.stderr,
    n = t.env ?? process.env;
  if (e.length === 0 || e[0] === "--help" || e[0] === "-h" || e[0] === "help") return (r.write(YP), 0);
  const s = BWe(e);
  if (!s) {
    const c = e[0] === "traffic" ? `traffic ${e[1] ?? ""}`.trim() : (e[0] ?? "");
    return (
      o.write(`${Ln(new M("command", `unknown command "${c}" (expected traffic status|shift|rollback or deploy)`))}
`),
      2
    );
  }
  let i;
  try {
    i = GWe({ args: VWe(s.rest, JP[s.name]), options: JP[s.name], strict: !0, allowPositionals: !1 }).values;
  } catch (c) {
    const p = c.message
      .split(`
`)[0]
      .replace(/\. To specify a positional.*$/, "");
    return (
      o.write(`${Ln(new M(s.name, p))}
`),
      2
    );
  }
  if (i.help) return (r.write(YP), 0);
  try {
    return await jWe(s.name, i, { stdout: r, stderr: o, env: n, onCall: t.onCall });
  } catch (c) {
    return (
      o.write(`${Ln(c)}
`),
      c instanceof M ? 2 : 1
    );
  }
}
function VWe(e, t) {
  const r = [];
  for (let o = 0; o < e.length; o++) {
    const n = e[o],
      s = e[o + 1],
      i = n.startsWith("--") ? n.slice(2) : "";
    t[i]?.type === "string" && s !== void 0 && /^-\d/.test(s) ? (r.push(`${n}=${s}`), o++) : r.push(n);
  }
  return r;
}
async function jWe(e, t, r) {
  let n = {
      "traffic status": () => FY(t),
      "traffic shift": () => LY(t, r.env),
      "traffic rollback": () => kY(t, r.env),
      deploy: () => UY(t),
    }[e](),
    s = n.format === "json",
    i = (d) =>
      (s ? r.stderr : r.stdout).write(`${d}
`),
    c = { ..._Y(r.env, n.region), onCall: r.onCall },
    p = xY(r.env),
    u = (d) =>
      uY({ log: i, dryRun: n.dryRun, ...(d ? { signal: d } : {}), ...(p !== void 0 ? { pollMs: p } : {}) }),
    m;
  switch (e) {
    case "traffic status": {
      const d = await r7(u(), { elb: Vl(c), cw: Dv(c) }, n);
      return (
        d.result &&
          r.stdout.write(
            s
              ? `${JSON.stringify(d.result, null, 2)}
`
              : `${o7(d.result)}
`,
          ),
        d.exitCode !== 0 &&
          r.stderr.write(`error: ${d.message}
`),
        d.exitCode
      );
    }
    case "traffic shift": {
      const d = n;
      m = await GP((f) => e7(u(f), { elb: Vl(c), cw: Dv(c) }, d));
      break;
    }
    case "traffic rollback": {
      const d = n;
      m = await HY(u(), { elb: Vl(c) }, d);
      break;
    }
    case "deploy": {
      const d = n;
      m = await GP((f) => hY(u(f), { elb: Vl(c), ecs: _9(c) }, d));
      break;
    }
  }
  return (WWe(r, n, m), m.exitCode);
}
function WWe(e, t, r) {
  t.format === "json"
    ? e.stdout.write(`${JSON.stringify({ exitCode: r.exitCode, message: r.message, ...r.result }, null, 2)}
`)
    : r.exitCode === 0 &&
      e.stdout.write(`${r.message}
`),
    r.exitCode !== 0 &&
      e.stderr.write(`error: ${r.message}
`);
}
var jE,
  JP,
  YP,
  XP = a(() => {
    Fr();
    B6();
    x9();
    lY();
    kP();
    SY();
    EY();
    GY();
    zY();
    t7();
    n7();
    (jE = {
      listener: { type: "string" },
      region: { type: "string" },
      format: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    }),
      (JP = {
        "traffic status": { ...jE },
        "traffic shift": {
          ...jE,
          to: { type: "string" },
          steps: { type: "string" },
          bake: { type: "string" },
          alarms: { type: "string" },
          "max-error-rate-delta": { type: "string" },
          "run-id": { type: "string" },
          actor: { type: "string" },
        },
        "traffic rollback": {
          ...jE,
          to: { type: "string" },
          reason: { type: "string" },
          force: { type: "boolean" },
          "run-id": { type: "string" },
          actor: { type: "string" },
        },
        deploy: {
          ...jE,
          cluster: { type: "string" },
          image: { type: "string" },
          container: { type: "string" },
          timeout: { type: "string" },
        },
      }),
      (YP = `usage:
  securecloud traffic status   --listener ARN [--format text|json]
  securecloud traffic shift    --listener ARN --to blue|green [--steps 10,50,100] [--bake SECONDS]
                               [--alarms auto|none|NAME,...] [--max-error-rate-delta PCT]
  securecloud traffic rollback --listener ARN [--to blue|green] [--reason TEXT] [--force]
  securecloud deploy           --cluster NAME --listener ARN --image URI [--container NAME] [--timeout SECONDS]
every command: [--region REGION] [--format text|json] [--dry-run]
exit codes: 0 ok, 1 a check or the rollout failed (traffic state is printed), 2 bad input (nothing changed)
`);
  });
import { readFileSync as qWe, statSync as s7, existsSync as ZP, readdirSync as zWe } from "node:fs";
import { dirname as KWe, join as ql, basename as WE } from "node:path";
function tt(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
function YWe(e, t, r) {
  let o;
  try {
    o = JSON.parse(e);
  } catch (i) {
    throw new M(
      r,
      `${t} is not valid JSON (${
        i.message.split(`
`)[0]
      })`,
    );
  }
  if (!tt(o)) throw new M(r, `${t} is not a Terraform JSON document (not an object)`);
  const n = Object.keys(o),
    s = n.filter((i) => !JWe.has(i));
  if (s.length > 0)
    throw new M(r, `${t} is not a Terraform JSON document (unexpected top-level key "${s.sort()[0]}")`);
  if (!n.some((i) => i === "resource" || i === "data" || i === "terraform" || i === "provider"))
    throw new M(r, `${t} is not a Terraform JSON document (no resource, data, provider or terraform)`);
  for (const i of ["resource", "data"]) {
    const c = o[i];
    if (c !== void 0) {
      if (!tt(c)) throw new M(r, `${t}: "${i}" must be an object of types`);
      for (const [p, u] of Object.entries(c))
        if (!tt(u) || Object.values(u).some((m) => !tt(m)))
          throw new M(r, `${t}: "${i}.${p}" must map names to blocks`);
    }
  }
  return o;
}
function eO(e, t, r) {
  let o;
  try {
    o = qWe(e, "utf8");
  } catch (n) {
    throw new M(r, `cannot read ${e} (${n.code ?? "error"})`);
  }
  return { name: t, file: e, doc: YWe(o, e, r) };
}
function i7(e, t) {
  return zWe(e, { withFileTypes: !0 })
    .filter((o) => o.isDirectory() && ZP(ql(e, o.name, Ac)))
    .map((o) => o.name)
    .sort()
    .map((o) => eO(ql(e, o, Ac), o, t));
}
function Kl(e, t) {
  if (!e) throw new M(t, "a path is required");
  let r;
  try {
    r = s7(e);
  } catch {
    throw new M(t, `${e} does not exist`);
  }
  if (r.isFile()) {
    const i = WE(e) === Ac ? WE(KWe(e)) : WE(e).replace(/\.json$/i, "");
    return { label: e, single: !0, stacks: [eO(e, i, t)] };
  }
  if (!r.isDirectory()) throw new M(t, `${e} is neither a file nor a directory`);
  if (ZP(ql(e, Ac))) return { label: e, single: !0, stacks: [eO(ql(e, Ac), WE(e), t)] };
  const o = ql(e, "stacks"),
    n = ZP(o) && s7(o).isDirectory() ? i7(o, t) : [],
    s = n.length > 0 ? n : i7(e, t);
  if (s.length === 0) throw new M(t, `${e} holds no ${Ac} (expected a cdktf.out directory or a stack)`);
  return { label: e, single: !1, stacks: s };
}
var Ac,
  JWe,
  Jl = a(() => {
    Fr();
    (Ac = "cdk.tf.json"),
      (JWe = new Set([
        "//",
        "terraform",
        "provider",
        "resource",
        "data",
        "output",
        "variable",
        "locals",
        "module",
        "moved",
        "import",
        "removed",
        "check",
      ]));
  });
function QWe(e) {
  return e === void 0 ? "" : typeof e == "string" ? e : JSON.stringify(e);
}
function l7(e, t) {
  const r = [...e];
  return r.length <= t ? e : `${r.slice(0, t).join("")}… (${r.length} chars)`;
}
function a7(e) {
  if (e === void 0) return;
  const t = JSON.stringify(e);
  return t.length > 2e3 ? l7(t, 2e3) : e;
}
function zE(e) {
  const t = {
    version: 1,
    base: e.base,
    head: e.head,
    summary: e.summary,
    stacks: e.stacks,
    resources: e.resources.map((r) => ({
      stack: r.stack,
      address: r.address,
      type: r.type,
      kind: r.kind,
      action: r.action,
      security: r.security,
      changes: r.changes.map((o) => {
        const n = { path: o.path, action: o.action },
          s = a7(o.before),
          i = a7(o.after);
        return (
          s !== void 0 && (n.before = s),
          i !== void 0 && (n.after = i),
          o.security && (n.security = o.security),
          n
        );
      }),
    })),
  };
  return `${JSON.stringify(t, null, 2)}
`;
}
function Mn(e) {
  if (e === "") return "∅";
  const t = e.replace(/\r?\n/g, "⏎").replace(/\|/g, "\\|"),
    r = Math.max(0, ...(t.match(/`+/g) ?? []).map((s) => s.length)),
    o = "`".repeat(r + 1),
    n = t.startsWith("`") || t.endsWith("`") ? " " : "";
  return `${o}${n}${t}${n}${o}`;
}
function c7(e) {
  return e === void 0 ? "—" : Mn(l7(QWe(e), 120));
}
function tO(e) {
  return e.replace(/[\\`*_[\]<>|@#]/g, (t) => `\\${t}`);
}
function XWe(e) {
  return e.replace(/[&<>"'`@]/g, (t) => `&#${t.charCodeAt(0)};`);
}
function ZWe(e) {
  return `${e.added} added · ${e.removed} removed · ${e.changed} changed`;
}
function eze(e) {
  const t = [],
    r = e.security.length > 0 ? " ⚠️" : "";
  if (e.action !== "changed") return (t.push(`- ${p7[e.action]} ${Mn(e.address)}${r}`), t);
  t.push(`${p7.changed} ${Mn(e.address)}${r}`, ""),
    t.push("| Attribute | Before | After | Security |", "| --- | --- | --- | --- |");
  for (const o of e.changes.slice(0, 40)) {
    const n = o.action === "reordered" ? `${Mn(o.path)} (reordered)` : Mn(o.path);
    t.push(`| ${n} | ${c7(o.before)} | ${c7(o.after)} | ${o.security ? tO(o.security) : ""} |`);
  }
  return (e.changes.length > 40 && t.push(`| … ${e.changes.length - 40} more | | | |`), t.push(""), t);
}
function qE(e) {
  const t = e.summary,
    r = ["### Review diff", ""];
  if (
    (r.push(
      `${Mn(e.base)} → ${Mn(e.head)}: ${t.stacks} stack${t.stacks === 1 ? "" : "s"} · **${t.added}** added · **${t.removed}** removed · **${t.changed}** changed · **${t.security}** security-relevant`,
      "",
    ),
    e.resources.length === 0)
  )
    return (
      r.push("No changes.", ""),
      `${r.join(`
`)}`
    );
  const o = e.resources.filter((n) => n.security.length > 0);
  if (o.length > 0) {
    r.push(`#### ⚠️ Security-relevant changes (${o.length})`, ""),
      r.push("| Stack | Resource | Change | Why |", "| --- | --- | --- | --- |");
    for (const n of o)
      r.push(`| ${Mn(n.stack)} | ${Mn(n.address)} | ${n.action} | ${n.security.map(tO).join("<br>")} |`);
    r.push("");
  } else r.push("No security-relevant changes.", "");
  for (const n of e.stacks) {
    if (n.status === "unchanged") {
      r.push(`**${tO(n.stack)}**: no changes`, "");
      continue;
    }
    const s = e.resources.filter((p) => p.stack === n.stack),
      i = n.status === "added" ? " (new stack)" : n.status === "removed" ? " (stack removed)" : "",
      c = n.security > 0 ? ` · ⚠️ ${n.security} security-relevant` : "";
    r.push("<details>", `<summary><b>${XWe(n.stack)}</b>${i}: ${ZWe(n)}${c}</summary>`, "");
    for (const p of ["added", "removed", "changed"]) {
      const u = s.filter((m) => m.action === p);
      if (u.length !== 0) {
        r.push(`**${p[0].toUpperCase()}${p.slice(1)}**`, "");
        for (const m of u) r.push(...eze(m));
        r.push("");
      }
    }
    r.push("</details>", "");
  }
  return `${r
    .join(`
`)
    .replace(
      /\n{3,}/g,
      `

`,
    )}`;
}
var p7,
  rO = a(() => {
    p7 = { added: "➕", removed: "➖", changed: "✏️" };
  });
function Yl(e) {
  if (typeof e == "string") {
    const t = e.trim();
    if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]")))
      try {
        const r = JSON.parse(t);
        if (typeof r == "object" && r !== null) return Yl(r);
      } catch {}
    return e;
  }
  if (Array.isArray(e)) return e.map(Yl);
  if (tt(e)) {
    const t = {};
    for (const r of Object.keys(e).sort()) {
      const o = e[r];
      if (r === u7) {
        tt(o) && o.securecloud !== void 0 && (t[YE] = Yl(o.securecloud));
        continue;
      }
      t[r] = Yl(o);
    }
    return t;
  }
  return e;
}
function JE(e) {
  return e === void 0 ? "undefined" : JSON.stringify(e);
}
function oO(e) {
  const t = [],
    r = (o, n, s, i) => t.push({ address: o, type: n, kind: s, body: Yl(i) });
  for (const o of Object.keys(e).sort()) {
    const n = e[o];
    if (o === "resource" || o === "data") {
      if (!tt(n)) continue;
      for (const s of Object.keys(n).sort()) {
        const i = n[s];
        if (tt(i))
          for (const c of Object.keys(i).sort()) {
            const p = o === "data" ? `data.${s}.${c}` : `${s}.${c}`;
            r(p, s, o, i[c]);
          }
      }
    } else if (o === "provider") {
      if (!tt(n)) continue;
      for (const s of Object.keys(n).sort()) {
        const i = n[s];
        for (const c of Array.isArray(i) ? i : [i]) {
          const p = tt(c) && typeof c.alias == "string" ? `.${c.alias}` : "";
          r(`provider.${s}${p}`, s, "provider", c);
        }
      }
    } else if (o === "output" || o === "variable" || o === "module") {
      if (!tt(n)) continue;
      for (const s of Object.keys(n).sort()) r(`${o}.${s}`, o, o === "output" ? "output" : "other", n[s]);
    } else
      o === u7
        ? tt(n) &&
          n.securecloud !== void 0 &&
          r("stack metadata", "metadata", "other", { [YE]: n.securecloud })
        : r(o, o, o === "terraform" ? "terraform" : "other", n);
  }
  return t.sort((o, n) => Ql(o.address, n.address));
}
function Ql(e, t) {
  return e < t ? -1 : e > t ? 1 : 0;
}
function tze(e, t) {
  for (let r = 0; r < Math.min(e.length, t.length); r++) {
    const o = e[r],
      n = t[r];
    if (o !== n)
      return typeof o == "number" && typeof n == "number"
        ? o - n
        : typeof o == "number"
          ? -1
          : typeof n == "number"
            ? 1
            : Ql(o, n);
  }
  return e.length - t.length;
}
function rze(e) {
  let t = "";
  for (const r of e)
    typeof r == "number"
      ? (t += `[${r}]`)
      : /^[A-Za-z_/][A-Za-z0-9_:/-]*$/.test(r)
        ? (t += t === "" ? r : `.${r}`)
        : (t += `[${JSON.stringify(r)}]`);
  return t;
}
function KE(e) {
  if (tt(e))
    for (const t of oze) {
      const r = e[t];
      if (typeof r == "string" || typeof r == "number") return `${t}=${r}`;
    }
}
function m7(e, t) {
  const r = [];
  return (nO(e, t, [], r), r.sort((o, n) => tze(o.segments, n.segments)));
}
function Tc(e, t, r, o, n) {
  const s = { path: rze(t), segments: t, action: r };
  o !== void 0 && (s.before = o), n !== void 0 && (s.after = n), e.push(s);
}
function nO(e, t, r, o) {
  if (JE(e) !== JE(t)) {
    if (tt(e) && tt(t)) {
      const n = [...new Set([...Object.keys(e), ...Object.keys(t)])].sort();
      for (const s of n) {
        const i = e[s],
          c = t[s];
        i === void 0
          ? Tc(o, [...r, s], "added", void 0, c)
          : c === void 0
            ? Tc(o, [...r, s], "removed", i, void 0)
            : nO(i, c, [...r, s], o);
      }
      return;
    }
    if (Array.isArray(e) && Array.isArray(t)) {
      nze(e, t, r, o);
      return;
    }
    Tc(o, r, "changed", e, t);
  }
}
function nze(e, t, r, o) {
  const n = e.map(JE),
    s = t.map(JE);
  if (
    e.length === t.length &&
    [...n].sort().join(`
`) ===
      [...s].sort().join(`
`)
  ) {
    Tc(o, r, "reordered", e, t);
    return;
  }
  const i = new Set(e.keys()),
    c = new Set(t.keys());
  for (const d of [...c]) {
    const f = [...i].find((S) => n[S] === s[d]);
    f !== void 0 && (i.delete(f), c.delete(d));
  }
  const p = [];
  for (const d of [...c]) {
    const f = KE(t[d]);
    if (f === void 0) continue;
    const S = [...i].find((_) => KE(e[_]) === f);
    S !== void 0 && (p.push([S, d]), i.delete(S), c.delete(d));
  }
  const u = [...i].filter((d) => KE(e[d]) === void 0),
    m = [...c].filter((d) => KE(t[d]) === void 0);
  for (let d = 0; d < Math.min(u.length, m.length); d++) p.push([u[d], m[d]]), i.delete(u[d]), c.delete(m[d]);
  for (const [d, f] of p) nO(e[d], t[f], [...r, f], o);
  for (const d of i) Tc(o, [...r, d], "removed", e[d], void 0);
  for (const d of c) Tc(o, [...r, d], "added", void 0, t[d]);
}
function QE(e, t = []) {
  const r = [],
    o = (n, s) => {
      if (Array.isArray(n)) {
        n.length === 0 && r.push({ segments: s, value: n });
        for (const [i, c] of n.entries()) o(c, [...s, i]);
      } else if (tt(n)) {
        const i = Object.keys(n);
        i.length === 0 && r.push({ segments: s, value: n });
        for (const c of i.sort()) o(n[c], [...s, c]);
      } else r.push({ segments: s, value: n });
    };
  return (e !== void 0 && o(e, [...t]), r);
}
var u7,
  YE,
  oze,
  sO = a(() => {
    Jl();
    (u7 = "//"), (YE = "//securecloud");
    oze = ["Sid", "name", "Name", "key", "id", "priority", "namespace", "containerName"];
  });
function sze(e) {
  return e
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toLowerCase();
}
function cO(e) {
  return ize.find((t) => t.types.test(e));
}
function iO(e) {
  return e.filter((t) => typeof t == "string").map(sze);
}
function d7(e, t) {
  const r = iO(t);
  return aze.find((o) => (o.types === void 0 || o.types.test(e)) && r.some((n) => o.name.test(n)));
}
function f7(e, t) {
  if (t === void 0) return;
  const o = iO(e).at(-1) ?? "";
  for (const n of QE(t, e)) {
    const s = iO(n.segments),
      i = s.at(-1) ?? o,
      c = n.value;
    if (typeof c == "string" && cze.has(c) && s.some((p) => /cidr/.test(p)))
      return `opens to the internet (${c})`;
    if ((i === "principal" || s.includes("principal")) && (c === "*" || c === "arn:aws:iam::*:root"))
      return "allows any principal (*)";
    if ((i === "action" || i === "not_action") && c === "*") return "allows every action (*)";
    if (
      c === !1 &&
      /^(enable_key_rotation|encrypted|encrypt|enable_log_file_validation|is_multi_region_trail|enable_deletion_protection|deletion_protection|drop_invalid_header_fields|enable|enabled|is_enabled|block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets|read_only_root_filesystem|readonly_root_filesystem|scan_on_push|internal)$/.test(
        i,
      )
    )
      return i === "internal" ? "makes the resource internet-facing (internal = false)" : `turns ${i} off`;
    if (
      c === !0 &&
      /^(privileged|publicly_accessible|assign_public_ip|map_public_ip_on_launch|associate_public_ip_address|force_destroy|enable_execute_command)$/.test(
        i,
      )
    )
      return `turns ${i} on`;
    if (typeof c == "string" && /^(public-read|public-read-write|authenticated-read)$/.test(c))
      return `grants ${c}`;
  }
}
function g7(e, t, r, o) {
  if (t.includes(YE)) return "compliance suppression or gate metadata changed";
  const n = f7(t, o),
    s = d7(e, t) ?? [...QE(o, t), ...QE(r, t)].map((c) => d7(e, c.segments)).find((c) => c !== void 0);
  if (s && n) return `${s.reason}: ${n}`;
  if (s) return s.reason;
  if (n) return n;
  const i = cO(e);
  if (i && ["security-service", "waf", "logging"].includes(i.category))
    return `${i.what} configuration changed`;
  if (i?.category === "identity" && /^aws_iam_/.test(e)) return "IAM configuration changed";
}
function pze(e) {
  return tt(e) && ("Statement" in e || "statement" in e);
}
function h7(e, t) {
  const r = new Set(),
    o = cO(e);
  o && ["network", "identity", "public-access", "tls"].includes(o.category) && r.add(`new ${o.what}`);
  const n = f7([], t);
  if ((n && r.add(n), !o && tt(t)))
    for (const [s, i] of Object.entries(t)) pze(i) && r.add(`new resource policy (${s})`);
  return [...r].sort();
}
function S7(e, t) {
  const r = cO(e),
    o = [];
  return (
    aO.test(e)
      ? o.push(`security service resource removed (${e})`)
      : r && r.category !== "network" && r.category !== "identity" && o.push(`${r.what} removed`),
    tt(t) && t["//securecloud"] !== void 0 && o.push("compliance suppression removed with it"),
    o
  );
}
var aO,
  ize,
  aze,
  cze,
  _7 = a(() => {
    sO();
    Jl();
    (aO =
      /^aws_(guardduty_|cloudtrail|config_|wafv2_|waf_|wafregional_|shield_|securityhub_|inspector2?_|macie2?_|accessanalyzer_|detective_|fms_|networkfirewall_|flow_log$|ebs_encryption_by_default$|s3_account_public_access_block$|iam_account_password_policy$)/),
      (ize = [
        {
          category: "waf",
          types: /^aws_(wafv2_|waf_|wafregional_|shield_)/,
          what: "WAF / Shield protection",
        },
        {
          category: "logging",
          types:
            /^aws_(cloudtrail|flow_log$|cloudwatch_log_group$|s3_bucket_logging$|config_configuration_recorder|config_delivery_channel$|lb_.*log|cloudwatch_log_subscription_filter$)/,
          what: "audit logging",
        },
        { category: "security-service", types: aO, what: "security service" },
        {
          category: "network",
          types:
            /^aws_(security_group|vpc_security_group_(ingress|egress)_rule|default_security_group|network_acl|default_network_acl)/,
          what: "network access rules",
        },
        {
          category: "identity",
          types:
            /^aws_(iam_|.*_policy$|lambda_permission$|kms_grant$|ecr_repository_policy$|s3_bucket_policy$|sns_topic_policy$|sqs_queue_policy$|cloudwatch_log_resource_policy$)/,
          what: "IAM / resource policy",
        },
        {
          category: "public-access",
          types: /^aws_(s3_bucket_public_access_block|s3_bucket_acl|s3_bucket_ownership_controls)$/,
          what: "public access control",
        },
        {
          category: "tls",
          types:
            /^aws_(lb_listener|alb_listener|lb_listener_rule|lb_listener_certificate|acm_certificate.*|cloudfront_distribution)$/,
          what: "listener / TLS",
        },
        {
          category: "encryption",
          types: /^aws_(kms_|s3_bucket_server_side_encryption_configuration$)/,
          what: "encryption",
        },
      ]);
    (aze = [
      {
        category: "waf",
        name: /^rate_based_statement$|^rate_limit$|^limit$|^aggregate_key_type$|^evaluation_window_sec$/,
        types: /^aws_(wafv2_|waf_|wafregional_)/,
        reason: "WAF rate limit changed",
      },
      {
        category: "waf",
        name: /^(override_action|default_action|action|rule_action_override|managed_rule_group_statement|rule|visibility_config)$/,
        types: /^aws_(wafv2_|waf_|wafregional_)/,
        reason: "WAF rule or action changed",
      },
      {
        category: "waf",
        name: /^web_acl(_arn|_id)?$|^protection$|^resource_arn$/,
        types: /^aws_(wafv2_web_acl_association|shield_|waf)/,
        reason: "WAF / Shield attachment changed",
      },
      {
        category: "tls",
        name: /^(ssl_policy|certificate_arn|certificate|minimum_protocol_version|viewer_protocol_policy|tls_policy|alpn_policy|mutual_authentication|drop_invalid_header_fields|desync_mitigation_mode)$|^viewer_certificate$/,
        reason: "TLS / listener security setting changed",
      },
      {
        category: "tls",
        name: /^(protocol|port|redirect|default_action)$/,
        types: /^aws_(lb_listener|alb_listener|lb_listener_rule)$/,
        reason: "listener protocol, port or action changed",
      },
      {
        category: "network",
        name: /^(ingress|egress|cidr_blocks|ipv6_cidr_blocks|cidr_ipv4|cidr_ipv6|prefix_list_ids?|referenced_security_group_id|source_security_group_id|security_groups|self|from_port|to_port|ip_protocol|protocol|rule_action|cidr_block|ipv6_cidr_block)$/,
        types:
          /^aws_(security_group|vpc_security_group_(ingress|egress)_rule|default_security_group|network_acl|default_network_acl)/,
        reason: "security group / network ACL rule changed",
      },
      {
        category: "network",
        name: /^(ingress|egress)$|^(vpc_)?security_group(s|_ids?)$/,
        reason: "network access (security groups) changed",
      },
      {
        category: "public-access",
        name: /public|^internal$|^acl$|^grant$|object_ownership|publicly_accessible|^scheme$/,
        reason: "public access setting changed",
      },
      { category: "identity", name: /^assume_role_policy$/, reason: "IAM trust policy changed" },
      {
        category: "identity",
        name: /^statement$|^(inline_policy|managed_policy_arns|policy_arn|permissions_boundary|policy_document)$|^(?!(lifecycle|scaling|retention|target_tracking|alpn|ssl|tls)_)(\w+_)?policy$/,
        reason: "IAM / resource policy changed",
      },
      {
        category: "identity",
        name: /^(task_role_arn|execution_role_arn|role|role_arn|iam_role_arn|service_role|instance_profile|iam_instance_profile)$/,
        reason: "IAM role attached to a resource changed",
      },
      {
        category: "encryption",
        name: /encrypt|kms|^sse|_sse_|sse_algorithm|key_rotation|rotation_period|at_rest|in_transit|customer_master_key|^cmk|bucket_key_enabled/,
        reason: "encryption setting changed",
      },
      {
        category: "logging",
        name: /(^|_)(log|logs|logging|awslogs)(_|$)|retention_in_days|log_file_validation|is_multi_region_trail|include_global_service_events|event_selector|insight_selector|recording_group|container_insights|^trail/,
        reason: "logging / audit setting changed",
      },
      {
        category: "deletion-protection",
        name: /deletion_protection|prevent_destroy|force_destroy|force_delete|deletion_window|skip_final_snapshot|termination_protection|recovery_window/,
        reason: "deletion protection changed",
      },
      {
        category: "container",
        name: /^(privileged|readonly_root_filesystem|user|capabilities|linux_parameters|secrets|pid_mode|ipc_mode|enable_execute_command|network_mode|assign_public_ip)$/,
        reason: "container hardening changed",
      },
      {
        category: "security-service",
        name: /^(enable|enabled|is_enabled|status|auto_enable|finding_publishing_frequency|detector_id|datasources|features?)$/,
        types: aO,
        reason: "security service setting changed",
      },
    ]),
      (cze = new Set(["0.0.0.0/0", "::/0"]));
  });
function lze(e, t, r) {
  const o = [],
    n = new Map((t ? oO(t.doc) : []).map((c) => [c.address, c])),
    s = new Map((r ? oO(r.doc) : []).map((c) => [c.address, c])),
    i = [...new Set([...n.keys(), ...s.keys()])].sort(Ql);
  for (const c of i) {
    const p = n.get(c),
      u = s.get(c);
    if (p && u) {
      const m = m7(p.body, u.body).map((f) => {
        const S = g7(u.type, f.segments, f.before, f.after);
        return S ? { ...f, security: S } : f;
      });
      if (m.length === 0) continue;
      const d = uze(m.flatMap((f) => (f.security ? [f.security] : [])));
      o.push({
        stack: e,
        address: c,
        type: u.type,
        kind: u.kind,
        action: "changed",
        security: d,
        changes: m,
      });
    } else if (u) {
      const m = u.kind === "resource" ? h7(u.type, u.body) : [];
      o.push({
        stack: e,
        address: c,
        type: u.type,
        kind: u.kind,
        action: "added",
        security: m,
        changes: [],
        body: u.body,
      });
    } else
      p &&
        o.push({
          stack: e,
          address: c,
          type: p.type,
          kind: p.kind,
          action: "removed",
          security: S7(p.type, p.body),
          changes: [],
          body: p.body,
        });
  }
  return o;
}
function uze(e) {
  const t = [...new Set(e)];
  return t.filter((r) => !t.some((o) => o !== r && o.startsWith(`${r}: `))).sort();
}
function XE(e, t) {
  const r = new Map();
  if (e.single && t.single && e.stacks.length === 1 && t.stacks.length === 1)
    r.set(t.stacks[0].name, { before: e.stacks[0], after: t.stacks[0] });
  else {
    for (const i of e.stacks) r.set(i.name, { ...r.get(i.name), before: i });
    for (const i of t.stacks) r.set(i.name, { ...r.get(i.name), after: i });
  }
  const o = [],
    n = [];
  for (const i of [...r.keys()].sort(Ql)) {
    const { before: c, after: p } = r.get(i),
      u = lze(i, c, p);
    o.push(...u);
    const m = (f) => u.filter((S) => S.action === f).length,
      d = c ? (p ? (u.length > 0 ? "changed" : "unchanged") : "removed") : "added";
    n.push({
      stack: i,
      status: d,
      added: m("added"),
      removed: m("removed"),
      changed: m("changed"),
      security: u.filter((f) => f.security.length > 0).length,
    });
  }
  const s = (i) => n.reduce((c, p) => c + p[i], 0);
  return {
    base: e.label,
    head: t.label,
    summary: {
      stacks: n.length,
      added: s("added"),
      removed: s("removed"),
      changed: s("changed"),
      security: s("security"),
    },
    stacks: n,
    resources: o,
  };
}
var pO = a(() => {
  sO();
  _7();
});
var C7 = {};
Xt(C7, {
  USAGE: () => lO,
  diffPaths: () => y7,
  diffSides: () => XE,
  loadSide: () => Kl,
  parseArgs: () => E7,
  renderJson: () => zE,
  renderMarkdown: () => qE,
  run: () => dze,
});
function E7(e) {
  let t = {},
    r = !1;
  for (let n = 0; n < e.length; n++) {
    const s = e[n];
    if (s === "--help" || s === "-h") return "help";
    if (s === "--fail-on-security") {
      r = !0;
      continue;
    }
    const i = /^--(base|head|format)(?:=(.*))?$/.exec(s);
    if (!i)
      throw new M(
        s.startsWith("-") ? `unknown flag ${s}` : `unexpected argument "${s}"`,
        lO.replace("usage: ", "usage is "),
      );
    let c = i[1],
      p = i[2];
    if (p === void 0 && ((p = e[++n]), p === void 0 || p.startsWith("--")))
      throw new M(`--${c}`, "needs a value");
    if (t[c] !== void 0) throw new M(`--${c}`, "given twice");
    t[c] = p;
  }
  if (t.base === void 0) throw new M("--base", "is required");
  if (t.head === void 0) throw new M("--head", "is required");
  const o = t.format ?? "markdown";
  if (!x7.includes(o)) throw new M("--format", `"${o}" is not one of ${x7.join(", ")}`);
  return { base: t.base, head: t.head, format: o, failOnSecurity: r };
}
function y7(e, t) {
  return XE(Kl(e, "--base"), Kl(t, "--head"));
}
async function dze(e, t = mze) {
  let r,
    o = 0;
  try {
    const n = E7(e);
    if (n === "help")
      return (
        t.stdout(`${lO}
`),
        Vo.ok
      );
    const s = y7(n.base, n.head);
    (r = n.format === "json" ? zE(s) : qE(s)), (o = n.failOnSecurity ? s.summary.security : 0);
  } catch (n) {
    return (
      t.stderr(`${Ln(n)}
`),
      n instanceof M ? Vo.usage : Vo.findings
    );
  }
  return (t.stdout(r), o > 0 ? Vo.findings : Vo.ok);
}
var lO,
  x7,
  mze,
  R7 = a(() => {
    Fr();
    Jl();
    rO();
    pO();
    Jl();
    rO();
    pO();
    (lO = "usage: securecloud diff --base DIR --head DIR [--format markdown|json] [--fail-on-security]"),
      (x7 = ["markdown", "json"]);
    mze = { stdout: (e) => process.stdout.write(e), stderr: (e) => process.stderr.write(e) };
  });
Fr();
var uO = {
    traffic: {
      summary: "traffic status|shift|rollback: ALB weights between blue and green",
      load: async () => (await Promise.resolve().then(() => (XP(), QP))).run,
    },
    deploy: {
      summary: "deploy the idle color's ECS service with a new image",
      load: async () => (await Promise.resolve().then(() => (XP(), QP))).run,
    },
    diff: {
      summary: "review diff of two synth outputs, security-relevant changes first",
      load: async () => {
        const { run: e } = await Promise.resolve().then(() => (R7(), C7));
        return (t) => e(t.slice(1));
      },
    },
  },
  fze = `usage: securecloud <command> [options]   (securecloud <command> --help for its options)
${Object.entries(uO)
  .map(([e, t]) => `  ${e.padEnd(8)} ${t.summary}`)
  .join(`
`)}
exit codes: 0 ok, 1 a check failed, 2 bad input (nothing changed)
`;
async function gze(e) {
  const [t] = e;
  if (t === void 0 || t === "--help" || t === "-h" || t === "help")
    return (process.stdout.write(fze), t === void 0 ? Vo.usage : Vo.ok);
  const r = uO[t];
  return r
    ? (await r.load())(e)
    : (process.stderr.write(`${Ln(new M("command", `unknown command "${t}" (expected ${Object.keys(uO).join(", ")})`))}
`),
      Vo.usage);
}
process.exitCode = await gze(process.argv.slice(2));
export { fze as USAGE, gze as main };
