import { contextBridge, ipcRenderer } from 'electron';
import {
  BEFORE_QUIT_CHANNEL,
  BRIDGE_GLOBAL,
  IPC_CHANNELS,
  type ExposedBridge,
  type PrintablePage,
} from '@shared/ipc/contract';
import type { BackupReason } from '@shared/domain/backups';

// One named function per operation; the renderer never sees ipcRenderer itself.
const bridge = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  openExternalLink: (url: string) => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, url),
  scheduleCheckInReminder: (at: string | null) => ipcRenderer.invoke(IPC_CHANNELS.scheduleCheckInReminder, at),
  saveTextFile: (suggestedName: string, text: string) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, suggestedName, text),
  printBriefToPdf: (suggestedName: string, page: PrintablePage) =>
    ipcRenderer.invoke(IPC_CHANNELS.printBriefToPdf, suggestedName, page),
  relaunch: () => ipcRenderer.invoke(IPC_CHANNELS.relaunch),
  readJournalMarker: () => ipcRenderer.invoke(IPC_CHANNELS.readJournalMarker),
  writeJournalMarker: (text: string) => ipcRenderer.invoke(IPC_CHANNELS.writeJournalMarker, text),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  writeBackup: (reason: BackupReason, text: string) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, reason, text),
  readBackup: (name: string) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, name),
  readyToQuit: () => ipcRenderer.invoke(IPC_CHANNELS.readyToQuit),
  onBeforeQuit: (listener: () => void) => {
    // The page gets no arguments: the IPC event would hand it `sender`, an ipcRenderer. The wrapper is
    // also what gets removed, because a function crossing contextBridge arrives as a new proxy each time.
    const forward = () => listener();
    ipcRenderer.on(BEFORE_QUIT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(BEFORE_QUIT_CHANNEL, forward);
    };
  },
} satisfies ExposedBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
