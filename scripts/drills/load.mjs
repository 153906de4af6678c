// Bounded load for the reliability drills (scripts/drills.sh): a mix of reads and writes through
// the load balancer, at most CONCURRENCY requests in flight and RATE per second, for DURATION
// seconds. Every write the API answered with 2xx is written to ACCEPTED (kind and id per line),
// so the drill can check afterwards that each one is in the database.
//
// Environment: BASE (http://127.0.0.1:8100/api/v1), KC (token URL), DURATION (s), CONCURRENCY,
// RATE (requests/s), MIX (soak | writes | reads), ACCEPTED (file), OUT (JSON summary file),
// TIMEOUT_MS (per request, 15000).
import { appendFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const env = process.env;
const BASE = env.BASE ?? 'http://127.0.0.1:8100/api/v1';
const KC = env.KC ?? 'http://localhost:8390/realms/stegvis/protocol/openid-connect/token';
const DURATION = Number(env.DURATION ?? 30);
const CONCURRENCY = Math.min(Number(env.CONCURRENCY ?? 4), 32);
const RATE = Math.min(Number(env.RATE ?? 40), 500);
const MIX = env.MIX ?? 'soak';
const ACCEPTED = env.ACCEPTED;
const OUT = env.OUT;
const TIMEOUT_MS = Number(env.TIMEOUT_MS ?? 15000);
const CRESCO = '30000000-0000-0000-0000-000000000001';
const AF = '40000000-0000-0000-0000-000000000002';
const SKOVDE_SOC = '40000000-0000-0000-0000-000000000004';

const tokens = {};
const fetching = {};
// One token request per user at a time (Keycloak refuses bursts of password grants for one
// user), retried a few times; the token is reused until a minute before it expires.
async function token(kind) {
  const t = tokens[kind];
  if (t && t.until > Date.now()) return t.value;
  fetching[kind] ??= fetchToken(kind).finally(() => delete fetching[kind]);
  return fetching[kind];
}
async function fetchToken(kind) {
  const form =
    kind === 'partner'
      ? { grant_type: 'client_credentials', client_id: 'partner-af', client_secret: 'dev-partner-af-secret' }
      : { grant_type: 'password', client_id: 'stegvis-dev-cli', username: kind, password: 'stegvis', scope: 'openid' };
  let last;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const r = await fetch(KC, { method: 'POST', body: new URLSearchParams(form), signal: AbortSignal.timeout(10000) });
      if (r.ok) {
        const j = await r.json();
        tokens[kind] = { value: j.access_token, until: Date.now() + (j.expires_in - 60) * 1000 };
        return j.access_token;
      }
      last = new Error(`token for ${kind}: ${r.status} ${(await r.text()).slice(0, 120)}`);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
  }
  throw last;
}

function luhn(nine) {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}
function personnummer() {
  const m = 1 + Math.floor(Math.random() * 12);
  const d = 1 + Math.floor(Math.random() * 28);
  const s = Math.floor(Math.random() * 1000);
  const p = (n, w) => String(n).padStart(w, '0');
  return `1990${p(m, 2)}${p(d, 2)}-${p(s, 3)}${luhn(`90${p(m, 2)}${p(d, 2)}${p(s, 3)}`)}`;
}
const today = new Date().toISOString().slice(0, 10);
const letters = () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

function referral() {
  return {
    projectId: CRESCO,
    municipalityCode: '1496',
    person: { identityNumber: personnummer(), firstName: 'Drill', lastName: `Last${letters()}`, sex: 'male', homeMunicipalityCode: '1496' },
    caseworker: { name: 'Lars Ek', email: 'lars.ek@example.se' },
    reason: `Drill ${randomUUID()}`,
    knownToOrganisationIds: [AF, SKOVDE_SOC],
    susEntry: { employmentStatus: 'job_seeking', extentPct: 0, incomeSources: ['social_assistance'], monthsOnPublicSupport: 26 },
    consent: { purposes: ['participation_sharing', 'sus'], givenOn: today, organisationIds: [AF, SKOVDE_SOC], formReference: 'Drill' },
  };
}

// Participants this client created, for updates and reads.
const mine = [];

const actions = {
  async readCaseload() {
    return call('anna', 'GET', '/participants?limit=50');
  },
  async readProjects() {
    return call('maria', 'GET', '/projects');
  },
  async readFollowUps() {
    return call('anna', 'GET', '/caseload/follow-ups-due');
  },
  async readParticipant() {
    if (!mine.length) return actions.readCaseload();
    return call('anna', 'GET', `/participants/${mine[Math.floor(Math.random() * mine.length)]}`);
  },
  async createParticipant() {
    const r = await call('anna', 'POST', '/participants', { firstName: 'Drill', lastName: `Drill${letters()}`, sex: 'female', birthYear: 1988 });
    if (r.ok) {
      mine.push(r.body.id);
      accepted('participant', r.body.id);
    }
    return r;
  },
  async updateParticipant() {
    if (!mine.length) return actions.createParticipant();
    const id = mine[Math.floor(Math.random() * mine.length)];
    const got = await call('anna', 'GET', `/participants/${id}`);
    if (!got.ok) return got;
    const r = await call('anna', 'PUT', `/participants/${id}`, { sex: 'female', birthYear: 1988, lastName: `Upd${letters()}` }, { 'If-Match': got.etag });
    // Another client of this drill may have updated it in between: 412 is the right answer then.
    if (r.status === 412) r.expected = true;
    return r;
  },
  async submitReferral() {
    const r = await call('partner', 'POST', '/referrals', referral(), { 'Idempotency-Key': randomUUID() });
    if (r.ok) accepted('referral', r.body.id);
    return r;
  },
};

const mixes = {
  soak: [
    ['readCaseload', 4], ['readProjects', 2], ['readFollowUps', 2], ['readParticipant', 4],
    ['createParticipant', 2], ['updateParticipant', 1], ['submitReferral', 1],
  ],
  writes: [['createParticipant', 3], ['submitReferral', 1]],
  reads: [['readCaseload', 1], ['readProjects', 1], ['readParticipant', 1]],
};
const mix = mixes[MIX] ?? mixes.soak;
const weighted = mix.flatMap(([name, w]) => Array(w).fill(name));

function accepted(kind, id) {
  if (ACCEPTED) appendFileSync(ACCEPTED, `${kind} ${id}\n`);
}

const stats = { started: new Date().toISOString(), requests: 0, byStatus: {}, errors: [], latencies: [], maxLatencyByStatus: {}, unexpected: 0 };

async function call(who, method, path, body, headers = {}) {
  const t0 = performance.now();
  let status = 0;
  let json = null;
  let etag = null;
  let contentType = '';
  let text = '';
  try {
    const r = await fetch(BASE + path, {
      method,
      headers: { Authorization: `Bearer ${await token(who)}`, 'Content-Type': 'application/json', ...headers },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    status = r.status;
    etag = r.headers.get('etag');
    contentType = r.headers.get('content-type') ?? '';
    text = await r.text();
    try { json = JSON.parse(text); } catch { json = null; }
  } catch (e) {
    status = e.name === 'TimeoutError' ? 'timeout' : 'network';
    text = String(e.cause?.code ?? e.message);
  }
  const ms = performance.now() - t0;
  stats.requests++;
  stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  stats.maxLatencyByStatus[status] = Math.max(stats.maxLatencyByStatus[status] ?? 0, Math.round(ms));
  stats.latencies.push(ms);
  const ok = typeof status === 'number' && status >= 200 && status < 300;
  const res = { ok, status, body: json, etag, contentType, text, ms, path: `${method} ${path}` };
  return res;
}

function record(r) {
  const bad = !r.ok && !r.expected;
  if (bad) {
    stats.unexpected++;
    if (stats.errors.length < 25) {
      const problem = typeof r.status === 'number' && r.status >= 400 && !r.contentType.startsWith('application/problem+json');
      stats.errors.push({ at: new Date().toISOString(), request: r.path, status: r.status, ms: Math.round(r.ms), notProblemJson: problem, body: r.text.slice(0, 300) });
    }
  }
  if (typeof r.status === 'number' && r.status >= 400 && !r.contentType.startsWith('application/problem+json')) stats.notProblemJson = (stats.notProblemJson ?? 0) + 1;
  if (/Exception|\tat [a-z]+\./.test(r.text)) stats.stackTraces = (stats.stackTraces ?? 0) + 1;
}

const end = Date.now() + DURATION * 1000;
const interval = (1000 * CONCURRENCY) / RATE;
async function worker() {
  while (Date.now() < end) {
    const t0 = Date.now();
    const name = weighted[Math.floor(Math.random() * weighted.length)];
    try {
      record(await actions[name]());
    } catch (e) {
      stats.unexpected++;
      if (stats.errors.length < 25) stats.errors.push({ at: new Date().toISOString(), action: name, error: String(e.message) });
      await new Promise((r) => setTimeout(r, 500));
    }
    const wait = interval - (Date.now() - t0);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const sorted = stats.latencies.sort((a, b) => a - b);
const pct = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
const summary = {
  started: stats.started,
  finished: new Date().toISOString(),
  mix: MIX,
  requests: stats.requests,
  byStatus: stats.byStatus,
  unexpected: stats.unexpected,
  notProblemJson: stats.notProblemJson ?? 0,
  stackTraces: stats.stackTraces ?? 0,
  p50ms: pct(50),
  p99ms: pct(99),
  maxLatencyByStatus: stats.maxLatencyByStatus,
  errors: stats.errors,
};
if (OUT) writeFileSync(OUT, JSON.stringify(summary, null, 2));
console.log(JSON.stringify({ ...summary, errors: summary.errors.slice(0, 5) }));
