import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_CHANNELS, type UpstreamBridge } from '@shared/ipc/contract';

// One named function per operation; the renderer never sees ipcRenderer itself.
const bridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url: string) => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, url),
  scheduleCheckInReminder: (at: string | null) => ipcRenderer.invoke(IPC_CHANNELS.scheduleCheckInReminder, at),
} satisfies UpstreamBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
