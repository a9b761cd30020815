import type { IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type BridgeOperation, type Result, type UpstreamBridge } from '@shared/ipc/contract';
import { IPC_ARG_SCHEMAS, type BridgeArgs } from '@shared/ipc/schemas';

type Resolved<K extends BridgeOperation> = Awaited<ReturnType<UpstreamBridge[K]>> extends Result<infer T> ? T : never;

/** What each operation does once its arguments are known to be valid. */
export type OperationImplementations = {
  [K in BridgeOperation]: (...args: BridgeArgs<K>) => Promise<Resolved<K>>;
};

export type IpcRegistrar = {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
};

/**
 * Wraps one operation: the sender must be the app's own page, every argument is parsed with the
 * operation's schema, and the answer is always a `Result` — nothing is thrown across the bridge.
 */
export function createHandler<K extends BridgeOperation>(
  operation: K,
  implementation: OperationImplementations[K],
  isTrustedSender: (senderUrl: string) => boolean,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<Resolved<K>>> {
  return async (event, ...rawArgs) => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isTrustedSender(senderUrl)) {
      return { ok: false, error: 'This request did not come from Upstream.' };
    }
    const parsed = IPC_ARG_SCHEMAS[operation].safeParse(rawArgs);
    if (!parsed.success) {
      return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid arguments.' };
    }
    try {
      const call = implementation as (...args: unknown[]) => Promise<Resolved<K>>;
      return { ok: true, value: await call(...parsed.data) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `Upstream could not do that: ${message}` };
    }
  };
}

export function registerIpcHandlers(
  ipc: IpcRegistrar,
  implementations: OperationImplementations,
  isTrustedSender: (senderUrl: string) => boolean,
): void {
  for (const operation of Object.keys(IPC_CHANNELS) as BridgeOperation[]) {
    ipc.handle(IPC_CHANNELS[operation], createHandler(operation, implementations[operation], isTrustedSender));
  }
}
