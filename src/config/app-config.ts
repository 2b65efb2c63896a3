import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { availableParallelism } from 'node:os';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const v = String(value).toLowerCase();
  return v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : value;
};
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : String(value)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

const toConcurrency = ({ value }: { value: unknown }) =>
  String(value).trim().toLowerCase() === 'auto' ? availableParallelism() : toInt({ value });

const WORKERS = 'must be a number of workers from 1 to 64, or auto';

/** One CSP source expression (a scheme, a host or an origin): nothing that could end the directive. */
const CSP_SOURCE = /^[^\s;,'"]+$/;

/**
 * Every setting of the server, read from environment variables once at start and validated.
 * The README's configuration table lists the same names; a wrong value stops the server with one
 * line naming the variable. This module is the only reader of `process.env`.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Public base URL (links in e-mails, Open311 discovery). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * Connections each server process keeps at most to PostgreSQL for its requests (the job queue has
   * its own JOBS_CONCURRENCY + 2). Requests beyond it wait for a connection. With WEB_CONCURRENCY
   * workers the server opens up to WEB_CONCURRENCY × (DATABASE_POOL_SIZE + JOBS_CONCURRENCY + 2)
   * connections: keep that under PostgreSQL's max_connections (100 by default).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 20;

  /**
   * HTTP worker processes (node:cluster) serving on the one port: `auto` is one per core. Above 1,
   * REDIS_URL is required, since live updates and the sign-in and export limits must be shared by
   * the workers as by separate instances. The primary process starts the embedded database, runs the
   * migrations and the start-up tasks once, then forks the workers and restarts one that dies.
   */
  @Transform(toConcurrency)
  @IsInt({ message: WORKERS })
  @Min(1, { message: WORKERS })
  @Max(64, { message: WORKERS })
  WEB_CONCURRENCY = 1;

  /** Where the embedded PostgreSQL, secrets and uploads live when nothing else is configured. */
  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /**
   * Where the embedded PostgreSQL keeps its data (and, as root, its copy of the binaries). Unset: as
   * a normal user `<DATA_DIR>/pg`; as root a folder under /var/lib/parvis, because PostgreSQL runs as
   * the OS user `postgres`, who cannot enter a private project folder (e.g. under /root, mode 700).
   */
  @IsOptional()
  @IsString()
  EMBEDDED_PG_DIR?: string;

  /** Seed the demo commune. Defaults to true with the embedded database, false with DATABASE_URL. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO?: boolean;

  /** Signs access tokens. Required in production; elsewhere generated once into DATA_DIR. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Origins allowed by CORS (comma-separated). Empty: same origin only. */
  @Transform(toList)
  @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  /**
   * Extra image sources allowed by the Content-Security-Policy (comma-separated, e.g. a map tile
   * server `https://tiles.example.org`). Empty: the app's own origin, data: and blob: only.
   */
  @Transform(toList)
  @Matches(CSP_SOURCE, { each: true, message: 'each source is one CSP source expression (no spaces, quotes, commas or semicolons)' })
  CSP_IMG_SOURCES: string[] = [];

  /** Extra origins the browser may connect to (CSP connect-src, comma-separated). Empty: the app's own origin only. */
  @Transform(toList)
  @Matches(CSP_SOURCE, { each: true, message: 'each source is one CSP source expression (no spaces, quotes, commas or semicolons)' })
  CSP_CONNECT_SOURCES: string[] = [];

  /**
   * Map tiles: a Leaflet URL template (`{s}` subdomain, `{z}/{x}/{y}`, optional `{r}`). Its host is
   * added to the Content-Security-Policy's img-src automatically (`{s}` as a wildcard subdomain).
   */
  @Matches(/^https?:\/\/[^\s'";,]+$/, { message: 'must be an http(s) URL template such as https://{s}.tile.example.org/{z}/{x}/{y}.png' })
  @Matches(/\{z\}.*\{x\}.*\{y\}/, { message: 'must contain {z}, {x} and {y}' })
  MAP_TILE_URL = 'https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png';

  /** Credit shown under every map (plain text; the tile server's licence usually requires it). */
  @IsString()
  @MinLength(1)
  MAP_ATTRIBUTION = '© les contributeurs d’OpenStreetMap';

  /**
   * Where maps open when the commune's districts have no outlines: `lat,lng,zoom` (default Paris).
   * With outlines, maps open on the box holding them instead.
   */
  @Matches(/^\s*-?\d{1,2}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*,\s*\d{1,2}\s*$/, { message: 'must be lat,lng,zoom such as 48.8566,2.3522,12' })
  MAP_CENTER = '48.8566,2.3522,12';

  /**
   * The address search: a server speaking the Base Adresse Nationale API (`/search/`, `/reverse/`,
   * GeoJSON). The browser never calls it: the server forwards `GET /geocoder/search|reverse`
   * (no resident's IP or cookies reach it, and the CSP stays on this origin).
   */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  GEOCODER_URL = 'https://api-adresse.data.gouv.fr';

  /** How long the server waits for the geocoder before answering 503 GEOCODER_UNAVAILABLE. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  GEOCODER_TIMEOUT_MS = 4000;

  /** Address searches and reverse look-ups allowed per IP address per minute (the public API's own limit is 50 per second per IP for all our residents). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  GEOCODER_MAX_PER_MINUTE = 120;

  /**
   * Districts (comma-separated) put in the database on first start when it has none; from then on
   * admins manage them in the interface. Empty: none (the demo data brings its own).
   */
  @Transform(toList)
  @IsString({ each: true })
  DISTRICTS: string[] = [];

  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Largest JSON request body, in bytes (larger ones get 413). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  JSON_BODY_LIMIT_BYTES = 1_000_000;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 30;

  /**
   * Whether the schema can be introspected (and validation errors suggest field names). Defaults to
   * true outside production and false in production, where clients use the committed schema.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  /** Failed logins allowed per account in LOGIN_WINDOW_SECONDS before it is throttled. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Login and registration attempts allowed per IP address in LOGIN_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 50;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /**
   * E-mails with a link (password reset, verification, change of address) one address or account
   * may be sent per hour; beyond, RATE_LIMITED (the same for an address with no account). Each
   * request also counts against the IP's LOGIN_MAX_ATTEMPTS_PER_IP.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ACCOUNT_MAILS_PER_HOUR = 5;

  /** Express `trust proxy` setting: the number of proxies in front of the server (0: none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  TRUST_PROXY_HOPS = 0;

  /** Built client to serve at `/` (if the folder exists). */
  @IsString()
  CLIENT_DIST_DIR = 'client/dist';

  /** How long a graceful shutdown waits for requests in flight before closing them. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /**
   * Job workers of this instance (the outbox's deliveries, scheduled work). Each holds one job at
   * a time, so this is also how many jobs this instance runs at once.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(32)
  JOBS_CONCURRENCY = 2;

  /**
   * This server instance's stable name (default: the host name). Its job workers are named after
   * it, so after a crash the restarted instance releases the jobs it held at once instead of
   * waiting hours for their locks to expire. Two running instances must not share it.
   */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,60}$/, { message: 'letters, digits, dots, dashes and underscores only (at most 60)' })
  INSTANCE_ID?: string;

  /**
   * Operations one live connection (graphql-ws socket) may have open at once. Each live subscription
   * is read again at every event it hears, so a socket holding hundreds of them would turn every
   * change into hundreds of reads; the web client needs a handful.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

  /**
   * Live subscriptions one signed-in user may have open at once, over all their connections (tabs,
   * devices) to this instance. Visitors have no identity to count against (an IP is shared behind a
   * proxy or a carrier's NAT): they are bounded per connection only. Counted per instance on
   * purpose: the bound protects this process's memory and the reads each event costs it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER = 60;

  /**
   * The Open311 jurisdiction this server answers for. Set: a `jurisdiction_id` given by a client
   * must equal it (400 otherwise). Unset: any or none is accepted (one commune per server).
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'letters, digits and . _ : - only (at most 100)' })
  OPEN311_JURISDICTION_ID?: string;

  /** Requests one Open311 API key may post per OPEN311_WINDOW_SECONDS (429 beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OPEN311_POSTS_PER_KEY = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  OPEN311_WINDOW_SECONDS = 3600;

  /** GET requests (lists, one request, services…) one IP address may make per minute on the Open311 API (429 beyond). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OPEN311_GETS_PER_IP_PER_MINUTE = 120;

  /**
   * Days the contact an Open311 client gave for a person (e-mail, names, phone) is kept after the
   * request was filed; then a nightly job erases it (the request itself stays).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OPEN311_CONTACT_RETENTION_DAYS = 365;

  /** Where uploaded images (their WebP variants) are stored. Empty: `<DATA_DIR>/media`. */
  @IsString()
  MEDIA_DIR = '';

  /** Largest image upload, in bytes (larger ones get 413). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MEDIA_MAX_BYTES = 15 * 1024 * 1024;

  /**
   * Largest image accepted, in pixels (width × height), read from the header before decoding, so a
   * decompression bomb is refused (413) without being decoded. 50 MP covers 48 MP phone sensors.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MEDIA_MAX_PIXELS = 50_000_000;

  /** Images decoded and resized at once (each holds a decoded photo in memory; more wait in line). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  MEDIA_CONCURRENCY = 2;

  /**
   * Uploads a user may have waiting to be attached (several forms' worth, retries included): keeps
   * one account from filling the disk with images nobody will see before the daily cleanup.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MEDIA_MAX_UNATTACHED_PER_USER = 50;

  /**
   * Uploads one user may have in flight at once (received or being converted) on this instance: one
   * account cannot take every upload slot of the server.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MEDIA_UPLOADS_IN_FLIGHT_PER_USER = 3;

  /**
   * Longest silence while an upload's body arrives, in milliseconds: a connection that sends its
   * headers and stalls gives its slot back this soon (408 UPLOAD_TIMEOUT).
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  MEDIA_BODY_IDLE_TIMEOUT_MS = 10_000;

  /**
   * Longest an upload's whole body may take to arrive, in milliseconds (15 MB over a slow mobile
   * link fits): a connection that trickles bytes cannot hold its slot longer (408 UPLOAD_TIMEOUT).
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  MEDIA_BODY_TIMEOUT_MS = 120_000;

  /**
   * Redis, for running several instances behind a load balancer: live updates (GraphQL
   * subscriptions) cross instances through its pub/sub, and the sign-in and export limits count
   * across instances. Unset: both in this process's memory (one instance).
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * Prefix of every Redis key and pub/sub channel of this deployment, so several deployments (or
   * test runs) can share one Redis without seeing each other.
   */
  @Matches(/^[A-Za-z0-9:._-]{0,64}$/, { message: 'letters, digits and : . _ - only (at most 64)' })
  REDIS_KEY_PREFIX = 'parvis:';

  /**
   * S3-compatible bucket for media (photos' variants, consultation documents). Setting it moves
   * media storage from the local disk (MEDIA_DIR) to this bucket, which every instance shares.
   */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name (3-63 lowercase letters, digits, dots, dashes)' })
  S3_BUCKET?: string;

  /** The S3 API's URL (MinIO, Garage, SeaweedFS, a provider's). Unset: AWS S3 for S3_REGION. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http(s) URL' })
  S3_ENDPOINT?: string;

  /** Region the bucket lives in (most S3-compatible servers accept any, often us-east-1). */
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a region name such as eu-west-3' })
  S3_REGION = 'us-east-1';

  /** Access key of the bucket. With S3_SECRET_ACCESS_KEY; both unset: the AWS SDK's own chain (AWS_* variables, instance role). */
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Address the bucket as `<endpoint>/<bucket>/<key>` instead of `<bucket>.<endpoint>/<key>` (most self-hosted servers need it). */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /**
   * Prefix of every key this deployment writes in the bucket (e.g. `parvis/`), so the bucket can be
   * shared: the orphan sweep lists and deletes only under it.
   */
  @Matches(/^([A-Za-z0-9._-]+\/){0,8}$/, { message: 'must be empty or folder names each ending with / (letters, digits, . _ -)' })
  S3_PREFIX = '';

  /**
   * Where e-mails go: `smtp://user:pass@host:587` (STARTTLS when the server offers it) or
   * `smtps://user:pass@host:465` (TLS from the start). Unset (the embedded demo): each e-mail is
   * written as an .eml file under `<DATA_DIR>/mail/` and its path logged.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /**
   * The sender of every e-mail, `Name <address>` or an address. Unset: the commune's name (else
   * "Parvis") with `no-reply@` the host of PUBLIC_URL (else localhost).
   */
  @IsOptional()
  @Matches(/^([^<>\r\n]{1,100} <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'must be an address or "Name <address>"' })
  MAIL_FROM?: string;

  /** Supports a published proposal needs before it goes under review by the council. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PROPOSAL_SUPPORT_THRESHOLD = 100;

  /** How many days a published proposal collects supports. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  PROPOSAL_SUPPORT_DAYS = 90;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

/**
 * The CSP source of the tile server: the template's scheme and host, its `{s}` subdomain a
 * wildcard (`https://{s}.tile.openstreetmap.fr/…` → `https://*.tile.openstreetmap.fr`).
 */
export function tileImageSource(template: string): string {
  const m = /^(https?):\/\/([^/?#]+)/.exec(template);
  if (!m) throw new ConfigError('Configuration error: MAP_TILE_URL must be an http(s) URL template');
  return `${m[1]}://${m[2].replace(/\{s\}/g, '*')}`;
}

/** MAP_CENTER read as numbers. */
export function mapCenterOf(config: Pick<AppConfig, 'MAP_CENTER'>): { lat: number; lng: number; zoom: number } {
  const [lat, lng, zoom] = config.MAP_CENTER.split(',').map((v) => Number(v.trim()));
  return { lat, lng, zoom };
}

export class ConfigError extends Error {}

/** Builds and validates the configuration; throws ConfigError with one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Every validated property is a variable, optional ones included; nothing else is read.
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((m: { propertyName: string }) => m.propertyName),
  );
  // An empty value counts as unset (docker-compose passes `ADMIN_EMAIL=` for an unset `${ADMIN_EMAIL:-}`),
  // so every variable gets its default, here, once, instead of a special case per variable.
  const input: Record<string, string> = {};
  for (const key of known) if (env[key] !== undefined && env[key]!.trim() !== '') input[key] = env[key] as string;
  const config = plainToInstance(AppConfig, input);
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length) {
    const first = errors[0];
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    // URLs may carry a password (postgres://user:pass@…, redis://:pass@…): never repeated either.
    const secret = /SECRET|PASSWORD|_URL$/.test(first.property) && first.property !== 'PUBLIC_URL';
    const got = secret ? '' : ` (got "${String(input[first.property] ?? '')}")`;
    throw new ConfigError(`Configuration error: ${first.property} ${message.replace(`${first.property} `, '')}${got}`);
  }
  if (config.isProduction && !config.JWT_SECRET) {
    throw new ConfigError('Configuration error: JWT_SECRET is required when NODE_ENV=production');
  }
  config.GRAPHQL_INTROSPECTION ??= !config.isProduction;
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    throw new ConfigError('Configuration error: ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError('Configuration error: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  }
  if (config.WEB_CONCURRENCY > 1 && !config.REDIS_URL) {
    throw new ConfigError(
      `Configuration error: WEB_CONCURRENCY=${config.WEB_CONCURRENCY} needs REDIS_URL (the workers share live updates and limits through it); set REDIS_URL or WEB_CONCURRENCY=1`,
    );
  }
  const center = mapCenterOf(config);
  if (Math.abs(center.lat) > 90 || Math.abs(center.lng) > 180 || center.zoom > 19) {
    throw new ConfigError(
      `Configuration error: MAP_CENTER latitude must be within ±90, longitude ±180, zoom 0 to 19 (got "${config.MAP_CENTER}")`,
    );
  }
  const s3Set = (
    ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX'] as const
  ).find((k) => input[k] !== undefined);
  if (s3Set && !config.S3_BUCKET) {
    throw new ConfigError(`Configuration error: S3_BUCKET is required when ${s3Set} is set (media go to the local disk otherwise)`);
  }
  return config;
}

export function loadConfigFromEnv(): AppConfig {
  return loadConfig(process.env);
}
