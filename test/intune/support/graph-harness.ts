import { GraphClient } from '../../../provider/backends/intune/graph-client';
import { resolveIntuneConnection } from '../../../provider/backends/intune/intune-config';
import { SecretRegistry } from '../../../provider/backends/intune/secret-registry';
import { ClientCredentialsTokenSource } from '../../../provider/backends/intune/token-provider';
import type { GraphSimulator } from '../simulator/graph-simulator';

/**
 * A Graph client wired to the SIMULATOR with a recording sleep: retries and consistency waits record the delay they
 * chose and continue at once, so tests check the delay decided (never how long anything took).
 */
export function graphClientFor(sim: GraphSimulator, env: NodeJS.ProcessEnv = sim.env(), consistency = { attempts: 10, intervalMs: 2000 }) {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
  };
  const connection = resolveIntuneConnection(`intune://${sim.options.tenantId}`, env);
  const secrets = new SecretRegistry();
  const tokens = new ClientCredentialsTokenSource(connection, secrets, Date.now, sleep);
  const graph = new GraphClient({ graphUrl: connection.graphUrl, tokens, secrets, sleep, random: () => 0.5, consistency });
  return { graph, tokens, secrets, delays, close: () => (graph.close(), tokens.close()) };
}
