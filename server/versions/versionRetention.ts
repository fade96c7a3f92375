import type { VersionKind } from '../../shared/versions/versionApi.ts';
import type { VersionRetention } from '../storage/VersionStore.ts';

/** Automatic versions kept per report; older unfrozen ones go as new ones come. */
export const AUTO_VERSIONS_KEPT = 50;
/** Versions made by hand a report may hold; beyond, making one is refused. */
export const MANUAL_VERSION_LIMIT = 500;

/** How many versions of each kind a report keeps. */
export const versionRetention: Partial<Record<VersionKind, VersionRetention>> = {
  auto: { keepNewest: AUTO_VERSIONS_KEPT },
  manual: { limit: MANUAL_VERSION_LIMIT },
};
