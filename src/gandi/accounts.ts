/**
 * One run, several organisations: a client per account of livedns.config.yaml (its own token and
 * sharing_id), all pacing their requests through ONE rate limiter. Gandi limits per source IP, not per
 * token, so two tokens on one runner share one budget.
 *
 * Zones without `account:` use the default credentials (GANDI_PERSONAL_ACCESS_TOKEN / GANDI_API_KEY,
 * GANDI_SHARING_ID), exactly as without a configuration file.
 */
import { UserError } from '../errors.js';
import type { LiveDnsConfig } from '../config/parse.js';
import { createGandiClients, type GandiClients } from './client.js';
import { RateLimiter, systemClock } from './limiter.js';
import { DEFAULT_MAX_IN_FLIGHT, type ClientOptions } from './options.js';
import type { DomainClient, LiveDnsClient } from './types.js';

/** The key of the default credentials among accounts (not a valid account name, so no clash). */
const DEFAULT = '';

export interface AccountClients {
  readonly livedns: LiveDnsClient;
  readonly domain: DomainClient;
}

/** Clients by account, created on first use, closed together. */
export interface ClientPool {
  /** `account` undefined: the default credentials. Throws a UserError naming the variable to set. */
  get(account?: string): AccountClients;
  /** The label an account goes by in messages: `account "acme"`, or `the default token`. */
  describe(account?: string): string;
  /** Every account created so far (the default one as undefined). */
  readonly used: readonly (string | undefined)[];
  readonly limiter: RateLimiter;
  close(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/**
 * `base` holds the options from the environment and flags (the default credentials among them); each
 * account replaces the token and sharing_id with its own. `env` is where `token_env` variables are read.
 */
export function createClientPool(config: LiveDnsConfig | undefined, base: ClientOptions, env: Env = process.env): ClientPool {
  const limiter =
    base.limiter ?? new RateLimiter({ requestsPerMinute: base.rateLimit, clock: base.clock ?? systemClock, burst: base.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT });
  const clients = new Map<string, GandiClients>();

  const describe = (account?: string) => (account === undefined ? 'the default token (GANDI_PERSONAL_ACCESS_TOKEN)' : `account "${account}"`);

  const optionsFor = (account: string | undefined): ClientOptions => {
    if (account === undefined) return { ...base, limiter };
    const declared = config?.accounts.get(account);
    if (declared === undefined) {
      throw new UserError(
        config === undefined
          ? `account "${account}" is named by a zone file, but there is no livedns.config.yaml`
          : `account "${account}" is not declared in ${config.file} (declared: ${[...config.accounts.keys()].join(', ')})`,
      );
    }
    const token = env[declared.tokenEnv]?.trim();
    if (token === undefined || token === '') {
      throw new UserError(
        `account "${account}" (${declared.source.file}:${declared.source.line}): its token variable ${declared.tokenEnv} is not set. ` +
          `Set ${declared.tokenEnv} to a Personal Access Token of that organisation (in a GitHub Action, pass it through env: from a secret).`,
      );
    }
    const { sharingId: _defaultSharing, token: _defaultToken, ...shared } = base;
    return {
      ...shared,
      token,
      authScheme: 'Bearer',
      credentialName: declared.tokenEnv,
      ...(declared.sharingId === undefined ? {} : { sharingId: declared.sharingId }),
      limiter,
    };
  };

  return {
    limiter,
    describe,
    get used() {
      return [...clients.keys()].map((key) => (key === DEFAULT ? undefined : key));
    },
    get(account) {
      const key = account ?? DEFAULT;
      let found = clients.get(key);
      if (found === undefined) {
        found = createGandiClients(optionsFor(account));
        clients.set(key, found);
      }
      return { livedns: found.livedns, domain: found.domain };
    },
    async close() {
      await Promise.all([...clients.values()].map((c) => c.close()));
      clients.clear();
    },
  };
}
