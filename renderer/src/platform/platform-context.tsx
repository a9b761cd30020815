import { createContext, useContext, type ReactNode } from 'react';
import { BRIDGE_GLOBAL, type ExposedBridge } from '@shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

const PlatformContext = createContext<Platform | null>(null);

/** The desktop bridge when the preload exposed one, the browser fallback otherwise. */
export function detectPlatform(): Platform {
  const bridge = (window as unknown as Record<string, ExposedBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? createDesktopPlatform(bridge) : createBrowserPlatform();
}

export function PlatformProvider({ platform, children }: { platform: Platform; children: ReactNode }) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform needs a PlatformProvider above it.');
  return platform;
}
